package tessera.escapetime;

/**
 * Colours the pixels of an escape-time fractal (the Mandelbrot set, a Julia set) from their escape
 * data ({@link EscapeData}), for {@link EscapeTimeRenderer}.
 */
public interface Palette {
    /** The colour of pixel (x, y) of the frame, from the escape data in {@code escapes}. */
    int color(EscapeWindow escapes, int x, int y, int maxIter);

    /** How many rows above and below a pixel its colour reads. */
    default int halo() {
        return 0;
    }
}
