package tessera.mandelbrot;

import tessera.render.Rgba;

/**
 * Continuous ("smooth") colouring: the fractional escape count ν = n + 1 − log2(ln|z|), taken a
 * few iterations past escape so the bands vanish, mapped onto a cyclic gradient of colour stops.
 * Uses {@link ExactLog} so the JVM and the browser produce the same bytes.
 */
public final class SmoothPalette implements Palette {
    private static final int EXTRA_ITERATIONS = 3;
    private static final double LN2 = 0.6931471805599453;
    private static final double PERIOD = 48.0;

    private final Gradient gradient;

    /** See {@link Gradient#Gradient} for the stops and colours. */
    public SmoothPalette(double[] stops, int[][] colors) {
        this.gradient = new Gradient(stops, colors);
    }

    @Override
    public int color(int iterations, int maxIter, double zx, double zy, double cx, double cy) {
        if (iterations == maxIter) {
            return Rgba.pack(0, 0, 0, 255);
        }
        return gradient.color(nu(iterations, zx, zy, cx, cy) / PERIOD);
    }

    /** The continuous escape count ν of a point that escaped after {@code iterations} with z = (zx, zy). */
    static double nu(int iterations, double zx, double zy, double cx, double cy) {
        for (int i = 0; i < EXTRA_ITERATIONS; i++) {
            double next = zx * zx - zy * zy + cx;
            zy = 2.0 * zx * zy + cy;
            zx = next;
        }
        double modulusSquared = zx * zx + zy * zy;
        double logModulus = 0.5 * ExactLog.log2(modulusSquared) * LN2;
        return iterations + EXTRA_ITERATIONS + 1 - ExactLog.log2(logModulus);
    }
}
