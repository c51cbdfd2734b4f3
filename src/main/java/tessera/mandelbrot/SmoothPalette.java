package tessera.mandelbrot;

import tessera.render.Rgba;

/**
 * Continuous ("smooth") colouring: the fractional escape count ν = n + 1 − log2(ln|z|), taken a
 * few iterations past escape so the bands vanish, mapped onto a cyclic five-colour gradient.
 * Uses {@link ExactLog} so the JVM and the browser produce the same bytes.
 */
public final class SmoothPalette implements Palette {
    private static final int EXTRA_ITERATIONS = 3;
    private static final double LN2 = 0.6931471805599453;
    private static final double PERIOD = 48.0;
    private static final double[] STOPS = {0.0, 0.16, 0.42, 0.6425, 0.8575, 1.0};
    private static final int[][] COLORS = {
        {0, 7, 100}, {32, 107, 203}, {237, 255, 255}, {255, 170, 0}, {0, 2, 0}, {0, 7, 100},
    };

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
        while (position > STOPS[stop]) {
            stop++;
        }
        double f = (position - STOPS[stop - 1]) / (STOPS[stop] - STOPS[stop - 1]);
        int[] from = COLORS[stop - 1];
        int[] to = COLORS[stop];
        return Rgba.pack(mix(from[0], to[0], f), mix(from[1], to[1], f), mix(from[2], to[2], f), 255);
    }

    private static int mix(int from, int to, double f) {
        return Rgba.saturatingByte(from + (to - from) * f + 0.5);
    }
}
