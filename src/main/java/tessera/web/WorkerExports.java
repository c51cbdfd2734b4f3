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
import tessera.render.Counters;
import tessera.render.InvalidRequestException;
import tessera.render.Pass;
import tessera.render.PlanBuffer;
import tessera.render.RenderLimits;
import tessera.render.RenderPlan;
import tessera.render.RenderRequest;
import tessera.render.Preparation;
import tessera.render.PrepareProgress;
import tessera.render.PreparedViews;
import tessera.render.Tile;
import tessera.render.TileJob;
import tessera.render.TileRenderer;
import tessera.render.Workload;
import tessera.workloads.Workloads;
import tessera.workloads.ZoomSequence;

/**
 * What a Web Worker calls in the compiled module (WebAssembly GC or JavaScript, same source):
 * {@link #prepare} a request once per render, then {@link #renderTile} for each tile it takes.
 * One worker renders one request at a time.
 *
 * <p>A tile's values cross between JavaScript and Java through direct buffers, one per role a plan's
 * buffer plays for a tile ({@link #tileBuffer}: its input rows, its output, its side output, its
 * sums), which live in the module's linear memory: the runtime copies in what the plan names for a
 * tile and copies out what it wrote, as plain typed-array copies.
 */
public final class WorkerExports {
    private static RenderPlan plan;
    /** This worker's prepared views: the same deep view again, in other colours, is not prepared again. */
    private static final PreparedViews views = new PreparedViews();
    private static TileRenderer renderer;
    private static final FrameWindow window = new FrameWindow();
    private static final TileJob job = new TileJob();
    private static IntBuffer input = IntBuffer.allocate(0);
    private static IntBuffer output = IntBuffer.allocate(0);
    private static IntBuffer side = IntBuffer.allocate(0);
    private static IntBuffer sums = IntBuffer.allocate(0);
    private static int[] inputValues = new int[0];
    private static int[] outputValues = new int[0];
    private static int[] sideValues = new int[0];
    private static int[] sumValues = new int[0];
    /** The zoom sequence {@link #zoomFrame} was asked for last, and what it was asked with. */
    private static ZoomSequence zoom;
    private static String zoomKey;

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
     * {@link Workload#sharedState}), spares this worker computing that again. {@code progress}, null or a
     * function (step, unit, done, total), hears how far preparing has come (see {@link PrepareProgress}).
     */
    @JSExport
    public static JSObject prepare(String requestJson, int maxWorkers, JSObject pictures, Float64Array shared, JSObject progress) {
        plan = null;
        renderer = null;
        WebFiles source = new WebFiles(pictures);
        RenderPlan prepared;
        try {
            RenderRequest request = Workloads.parse(requestJson, maxWorkers);
            PrepareProgress heard = progress == null ? PrepareProgress.NONE : (step, unit, done, total) -> report(progress, step, unit, done, total);
            Workload workload = Workloads.create(request,
                    new Preparation(source, shared == null ? null : shared.copyToJavaArray(), views, heard));
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
        side = ensure(side, plan.maxTilePixels());
        sums = ensure(sums, plan.maxTileSums());
        inputValues = atLeast(inputValues, plan.maxInputPixels());
        outputValues = atLeast(outputValues, plan.maxTilePixels());
        sideValues = atLeast(sideValues, plan.maxTilePixels());
        sumValues = atLeast(sumValues, plan.maxTileSums());
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
     * Frame {@code k} of a zoom from the request's view to {@code toZoom} in {@code frames} frames,
     * its gradient turned {@code cycle} turns a frame ("0": not at all; see {@link ZoomSequence}), as JSON text {@code {"request": {…}}}, or {@code {error, field}}.
     * The sequence is kept for the next frame's call: both its ends are checked once.
     */
    @JSExport
    public static String zoomFrame(String requestJson, String toZoom, int frames, int k, String cycle) {
        String key = frames + " " + toZoom + " " + cycle + " " + requestJson;
        try {
            if (!key.equals(zoomKey)) {
                BigDecimal to = ZoomSequence.toZoom(toZoom, "toZoom");
                if (frames < 2) {
                    throw new InvalidRequestException("frames", "must be 2 or more, got " + frames);
                }
                zoom = new ZoomSequence(requestJson, to, frames, ZoomSequence.cycle(cycle, "cycle"));
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

    /** What this worker's renderer counted since {@link #prepare}, as JSON text {@code {"name": count, …}} (see {@link TileRenderer#counters}). */
    @JSExport
    public static String counters() {
        return Counters.json(renderer == null ? java.util.Map.of() : renderer.counters());
    }

    /**
     * A view of the buffer for one role a plan's buffer plays for a tile: "input" (the rows the plan
     * names for the tile, the first at index 0), "output" (its pixels), "side" (its side output, for a
     * pass that keeps one), "sums" (its running sums, {@link PlanBuffer#SUMS} channels per pixel).
     * Tile-shaped: row after row, the tile's width wide. Valid until the next {@link #prepare}.
     */
    @JSExport
    public static Int32Array tileBuffer(String role) {
        switch (role) {
            case "input":
                return Int32Array.fromJavaBuffer(input);
            case "output":
                return Int32Array.fromJavaBuffer(output);
            case "side":
                return Int32Array.fromJavaBuffer(side);
            case "sums":
                return Int32Array.fromJavaBuffer(sums);
            default:
                throw new IllegalArgumentException("no tile buffer \"" + role + "\"");
        }
    }

    /**
     * Renders tile {@code index} of {@code pass}: reads the rows the plan names for it from the
     * "input" buffer, writes its pixels to "output" and, for a pass that keeps one, its side output
     * to "side". A pass that accumulates runs batches [{@code fromBatch}, {@code toBatch}) of the
     * plan, adding to the "sums" the runtime copied in (from zero when {@code fromBatch} is 0) and
     * leaving them there; any other pass runs once.
     */
    @JSExport
    public static void renderTile(int pass, int index, int fromBatch, int toBatch) {
        Tile tile = checkedTile("renderTile", pass, index);
        FrameWindow rows = null;
        PlanBuffer in = plan.input(pass);
        if (in != PlanBuffer.NONE) {
            input.position(0);
            input.get(inputValues, 0, plan.inputRowCount(pass, index) * plan.bufferWidth(in));
            rows = window.set(inputValues, plan.firstInputRow(pass, index), plan.bufferWidth(in), plan.bufferHeight(in));
        }
        int pixels = tile.width * tile.height;
        boolean keepsSide = plan.side(pass) != PlanBuffer.NONE;
        job.at(pass, tile, rows).output.set(outputValues, 0, tile.width);
        job.side.set(keepsSide ? sideValues : null, 0, tile.width);
        if (plan.pass(pass).accumulates) {
            if (fromBatch < 0 || toBatch > plan.batches() || fromBatch >= toBatch) {
                throw new IllegalArgumentException("this render has batches 0 to " + (plan.batches() - 1) + ", not " + fromBatch + " to "
                        + (toBatch - 1));
            }
            int channels = PlanBuffer.SUMS.channels();
            job.sums.set(sumValues, 0, channels * tile.width);
            if (fromBatch == 0) {
                job.sums.clear(tile.width, tile.height, channels);
            } else {
                copy(sums, sumValues, channels * pixels, true);
            }
            job.renderBatches(renderer, fromBatch, toBatch);
            copy(sums, sumValues, channels * pixels, false);
        } else {
            job.sums.none();
            job.batch = 0;
            renderer.render(job);
        }
        copy(output, outputValues, pixels, false);
        if (keepsSide) {
            copy(side, sideValues, pixels, false);
        }
    }

    /** Copies the first {@code count} values from the direct buffer into {@code values} ({@code in}) or back. */
    private static void copy(IntBuffer buffer, int[] values, int count, boolean in) {
        buffer.position(0);
        if (in) {
            buffer.get(values, 0, count);
        } else {
            buffer.put(values, 0, count);
        }
        buffer.position(0);
    }

    private static int[] atLeast(int[] values, int length) {
        return values.length >= length ? values : new int[length];
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

    private static IntBuffer ensure(IntBuffer buffer, int capacity) {
        if (buffer.capacity() >= capacity && buffer.isDirect()) {
            return buffer;
        }
        return ByteBuffer.allocateDirect(4 * Math.max(1, capacity)).order(ByteOrder.LITTLE_ENDIAN).asIntBuffer();
    }

    /**
     * {@code {width, height, workers, source, tiles, rects, shared, buffers, passes: [{index, tiles, rects, input, output, side, sums,
     * inputRows, keeps}], reuse, reuseNeeds, batches}}:
     * {@code buffers} holds, by name, {@code {width, height, channels}} of every buffer the passes use
     * ("source", "frame", "spare", "sums"); {@code rects} holds x, y, width, height per tile in tile
     * order; {@code input}, {@code output}, {@code side} and {@code sums} name the buffer a pass reads,
     * writes, leaves its side output in, and adds its batches to ("none" where it has none);
     * {@code inputRows} holds the first row and the row count each tile reads, or is null for a pass
     * that reads none; {@code keeps} names what the side output is a function of (see
     * {@link Pass#keeps}); {@code index} is the pass's number for {@link #renderTile}. {@code reuse}
     * is the pass that makes the picture alone from the spare when it holds the side output named
     * {@code reuseNeeds} (or null). {@code tiles} and {@code rects} at the top repeat the last
     * pass's, the one that is shown. {@code batches}, for a plan whose passes accumulate, holds what
     * is done after each batch (see {@link RenderPlan#batches}), or is null.
     */
    private static JSObject planObject(RenderPlan plan) {
        JSArray<JSObject> passes = new JSArray<>();
        for (int p = 0; p < plan.passes.size(); p++) {
            passes.push(passObject(plan, p));
        }
        JSObject reuse = plan.reuse == null ? null : passObject(plan, plan.reuseIndex());
        double[] shared = plan.workload.sharedState();
        Int32Array batches = null;
        if (plan.accumulates()) {
            batches = new Int32Array(plan.batches());
            for (int b = 0; b < plan.batches(); b++) {
                batches.set(b, plan.batchEnd(b));
            }
        }
        JSObject object = planObject(plan.width, plan.height, plan.workers, plan.workload.sourcePicture(), passes,
                plan.tiles(), rectsOf(plan.pass(plan.lastPass())), shared == null ? null : Float64Array.copyFromJavaArray(shared),
                reuse, plan.reuseNeeds(), batches);
        for (PlanBuffer buffer : plan.buffers()) {
            addBuffer(object, buffer.key(), plan.bufferWidth(buffer), plan.bufferHeight(buffer), buffer.channels());
        }
        return object;
    }

    private static JSObject passObject(RenderPlan plan, int p) {
        Pass pass = plan.pass(p);
        int tiles = pass.grid.tileCount();
        Int32Array rows = pass.readsInput ? new Int32Array(2 * tiles) : null;
        for (int i = 0; rows != null && i < tiles; i++) {
            rows.set(2 * i, plan.firstInputRow(p, i));
            rows.set(2 * i + 1, plan.inputRowCount(p, i));
        }
        return passObject(p, tiles, rectsOf(pass), plan.input(p).key(), plan.output(p).key(), plan.side(p).key(), plan.sums(p).key(),
                rows, pass.keeps);
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

    @JSBody(params = {"index", "tiles", "rects", "input", "output", "side", "sums", "inputRows", "keeps"},
            script = "return {index: index, tiles: tiles, rects: rects, input: input, output: output, side: side, sums: sums,"
                    + " inputRows: inputRows, keeps: keeps};")
    private static native JSObject passObject(int index, int tiles, Int32Array rects, String input, String output, String side,
            String sums, Int32Array inputRows, String keeps);

    @JSBody(params = {"plan", "name", "width", "height", "channels"},
            script = "plan.buffers[name] = {width: width, height: height, channels: channels};")
    private static native void addBuffer(JSObject plan, String name, int width, int height, int channels);

    @JSBody(params = {"width", "height", "workers", "source", "passes", "tiles", "rects", "shared", "reuse", "reuseNeeds", "batches"},
            script = "return {width: width, height: height, workers: workers, source: source, buffers: {}, passes: passes,"
                    + " tiles: tiles, rects: rects, shared: shared, reuse: reuse, reuseNeeds: reuseNeeds, batches: batches};")
    private static native JSObject planObject(int width, int height, int workers, String source, JSArray<JSObject> passes,
            int tiles, Int32Array rects, Float64Array shared, JSObject reuse, String reuseNeeds, Int32Array batches);

    /** {@code {pictures, models}}: the names of each kind, one list or the other possibly empty. */
    @JSBody(params = {"progress", "step", "unit", "done", "total"}, script = "progress(step, unit, done, total);")
    private static native void report(JSObject progress, String step, String unit, double done, double total);

    @JSBody(params = {"pictures", "models"}, script = "return {pictures: pictures, models: models};")
    private static native JSObject filesNeeded(JSArray<JSString> pictures, JSArray<JSString> models);

    @JSBody(params = {"message", "field", "line", "column"},
            script = "return {error: message, field: field, line: line, column: column};")
    private static native JSObject refusal(String message, String field, int line, int column);
}
