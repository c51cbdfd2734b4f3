package tessera.render;

import java.util.List;

/** A validated, ready-to-render picture: its size, the passes it is computed in, and a way to render any tile. */
public interface Workload {
    int width();

    int height();

    /** By default one pass of square tiles that reads no input. */
    default List<Pass> passes(int tileSize) {
        return List.of(new Pass(new TileGrid(width(), height(), tileSize), 0, false));
    }

    /** The name of the picture the first pass reads (see {@link RequestFiles}), or null. */
    default String sourcePicture() {
        return null;
    }

    TileRenderer newTileRenderer();

    /**
     * The pass that makes the picture from the side output the first pass leaves (see
     * {@link Pass#keeps}), read from the spare buffer, instead of all of {@link #passes}; or null.
     * Its tiles go to {@link TileRenderer#render} as pass number {@code passes(tileSize).size()}.
     */
    default Pass reusePass(int tileSize) {
        return null;
    }

    /**
     * For a picture whose passes accumulate ({@link Pass#accumulates}, path tracing): what is done
     * after each batch (samples per pixel), increasing; a host may show the picture after each (see
     * {@link RenderPlan#batches}). Null for a picture made in one batch.
     */
    default int[] batches() {
        return null;
    }

    /** What other workers rendering the same request may take instead of computing it (handed to them in their {@link Preparation}), or null. */
    default double[] sharedState() {
        return null;
    }

    /**
     * The most memory one worker's copy of the prepared workload takes while it is built (a scene's
     * meshes and their hierarchy), for hosts whose workers each hold their own copy (see
     * {@link RenderLimits#workersWithin}); 0 for a workload whose copy is small.
     */
    default long bytesPerWorker() {
        return 0;
    }
}
