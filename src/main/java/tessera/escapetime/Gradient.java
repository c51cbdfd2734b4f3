package tessera.escapetime;

import tessera.render.Rgba;

/** A cyclic gradient of colour stops: a position in [0, 1) to a colour, mixed linearly between the stops around it. */
final class Gradient {
    private final double[] stops;
    private final int[][] colors;

    /**
     * @param stops  positions from 0 to 1, rising, first 0 and last 1
     * @param colors RGB for each stop; the last should equal the first, as the gradient repeats
     *               (both arrays are kept as given, not copied)
     */
    Gradient(double[] stops, int[][] colors) {
        // Not clone(): with TeaVM 0.15's WebAssembly target, cloning these arrays here made the palette
        // fail with a null dereference in the worker.
        this.stops = stops;
        this.colors = colors;
    }

    /**
     * The cyclic gradient through colour stops at rising positions {@code at} in [0, 1]: past the
     * last stop it runs on into the first, as the gradient repeats (the arrays are not kept).
     */
    static Gradient cyclic(double[] at, int[][] colors) {
        int n = at.length;
        // The colour where the cycle passes 0: on the way from the last stop (one turn back) to the first.
        int[] wrap = colors[0];
        if (at[0] > 0.0) {
            double f = (1.0 - at[n - 1]) / (at[0] + 1.0 - at[n - 1]);
            wrap = new int[3];
            for (int c = 0; c < 3; c++) {
                wrap[c] = mix(colors[n - 1][c], colors[0][c], f);
            }
        }
        int first = at[0] > 0.0 ? 1 : 0;
        int last = at[n - 1] < 1.0 ? 1 : 0;
        double[] stops = new double[first + n + last];
        int[][] closed = new int[stops.length][];
        if (first == 1) {
            stops[0] = 0.0;
            closed[0] = wrap;
        }
        for (int i = 0; i < n; i++) {
            stops[first + i] = at[i];
            closed[first + i] = new int[] {colors[i][0], colors[i][1], colors[i][2]};
        }
        if (last == 1) {
            stops[stops.length - 1] = 1.0;
            closed[stops.length - 1] = wrap;
        }
        return new Gradient(stops, closed);
    }

    /** The colour at {@code position}, taken modulo 1. */
    int color(double position) {
        position -= whole(position);
        int stop = 1;
        while (position > stops[stop]) {
            stop++;
        }
        double f = (position - stops[stop - 1]) / (stops[stop] - stops[stop - 1]);
        int[] from = colors[stop - 1];
        int[] to = colors[stop];
        return Rgba.pack(mix(from[0], to[0], f), mix(from[1], to[1], f), mix(from[2], to[2], f), 255);
    }

    /**
     * ⌊x⌋ for |x| below 2^52 (what a palette's positions are), from a truncation: Math.floor is a
     * call out of the module in TeaVM's WebAssembly, once per pixel here.
     */
    private static double whole(double x) {
        double truncated = (long) x;
        return truncated > x ? truncated - 1.0 : truncated;
    }

    private static int mix(int from, int to, double f) {
        return Rgba.saturatingByte(from + (to - from) * f + 0.5);
    }
}
