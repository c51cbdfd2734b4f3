package tessera.mandelbrot;

import java.util.Arrays;

/**
 * Bilinear approximation (BLA) over a reference orbit: while a pixel's difference z from the
 * reference is small enough, l iterations from reference index m are one step
 * z ← A·z + B·c, where c is the pixel's difference from the reference's point. Entry (m, l) holds
 * A, B and the radius R below which |z| may take the step: a single iteration has A = 2Zₘ, B = 1,
 * R = ε·|A| (z² is then below ε of the term kept), and two consecutive steps x then y merge into
 * A = A_y·A_x, B = A_y·B_x + B_y, R = min(R_x, (R_y − |B_x|·|c|) / |A_x|), |c| the largest in the view.
 *
 * <p>Level k holds the steps of 2^k iterations that start at m = 1 + i·2^k. Steps shorter than
 * 2^{@link #SHORTEST} iterations are not kept (iterating is as fast as applying them), which keeps
 * the table at 3 doubles per reference iteration. Radii only shrink as steps merge, so the longest
 * step a pixel's |z| allows is found by bisection over the levels.
 */
final class BilinearTable {
    /** log2 of the shortest step kept. */
    static final int SHORTEST = 2;
    /** Doubles an entry takes: A (re, im), B (re, im), R and R² (compared with |z|² where R² would be a slow subnormal to compute). */
    static final int STRIDE = 6;
    /** The part a step drops (z²) is below this share of what it keeps; the oracle tests hold the pictures it gives to theirs. */
    private static final double EPSILON = 0x1p-24;
    private static final double COEFFICIENT_LIMIT = 0x1p800;

    /** levels[k − SHORTEST][i · STRIDE …]: the entry for m = 1 + i·2^k. */
    final double[][] levels;

    BilinearTable(ReferenceOrbit reference, double largestC) {
        int count = Math.max(0, reference.length - 2) / 2;
        double[] lower = new double[count * STRIDE];
        double[] singles = new double[2 * STRIDE];
        for (int i = 0; i < count; i++) {
            single(reference, 1 + 2 * i, singles, 0);
            single(reference, 2 + 2 * i, singles, STRIDE);
            merge(singles, 0, singles, STRIDE, lower, i * STRIDE, largestC);
        }
        double[][] built = new double[32][];
        int kept = 0;
        // level 1 (pairs of single steps) is not kept: SHORTEST is 2
        while (count >= 2) {
            count /= 2;
            double[] merged = new double[count * STRIDE];
            for (int i = 0; i < count; i++) {
                merge(lower, 2 * i * STRIDE, lower, (2 * i + 1) * STRIDE, merged, i * STRIDE, largestC);
            }
            built[kept++] = merged;
            lower = merged;
        }
        this.levels = Arrays.copyOf(built, kept);
    }

    /** The step of one iteration from reference index m. */
    private static void single(ReferenceOrbit reference, int m, double[] out, int at) {
        double ax = 2.0 * reference.x[m];
        double ay = 2.0 * reference.y[m];
        out[at] = ax;
        out[at + 1] = ay;
        out[at + 2] = 1.0;
        out[at + 3] = 0.0;
        out[at + 4] = EPSILON * Math.sqrt(ax * ax + ay * ay);
        out[at + 5] = out[at + 4] * out[at + 4];
    }

    /**
     * The level of the longest step that may start at reference index m, or −1: steps start at
     * m = 1 + i·2^k, take at most {@code remaining} iterations, and need |z| below their radius,
     * where |z|² = size2 · 2^(2·exponent) (exponent 0 for a plain double z).
     */
    int longestStep(int m, double size2, int exponent, int remaining) {
        int from = m - 1;
        // The levels a step from m may have at all; the radius decides among them by bisection.
        int highest = Math.min(levels.length - 1, Math.min(Integer.numberOfTrailingZeros(from | (1 << 30)),
                31 - Integer.numberOfLeadingZeros(remaining)) - SHORTEST);
        if (highest < 0 || !allows(0, from, size2, exponent)) {
            return -1;
        }
        int low = 0;
        while (low < highest) {
            int middle = (low + highest + 1) >>> 1;
            if (allows(middle, from, size2, exponent)) {
                low = middle;
            } else {
                highest = middle - 1;
            }
        }
        return low;
    }

    /** Whether level k has a step from reference index from + 1 and |z| is below its radius. */
    private boolean allows(int k, int from, double size2, int exponent) {
        int index = (from >> (k + SHORTEST)) * STRIDE;
        if (index >= levels[k].length) {
            return false;
        }
        if (exponent == 0) {
            return size2 < levels[k][index + 5];
        }
        // A scaled z (|z|² = size2·2^(2·exponent), size2 within 2^±400) against R: the exponents decide but for near ties.
        double radius = levels[k][index + 4];
        if (radius == 0.0) {
            return false;
        }
        int apart = PowerOfTwo.exponent(radius) - exponent;
        if (apart > 240 || apart < -240) {
            return apart > 240;
        }
        radius = PowerOfTwo.scale(radius, -exponent);
        return size2 < radius * radius;
    }

    /** Where the entry of level k for a step from m starts in {@code levels[k]}. */
    static int entry(int k, int m) {
        return ((m - 1) >> (k + SHORTEST)) * STRIDE;
    }

    /** Entry x followed by entry y, written to out. */
    private static void merge(double[] x, int xi, double[] y, int yi, double[] out, int oi, double largestC) {
        double axr = x[xi];
        double axi = x[xi + 1];
        double bxr = x[xi + 2];
        double bxi = x[xi + 3];
        double ayr = y[yi];
        double ayi = y[yi + 1];
        double byr = y[yi + 2];
        double byi = y[yi + 3];
        out[oi] = ayr * axr - ayi * axi;
        out[oi + 1] = ayr * axi + ayi * axr;
        out[oi + 2] = ayr * bxr - ayi * bxi + byr;
        out[oi + 3] = ayr * bxi + ayi * bxr + byi;
        double sizeAx = Math.sqrt(axr * axr + axi * axi);
        double sizeBx = Math.sqrt(bxr * bxr + bxi * bxi);
        double radius = (y[yi + 4] - sizeBx * largestC) / sizeAx;
        // Overflowing coefficients give infinities, NaN or 0 here: such a step is never taken.
        if (!(radius > 0.0) || !inRange(out, oi)) {
            radius = 0.0;
        }
        out[oi + 4] = Math.min(x[xi + 4], radius);
        out[oi + 5] = out[oi + 4] * out[oi + 4];
    }

    /** Coefficients below 2^800, so that A·z and B·c stay doubles whatever the mantissas of a scaled z and c (below 2^200). */
    private static boolean inRange(double[] entry, int at) {
        for (int i = at; i < at + 4; i++) {
            if (!(Math.abs(entry[i]) <= COEFFICIENT_LIMIT)) {
                return false;
            }
        }
        return true;
    }
}
