package tessera.render;

/**
 * Renders tiles for one thread or worker. It may keep scratch state between tiles (that is what
 * keeps hot loops free of allocation), so each thread gets its own from {@link Workload#newTileRenderer()}.
 */
public interface TileRenderer {
    /**
     * Writes the pixels of {@code tile} of {@code pass}, packed by {@link Rgba}, row by row: pixel
     * (x, y) of the tile goes to {@code pixels[offset + y * stride + x]}.
     *
     * @param input the pass's input rows, or null for a pass that reads none
     */
    void render(int pass, Tile tile, FrameWindow input, int[] pixels, int offset, int stride);

    /**
     * For a workload with {@link Workload#sampleBatches}: adds batch {@code batch}'s samples to the
     * tile's running sums and writes the picture so far, as {@link #render} does. {@code sums} holds
     * three floats per pixel of the tile (red, green, blue, as {@link Float#floatToRawIntBits}), row
     * after row, tile width × 3 per row: zero before batch 0, what batch − 1 left after it.
     */
    default void renderBatch(int pass, Tile tile, int batch, int[] sums, int[] pixels, int offset, int stride) {
        throw new UnsupportedOperationException("this workload renders in one go, not in batches of samples");
    }

    /**
     * For a pass that leaves a side output (see {@link Pass#keeps}): that output for the tile drawn
     * last, row after row, tile width × tile height; else null.
     */
    default int[] sideOutput() {
        return null;
    }

    /** Rays this renderer traced (camera, bounce and shadow rays: every query of the scene), or −1 for a workload that traces none. */
    default long raysTraced() {
        return -1;
    }

    /** The sum of the escape counts of the pixels this renderer drew that escaped, or −1 for a workload that is not an escape-time fractal. */
    default long escapedIterations() {
        return -1;
    }
}
