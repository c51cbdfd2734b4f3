package tessera.escapetime;

import tessera.render.Rgba;

/**
 * Continuous ("smooth") colouring: the continuous escape count ν (see {@link EscapeData}) mapped
 * onto a cyclic gradient of colour stops, one turn every 48 iterations; the inside is black.
 */
public final class SmoothPalette extends PointPalette {
    static final double PERIOD = 48.0;

    private final Gradient gradient;

    /** See {@link Gradient#Gradient} for the stops and colours. */
    public SmoothPalette(double[] stops, int[][] colors) {
        this.gradient = new Gradient(stops, colors);
    }

    @Override
    public int color(int data, int maxIter) {
        if (EscapeData.iterations(data) == maxIter) {
            return Rgba.pack(0, 0, 0, 255);
        }
        return gradient.color(EscapeData.nu(data) / PERIOD);
    }
}
