package tessera.web;

import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.IntBuffer;
import java.util.List;
import org.teavm.jso.JSBody;
import org.teavm.jso.JSExport;
import org.teavm.jso.JSObject;
import org.teavm.jso.core.JSArray;
import org.teavm.jso.core.JSString;
import org.teavm.jso.typedarrays.Float64Array;
import org.teavm.jso.typedarrays.Int32Array;
import org.teavm.jso.typedarrays.Int8Array;
import tessera.json.JsonWriter;
import tessera.render.FrameWindow;
import tessera.render.InvalidRequestException;
import tessera.render.Pass;
import tessera.render.RenderLimits;
import tessera.render.RenderPlan;
import tessera.render.RenderRequest;
import tessera.render.Preparation;
import tessera.render.PreparedViews;
import tessera.render.Tile;
import tessera.render.TileRenderer;
import tessera.render.Workload;
import tessera.workloads.Workloads;
import tessera.workloads.ZoomSequence;

/**
 * What a Web Worker calls in the compiled module (WebAssembly GC or JavaScript, same source):
 * {@link #prepare} a request once per render, then {@link #renderTile} for each tile it takes.
 * One worker renders one request at a time.
 *
 * <p>Pixels cross between JavaScript and Java through two direct buffers, which live in the
 * module's linear memory: the runtime copies the input rows the plan names for a tile into
 * {@link #inputRows} and copies the tile out of the view {@link #renderTile} returns, both as plain
 * typed-array copies.
 */
public final class WorkerExports {
    private static RenderPlan plan;
    /** This worker's prepared views: the same deep view again, in other colours, is not prepared again. */
    private static final PreparedViews views = new PreparedViews();
    private static TileRenderer renderer;
    private static final FrameWindow window = new FrameWindow();
    private static IntBuffer input = IntBuffer.allocate(0);
    private static IntBuffer output = IntBuffer.allocate(0);
    private static IntBuffer side = IntBuffer.allocate(0);
    private static IntBuffer sums = IntBuffer.allocate(0);
    private static int[] sumValues = new int[0];
    /** The zoom sequence {@link #zoomFrame} was asked for last, and what it was asked with. */
    private static ZoomSequence zoom;
    private static String zoomKey;
    private static int[] inputPixels = new int[0];
    private static int[] outputPixels = new int[0];

    private WorkerExports() {
    }

    public static void main(String[] args) {
        // The module is driven through its exports only.
    }

    /**
     * Validates the request and keeps it for {@link #renderTile}. Returns the plan (see {@link #planObject}),
     * or {@code {pictures: [name, …], models: [name, …]}} when the request names images or models that
     * {@code pictures} lacks (load them and prepare again), or {@code {error, field, line, column}} when the request is refused.
     * {@code pictures} holds the files the request names, as the runtime loaded them (see {@link WebFiles}); {@code shared},
     * null or the plan's {@code shared} from another worker's prepare of the same request (see
     * {@link Workload#sharedState}), spares this worker computing that again.
     */
    @JSExport
    public static JSObject prepare(String requestJson, int maxWorkers, JSObject pictures, Float64Array shared) {
        plan = null;
        renderer = null;
        WebFiles source = new WebFiles(pictures);
        RenderPlan prepared;
        try {
            RenderRequest request = Workloads.parse(requestJson, maxWorkers);
            Workload workload = Workloads.create(request, new Preparation(source, shared == null ? null : shared.copyToJavaArray(), views));
            // Each worker holds its own copy of what is prepared: a large scene is rendered on as many as fit in memory together.
            prepared = RenderPlan.of(workload, request.tileSize(), RenderLimits.workersWithin(workload.bytesPerWorker(), request.workers(maxWorkers)));
        } catch (InvalidRequestException e) {
            if (!source.missing().isEmpty() || !source.missingModels().isEmpty()) {
                return filesNeeded(source);
            }
            return refusal(e.getMessage(), e.field(), e.line(), e.column());
        }
        if (!source.missing().isEmpty() || !source.missingModels().isEmpty()) {
            return filesNeeded(source);
        }
        plan = prepared;
        renderer = plan.workload.newTileRenderer();
        input = ensure(input, plan.maxInputPixels());
        output = ensure(output, plan.maxTilePixels());
        if (inputPixels.length < plan.maxInputPixels()) {
            inputPixels = new int[plan.maxInputPixels()];
        }
        if (outputPixels.length < plan.maxTilePixels()) {
            outputPixels = new int[plan.maxTilePixels()];
        }
        if (plan.workload.sampleBatches() != null) {
            sums = ensure(sums, 3 * plan.maxTilePixels());
            if (sumValues.length < 3 * plan.maxTilePixels()) {
                sumValues = new int[3 * plan.maxTilePixels()];
            }
        }
        return planObject(plan);
    }

