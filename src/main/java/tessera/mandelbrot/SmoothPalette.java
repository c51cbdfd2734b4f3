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

    private final double[] stops;
    private final int[][] colors;

    /**
     * @param stops  positions from 0 to 1, rising, first 0 and last 1
     * @param colors RGB for each stop; the last should equal the first, as the gradient repeats
     *               (both arrays are kept as given, not copied)
     */
    public SmoothPalette(double[] stops, int[][] colors) {
        // Not clone(): with TeaVM 0.15's WebAssembly target, cloning these arrays here made the palette
        // fail with a null dereference in the worker.
        this.stops = stops;
        this.colors = colors;
    }

    @Override
    public int color(int iterations, int maxIter, double zx, double zy, double cx, double cy) {
        if (iterations == maxIter) {
            return Rgba.pack(0, 0, 0, 255);
        }
        for (int i = 0; i < EXTRA_ITERATIONS; i++) {
            double next = zx * zx - zy * zy + cx;
            zy = 2.0 * zx * zy + cy;
            zx = next;
        }
        double modulusSquared = zx * zx + zy * zy;
        double logModulus = 0.5 * ExactLog.log2(modulusSquared) * LN2;
        double nu = iterations + EXTRA_ITERATIONS + 1 - ExactLog.log2(logModulus);
        double position = nu / PERIOD;
        position -= Math.floor(position);
        int stop = 1;
        while (position > stops[stop]) {
            stop++;
        }
        double f = (position - stops[stop - 1]) / (stops[stop] - stops[stop - 1]);
        int[] from = colors[stop - 1];
        int[] to = colors[stop];
        return Rgba.pack(mix(from[0], to[0], f), mix(from[1], to[1], f), mix(from[2], to[2], f), 255);
    }

    private static int mix(int from, int to, double f) {
        return Rgba.saturatingByte(from + (to - from) * f + 0.5);
    }
}
