package tessera.web;

import org.teavm.jso.JSBody;
import org.teavm.jso.JSExport;
import org.teavm.jso.JSObject;
import org.teavm.jso.typedarrays.Int32Array;
import tessera.render.InvalidRequestException;
import tessera.render.RenderRequest;
import tessera.render.Tile;
import tessera.render.TileGrid;
import tessera.render.TileRenderer;
import tessera.render.Workload;
import tessera.workloads.Workloads;

/**
 * What a Web Worker calls in the compiled module (WebAssembly GC or JavaScript, same source):
 * {@link #prepare} a request once per render, then {@link #renderTile} for each tile it takes
 * from the shared counter. One worker renders one request at a time.
 */
public final class WorkerExports {
    private static TileGrid grid;
    private static TileRenderer renderer;
    private static int[] scratch = new int[0];

    private WorkerExports() {
    }

    public static void main(String[] args) {
        // The module is driven through its exports only.
    }

    /**
     * Validates the request and keeps it for {@link #renderTile}. Returns the plan
     * {@code {width, height, workers, tiles, rects}} (rects: x, y, width, height per tile, in
     * tile order), or {@code {error, field, line, column}} when the request is refused.
     * {@code pictures} holds the images the request names, as the page loaded them (see {@link WebPictures}).
     */
    @JSExport
    public static JSObject prepare(String requestJson, int maxWorkers, JSObject pictures) {
        grid = null;
        renderer = null;
        RenderRequest request;
        Workload workload;
        try {
            request = Workloads.parse(requestJson, maxWorkers);
            workload = Workloads.create(request, new WebPictures(pictures));
        } catch (InvalidRequestException e) {
            return refusal(e.getMessage(), e.field(), e.line(), e.column());
        }
        grid = new TileGrid(workload.width(), workload.height(), request.tileSize());
        renderer = workload.newTileRenderer();
        int tileArea = grid.tileSize() * grid.tileSize();
        if (scratch.length < tileArea) {
            scratch = new int[tileArea];
        }
        Int32Array rects = new Int32Array(4 * grid.tileCount());
        for (int i = 0; i < grid.tileCount(); i++) {
            Tile tile = grid.tile(i);
            rects.set(4 * i, tile.x);
            rects.set(4 * i + 1, tile.y);
            rects.set(4 * i + 2, tile.width);
            rects.set(4 * i + 3, tile.height);
        }
        return plan(grid.width(), grid.height(), request.workers(maxWorkers), grid.tileCount(), rects);
    }

    /**
     * Renders tile {@code index} of the prepared request and returns its pixels, row after row,
     * packed RGBA (the first width × height entries are the tile).
     */
    @JSExport
    public static Int32Array renderTile(int index) {
        if (grid == null) {
            throw new IllegalStateException("renderTile(" + index + ") before a successful prepare");
        }
        if (index < 0 || index >= grid.tileCount()) {
            throw new IllegalArgumentException("tile " + index + " does not exist; there are " + grid.tileCount());
        }
        Tile tile = grid.tile(index);
        renderer.render(tile, scratch, 0, tile.width);
        return Int32Array.copyFromJavaArray(scratch);
    }

    @JSBody(params = {"width", "height", "workers", "tiles", "rects"},
            script = "return {width: width, height: height, workers: workers, tiles: tiles, rects: rects};")
    private static native JSObject plan(int width, int height, int workers, int tiles, Int32Array rects);

    @JSBody(params = {"message", "field", "line", "column"},
            script = "return {error: message, field: field, line: line, column: column};")
    private static native JSObject refusal(String message, String field, int line, int column);
}