    /** What the engine finds in the view a request names, as JSON text; see {@link Workloads#find}. */
    @JSExport
    public static String find(String requestJson) {
        try {
            // Finding needs no workers: any count the request asks for is fine.
            return Workloads.find(Workloads.parse(requestJson, RenderLimits.MAX_JVM_THREADS));
        } catch (InvalidRequestException e) {
            return new JsonWriter().beginObject().name("error").value(e.getMessage()).name("field").value(e.field()).endObject().toString();
        }
    }

    /**
     * Frame {@code k} of a zoom from the request's view to {@code toZoom} in {@code frames} frames
     * (see {@link ZoomSequence}), as JSON text {@code {"request": {…}}}, or {@code {error, field}}.
     * The sequence is kept for the next frame's call: both its ends are checked once.
     */
    @JSExport
    public static String zoomFrame(String requestJson, String toZoom, int frames, int k) {
        String key = frames + " " + toZoom + " " + requestJson;
        try {
            if (!key.equals(zoomKey)) {
                BigDecimal to = ZoomSequence.toZoom(toZoom, "toZoom");
                if (frames < 2) {
                    throw new InvalidRequestException("frames", "must be 2 or more, got " + frames);
                }
                zoom = new ZoomSequence(requestJson, to, frames);
                zoomKey = key;
            }
            if (k < 0 || k >= frames) {
                throw new InvalidRequestException("frame", "must be from 0 to " + (frames - 1) + ", got " + k);
            }
            return "{\"request\":" + zoom.frameRequest(k) + "}";
        } catch (InvalidRequestException e) {
            return new JsonWriter().beginObject().name("error").value(e.getMessage()).name("field").value(e.field()).endObject().toString();
        }
    }

    /** What the engine accepts (workloads and their parameters, limits), as JSON text; see {@link Workloads#describe}. */
    @JSExport
    public static String describe() {
        return Workloads.describe();
    }

    /** Reads a picture file's bytes as {@link tessera.picture.PictureFile} defines; see {@link WebPictureFiles#read}. */
    @JSExport
    public static JSObject readPicture(Int8Array bytes) {
        return WebPictureFiles.read(bytes);
    }

    /** The upright picture from the browser's decoding of the JPEG bytes {@link #readPicture} gave; see {@link WebPictureFiles#finishJpeg}. */
    @JSExport
    public static JSObject finishJpeg(Int8Array bytes, Int32Array pixels, int width, int height) {
        return WebPictureFiles.finishJpeg(bytes, pixels, width, height);
    }

    /**
     * The sum of the escape counts of the pixels this worker drew since {@link #prepare} that
     * escaped, or −1 for a workload that is not an escape-time fractal.
     */
    @JSExport
    public static double escapedIterations() {
        return renderer == null ? -1 : renderer.escapedIterations();
    }

    /** A view of the input buffer: copy the rows the plan names for a tile here, the first of them at index 0. */
    @JSExport
    public static Int32Array inputRows() {
        return Int32Array.fromJavaBuffer(input);
    }

