package tessera.escapetime;

import tessera.render.Rgba;

/**
 * Continuous ("smooth") colouring: the continuous escape count ν (see {@link EscapeData}) mapped
 * onto a cyclic gradient of colour stops, one turn every 48 iterations (or as a designed gradient
 * says); the inside is black.
 */
public final class SmoothPalette extends PointPalette {
    static final double PERIOD = 48.0;

    private final Gradient gradient;
    /** Iterations one turn of the gradient spans, and where in it a count of 0 falls. */
    private final double period;
    private final double offset;

    /** See {@link Gradient#Gradient} for the stops and colours. */
    public SmoothPalette(double[] stops, int[][] colors) {
        this(new Gradient(stops, colors), PERIOD, 0.0);
    }

    SmoothPalette(Gradient gradient, double period, double offset) {
        this.gradient = gradient;
        this.period = period;
        this.offset = offset;
    }

    @Override
    public int color(int data, int maxIter) {
        if (EscapeData.iterations(data) == maxIter) {
            return Rgba.pack(0, 0, 0, 255);
        }
        return gradient.color(EscapeData.nu(data) / period + offset);
    }
}
