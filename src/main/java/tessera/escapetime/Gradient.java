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
