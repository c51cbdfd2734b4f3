package tessera.render;

import java.util.Locale;

/** The whole-frame buffers a pass reads from and writes to. */
public enum PlanBuffer {
    /** A pass that reads nothing. */
    NONE,
    /** The picture the first pass of a filter chain reads. */
    SOURCE,
    /** The result: the last pass always writes here. */
    FRAME,
    /** A second frame, so that passes can alternate with the frame. */
    SPARE;

    /** The name hosts use for it: "none", "source", "frame", "spare". */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
