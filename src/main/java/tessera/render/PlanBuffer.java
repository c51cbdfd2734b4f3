package tessera.render;

import java.util.Locale;

/**
 * The buffers a plan's passes read from and write to. Each has its own size in the plan
 * ({@link RenderPlan#bufferWidth}, {@link RenderPlan#bufferHeight}) and {@link #channels} values per pixel.
 */
public enum PlanBuffer {
    /** A pass that reads nothing. */
    NONE,
    /** The picture the first pass of a filter chain reads. */
    SOURCE,
    /** The result: the last pass always writes here. */
    FRAME,
    /** A second frame, so that passes can alternate with the frame. */
    SPARE,
    /** The running sums of a picture made in batches (see {@link Pass#accumulates}): red, green, blue per pixel, as float bits. */
    SUMS;

    /** Values per pixel: 3 for the sums, 1 (a packed RGBA pixel) for the others. */
    public int channels() {
        return this == SUMS ? 3 : 1;
    }

    /** The name hosts use for it: "none", "source", "frame", "spare", "sums". */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