    /**
     * Renders tile {@code index} of {@code pass}, reading the rows the plan names for it from
     * {@link #inputRows}, and returns a view whose first width × height entries are the tile's
     * pixels, row after row, packed RGBA.
     */
    @JSExport
    public static Int32Array renderTile(int pass, int index) {
        Tile tile = checkedTile("renderTile", pass, index);
        FrameWindow rows = null;
        if (plan.pass(pass).readsInput) {
            input.position(0);
            input.get(inputPixels, 0, plan.inputRowCount(pass, index) * plan.width);
            rows = window.set(inputPixels, plan.firstInputRow(pass, index), plan.width, plan.height);
        }
        renderer.render(pass, tile, rows, outputPixels, 0, tile.width);
        output.position(0);
        output.put(outputPixels, 0, tile.width * tile.height);
        output.position(0);
        int[] sideOutput = renderer.sideOutput();
        if (pass < plan.passes.size() && plan.passes.get(pass).keeps != null && sideOutput != null) {
            side = ensure(side, plan.maxTilePixels());
            side.position(0);
            side.put(sideOutput, 0, tile.width * tile.height);
            side.position(0);
        }
        return Int32Array.fromJavaBuffer(output);
    }

    /**
     * For a plan with {@code batches}: adds batch {@code batch}'s samples to tile {@code index} of
     * {@code pass}, whose running sums the runtime copied into {@link #sumRows} (three per pixel, row
     * after row, zero before batch 0), and leaves the new sums there; returns the tile's pixels as
     * {@link #renderTile} does.
     */
    @JSExport
    public static Int32Array renderBatch(int pass, int index, int batch) {
        Tile tile = checkedTile("renderBatch", pass, index);
        int[] batches = plan.workload.sampleBatches();
        if (batches == null || batch < 0 || batch >= batches.length) {
            throw new IllegalArgumentException("this render has no batch " + batch);
        }
        int count = 3 * tile.width * tile.height;
        sums.position(0);
        sums.get(sumValues, 0, count);
        renderer.renderBatch(pass, tile, batch, sumValues, outputPixels, 0, tile.width);
        sums.position(0);
        sums.put(sumValues, 0, count);
        sums.position(0);
        output.position(0);
        output.put(outputPixels, 0, tile.width * tile.height);
        output.position(0);
        return Int32Array.fromJavaBuffer(output);
    }

    /** A view of the sums buffer {@link #renderBatch} reads and writes: three floats' bits per pixel of a tile. */
    @JSExport
    public static Int32Array sumRows() {
        return Int32Array.fromJavaBuffer(sums);
    }

    private static Tile checkedTile(String call, int pass, int index) {
        if (plan == null) {
            throw new IllegalStateException(call + "(" + pass + ", " + index + ") before a successful prepare");
        }
        int passes = plan.reuse == null ? plan.passes.size() : plan.reuseIndex() + 1;
        if (pass < 0 || pass >= passes || index < 0 || index >= plan.pass(pass).grid.tileCount()) {
            throw new IllegalArgumentException("pass " + pass + " has no tile " + index);
        }
        return plan.tile(pass, index);
    }

    /** After {@link #renderTile} of a pass that keeps a side output: a view whose first width × height entries are that output. */
    @JSExport
    public static Int32Array sideRows() {
        return Int32Array.fromJavaBuffer(side);
    }

    private static IntBuffer ensure(IntBuffer buffer, int capacity) {
        if (buffer.capacity() >= capacity && buffer.isDirect()) {
            return buffer;
        }
        return ByteBuffer.allocateDirect(4 * Math.max(1, capacity)).order(ByteOrder.LITTLE_ENDIAN).asIntBuffer();
    }

