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
     * For a pass that leaves a side output (see {@link Pass#keeps}): that output for the tile drawn
     * last, row after row, tile width × tile height; else null.
     */
    default int[] sideOutput() {
        return null;
    }

    /** The sum of the escape counts of the pixels this renderer drew that escaped, or −1 for a workload that is not an escape-time fractal. */
    default long escapedIterations() {
        return -1;
    }
}
