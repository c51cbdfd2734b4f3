package tessera.web;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.IntBuffer;
import java.util.List;
import org.teavm.jso.JSBody;
import org.teavm.jso.JSExport;
import org.teavm.jso.JSObject;
import org.teavm.jso.core.JSArray;
import org.teavm.jso.typedarrays.Int32Array;
import tessera.render.FrameWindow;
import tessera.render.InvalidRequestException;
import tessera.render.RenderRequest;
import tessera.render.Stage;
import tessera.render.Tile;
import tessera.render.TileRenderer;
import tessera.render.Workload;
import tessera.workloads.Workloads;

/**
 * What a Web Worker calls in the compiled module (WebAssembly GC or JavaScript, same source):
 * {@link #prepare} a request once per render, then {@link #renderTile} for each tile it takes
 * from a stage's shared counter. One worker renders one request at a time.
 *
 * <p>Pixels cross between JavaScript and Java through two direct buffers, which live in the
 * module's linear memory: the page copies a stage's input rows into {@link #inputRows} and copies
 * the tile out of the view {@link #renderTile} returns, both as plain typed-array copies.
 */
public final class WorkerExports {
    private static Workload workload;
    private static List<Stage> stages;
    private static TileRenderer renderer;
    private static final FrameWindow window = new FrameWindow();
    private static IntBuffer input = IntBuffer.allocate(0);
    private static IntBuffer output = IntBuffer.allocate(0);
    private static int[] inputPixels = new int[0];
    private static int[] outputPixels = new int[0];

    private WorkerExports() {
    }

    public static void main(String[] args) {
        // The module is driven through its exports only.
    }

    /**
     * Validates the request and keeps it for {@link #renderTile}. Returns the plan
     * {@code {width, height, workers, source, stages: [{tiles, halo, readsInput, rects}], tiles, rects}}
     * (rects: x, y, width, height per tile, in tile order; {@code tiles} and {@code rects} repeat the
     * last stage's, the one that is shown), or {@code {error, field, line, column}} when the request
     * is refused. {@code pictures} holds the images the request names, as the page loaded them.
     */
    @JSExport
    public static JSObject prepare(String requestJson, int maxWorkers, JSObject pictures) {
        workload = null;
        RenderRequest request;
        try {
            request = Workloads.parse(requestJson, maxWorkers);
            workload = Workloads.create(request, new WebPictures(pictures));
        } catch (InvalidRequestException e) {
            return refusal(e.getMessage(), e.field(), e.line(), e.column());
        }
        stages = workload.stages(request.tileSize());
        renderer = workload.newTileRenderer();
        int inputCapacity = 0;
        int outputCapacity = 0;
        JSArray<JSObject> stagePlans = new JSArray<>();
        Int32Array lastRects = null;
        for (Stage stage : stages) {
            if (stage.readsInput) {
                inputCapacity = Math.max(inputCapacity, stage.maxInputRows() * workload.width());
            }
            outputCapacity = Math.max(outputCapacity, stage.grid.maxTileArea());
            lastRects = rects(stage);
            stagePlans.push(stagePlan(stage.grid.tileCount(), stage.halo, stage.readsInput, lastRects));
        }
        input = ensure(input, inputCapacity);
        output = ensure(output, outputCapacity);
        if (inputPixels.length < inputCapacity) {
            inputPixels = new int[inputCapacity];
        }
        if (outputPixels.length < outputCapacity) {
            outputPixels = new int[outputCapacity];
        }
        Stage last = stages.get(stages.size() - 1);
        return plan(workload.width(), workload.height(), request.workers(maxWorkers), workload.sourcePicture(),
                stagePlans, last.grid.tileCount(), lastRects);
    }

    /** A view of the input buffer: copy the rows a tile reads here, the first of them at index 0. */
    @JSExport
    public static Int32Array inputRows() {
        return Int32Array.fromJavaBuffer(input);
    }

    /**
     * Renders tile {@code index} of {@code stage}, reading {@code rowCount} rows from {@link #inputRows}
     * that start at image row {@code firstRow}, and returns a view whose first width × height
     * entries are the tile's pixels, row after row, packed RGBA.
     */
    @JSExport
    public static Int32Array renderTile(int stage, int index, int firstRow, int rowCount) {
        if (workload == null) {
            throw new IllegalStateException("renderTile(" + stage + ", " + index + ") before a successful prepare");
        }
        if (stage < 0 || stage >= stages.size() || index < 0 || index >= stages.get(stage).grid.tileCount()) {
            throw new IllegalArgumentException("stage " + stage + " has no tile " + index);
        }
        Stage current = stages.get(stage);
        Tile tile = current.grid.tile(index);
        FrameWindow window = null;
        if (current.readsInput) {
            input.position(0);
            input.get(inputPixels, 0, rowCount * workload.width());
            window = WorkerExports.window.set(inputPixels, firstRow, workload.width(), workload.height());
        }
        renderer.render(stage, tile, window, outputPixels, 0, tile.width);
        output.position(0);
        output.put(outputPixels, 0, tile.width * tile.height);
        output.position(0);
        return Int32Array.fromJavaBuffer(output);
    }

    private static IntBuffer ensure(IntBuffer buffer, int capacity) {
        if (buffer.capacity() >= capacity && buffer.isDirect()) {
            return buffer;
        }
        return ByteBuffer.allocateDirect(4 * Math.max(1, capacity)).order(ByteOrder.LITTLE_ENDIAN).asIntBuffer();
    }

    private static Int32Array rects(Stage stage) {
        Int32Array rects = new Int32Array(4 * stage.grid.tileCount());
        for (int i = 0; i < stage.grid.tileCount(); i++) {
            Tile tile = stage.grid.tile(i);
            rects.set(4 * i, tile.x);
            rects.set(4 * i + 1, tile.y);
            rects.set(4 * i + 2, tile.width);
            rects.set(4 * i + 3, tile.height);
        }
        return rects;
    }

    @JSBody(params = {"tiles", "halo", "readsInput", "rects"},
            script = "return {tiles: tiles, halo: halo, readsInput: readsInput, rects: rects};")
    private static native JSObject stagePlan(int tiles, int halo, boolean readsInput, Int32Array rects);

    @JSBody(params = {"width", "height", "workers", "source", "stages", "tiles", "rects"},
            script = "return {width: width, height: height, workers: workers, source: source, stages: stages,"
                    + " tiles: tiles, rects: rects};")
    private static native JSObject plan(int width, int height, int workers, String source, JSArray<JSObject> stages,
            int tiles, Int32Array rects);

    @JSBody(params = {"message", "field", "line", "column"},
            script = "return {error: message, field: field, line: line, column: column};")
    private static native JSObject refusal(String message, String field, int line, int column);
}
