package tessera.pipeline;

import tessera.render.FrameWindow;
import tessera.render.Tile;

/** A filter whose output pixel depends on the input pixels up to {@link #radius()} away. */
public interface NeighbourhoodFilter extends Filter {
    /** How far the filter reads, in pixels, in every direction; the rows a band needs above and below. */
    int radius();

    /** Scratch ints one thread needs for a frame of this width. */
    int scratchSize(int width);

    /**
     * Filters the full-width band {@code band} of {@code input} into {@code out}: pixel (x, y) of the
     * band goes to {@code out[offset + (y − band.y) * stride + x]}.
     */
    void apply(FrameWindow input, Tile band, int[] out, int offset, int stride, int[] scratch);
}
