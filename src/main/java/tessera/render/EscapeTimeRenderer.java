package tessera.render;

/**
 * A thread's renderer for an escape-time fractal: the workload paints the tiles, and tells this
 * renderer the escape count of every pixel that escaped, whose sum is the work a render did in
 * iterations (what "iterations per second" counts, however many the renderer skipped or shortcut).
 */
public final class EscapeTimeRenderer implements TileRenderer {
    /** Paints a tile as {@link TileRenderer#render} does, reporting escaped pixels to {@code counts}. */
    @FunctionalInterface
    public interface Painter {
        void paint(Tile tile, int[] pixels, int offset, int stride, EscapeTimeRenderer counts);
    }

    private final Painter painter;
    private long escapedIterations;

    public EscapeTimeRenderer(Painter painter) {
        this.painter = painter;
    }

    /** A pixel escaped after this many iterations. */
    public void escaped(int iterations) {
        escapedIterations += iterations;
    }

    @Override
    public void render(int pass, Tile tile, FrameWindow input, int[] pixels, int offset, int stride) {
        painter.paint(tile, pixels, offset, stride, this);
    }

    @Override
    public long escapedIterations() {
        return escapedIterations;
    }
}