    /**
     * {@code {width, height, workers, source, tiles, rects, shared, passes: [{index, tiles, rects, input, output, inputRows, keeps}],
     * reuse, reuseNeeds, batches}}:
     * {@code rects} holds x, y, width, height per tile in tile order; {@code input} and {@code output}
     * name the buffer a pass reads and writes ("none", "source", "frame", "spare"); {@code inputRows}
     * holds the first row and the row count each tile reads, or is null for a pass that reads none;
     * {@code keeps}, when not null, says the pass also leaves a side output ({@link #sideRows}) for
     * the spare, and names what it is a function of (see {@link Pass#keeps}); {@code index} is the
     * pass's number for {@link #renderTile}. {@code reuse} is the pass that makes the picture alone
     * from the spare when it holds the side output named {@code reuseNeeds} (or null).
     * {@code tiles} and {@code rects} at the top repeat the last pass's, the one that is shown.
     * {@code batches}, for a picture that converges (path tracing), holds the samples done after
     * each batch {@link #renderBatch} can add, or is null.
     */
    private static JSObject planObject(RenderPlan plan) {
        JSArray<JSObject> passes = new JSArray<>();
        for (int p = 0; p < plan.passes.size(); p++) {
            passes.push(passObject(plan, p));
        }
        JSObject reuse = plan.reuse == null ? null : passObject(plan, plan.reuseIndex());
        double[] shared = plan.workload.sharedState();
        int[] batches = plan.workload.sampleBatches();
        return planObject(plan.width, plan.height, plan.workers, plan.workload.sourcePicture(), passes,
                plan.tiles(), rectsOf(plan.pass(plan.lastPass())), shared == null ? null : Float64Array.copyFromJavaArray(shared),
                reuse, plan.reuseNeeds(), batches == null ? null : Int32Array.copyFromJavaArray(batches));
    }

    private static JSObject passObject(RenderPlan plan, int p) {
        Pass pass = plan.pass(p);
        int tiles = pass.grid.tileCount();
        Int32Array rows = pass.readsInput ? new Int32Array(2 * tiles) : null;
        for (int i = 0; rows != null && i < tiles; i++) {
            rows.set(2 * i, plan.firstInputRow(p, i));
            rows.set(2 * i + 1, plan.inputRowCount(p, i));
        }
        return passObject(p, tiles, rectsOf(pass), plan.input(p).key(), plan.output(p).key(), rows, pass.keeps);
    }

    private static Int32Array rectsOf(Pass pass) {
        int tiles = pass.grid.tileCount();
        Int32Array rects = new Int32Array(4 * tiles);
        for (int i = 0; i < tiles; i++) {
            Tile tile = pass.grid.tile(i);
            rects.set(4 * i, tile.x);
            rects.set(4 * i + 1, tile.y);
            rects.set(4 * i + 2, tile.width);
            rects.set(4 * i + 3, tile.height);
        }
        return rects;
    }

    private static JSObject filesNeeded(WebFiles source) {
        return filesNeeded(names(source.missing()), names(source.missingModels()));
    }

    private static JSArray<JSString> names(List<String> list) {
        JSArray<JSString> names = new JSArray<>();
        for (String name : list) {
            names.push(JSString.valueOf(name));
        }
        return names;
    }

    @JSBody(params = {"index", "tiles", "rects", "input", "output", "inputRows", "keeps"},
            script = "return {index: index, tiles: tiles, rects: rects, input: input, output: output, inputRows: inputRows,"
                    + " keeps: keeps};")
    private static native JSObject passObject(int index, int tiles, Int32Array rects, String input, String output,
            Int32Array inputRows, String keeps);

    @JSBody(params = {"width", "height", "workers", "source", "passes", "tiles", "rects", "shared", "reuse", "reuseNeeds", "batches"},
            script = "return {width: width, height: height, workers: workers, source: source, passes: passes,"
                    + " tiles: tiles, rects: rects, shared: shared, reuse: reuse, reuseNeeds: reuseNeeds, batches: batches};")
    private static native JSObject planObject(int width, int height, int workers, String source, JSArray<JSObject> passes,
            int tiles, Int32Array rects, Float64Array shared, JSObject reuse, String reuseNeeds, Int32Array batches);

    /** {@code {pictures, models}}: the names of each kind, one list or the other possibly empty. */
    @JSBody(params = {"pictures", "models"}, script = "return {pictures: pictures, models: models};")
    private static native JSObject filesNeeded(JSArray<JSString> pictures, JSArray<JSString> models);

    @JSBody(params = {"message", "field", "line", "column"},
            script = "return {error: message, field: field, line: line, column: column};")
    private static native JSObject refusal(String message, String field, int line, int column);
}
