package tessera.mandelbrot;

import tessera.escapetime.PowerOfTwo;
import tessera.render.PrepareProgress;

/**
 * Bilinear approximation (BLA) over a reference orbit: while a pixel's difference z from the
 * reference is small enough, l iterations from reference index m are one step
 * z ← A·z + B·c, where c is the pixel's difference from the reference's point. Entry (m, l) holds
 * A, B and the radius R below which |z| may take the step: a single iteration has A = 2Zₘ, B = 1,
 * R = ε·|A| (z² is then below ε of the term kept; less where Zₘ is near the bailout circle), and two consecutive steps x then y merge into
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
    /** Doubles an entry takes: A (re, im), B (re, im), R, and R² (compared with |z|² where R² would be a slow subnormal to compute). */
    static final int STRIDE = 6;
    /**
     * The part a step drops (z²) is below this share of what it keeps: a double's rounding, so that a
     * step is as exact as the iterations it skips. At 2⁻²⁴ steps were 1.3–1.6 times as fast, and the
     * oracle sweep found wrong counts wherever an orbit later magnifies errors (near −2, near the
     * boundary with long orbits): 28 well-conditioned pixels in 2,000 views, against none here.
     */
    private static final double EPSILON = 0x1p-53;
    private static final double COEFFICIENT_LIMIT = 0x1p800;
    /** Progress is reported every 2^16 entries of the first level, which is most of the work (seven of every eight steps made). */
    private static final int REPORT_EVERY_MASK = (1 << 16) - 1;

    /**
     * Every level's entries, one level after another: level k's entry for m = 1 + i·2^(k + SHORTEST)
     * starts at {@code (levelStart(k) + i) · STRIDE}. One flat array, so that a step reads it without
     * first fetching (and, in WebAssembly, type-checking) a level's own array.
     */
    final double[] entries;
    /** How many pairs of reference iterations the table covers: level k has pairs / 2^(k+1) entries. */
    private final int pairs;
    private final int levelCount;

    /** @param progress hears the first level's entries made, of all of them */
    BilinearTable(ReferenceOrbit reference, double largestC, PrepareProgress progress) {
        pairs = Math.max(0, reference.length - 2) / 2;
        // Level 1 (pairs of single steps) is not kept: SHORTEST is 2.
        int kept = 0;
        while (levelSize(kept) >= 1) {
            kept++;
        }
        levelCount = kept;
        entries = new double[levelStart(kept) * STRIDE];
        double[] singles = new double[2 * STRIDE];
        double[] pairSteps = new double[2 * STRIDE];
        for (int i = 0; i < levelSize(0); i++) {
            if ((i & REPORT_EVERY_MASK) == 0) {
                progress.report("approximation table", "steps", i, levelSize(0));
            }
            for (int half = 0; half < 2; half++) {
                int m = 1 + 4 * i + 2 * half;
                single(reference, m, singles, 0);
                single(reference, m + 1, singles, STRIDE);
                merge(singles, 0, singles, STRIDE, pairSteps, half * STRIDE, largestC);
            }
            merge(pairSteps, 0, pairSteps, STRIDE, entries, i * STRIDE, largestC);
        }
        for (int k = 1; k < kept; k++) {
            int below = levelStart(k - 1) * STRIDE;
            int at = levelStart(k) * STRIDE;
            for (int i = 0; i < levelSize(k); i++) {
                merge(entries, below + 2 * i * STRIDE, entries, below + (2 * i + 1) * STRIDE, entries, at + i * STRIDE, largestC);
            }
        }
    }

    /** How many entries level k has. */
    private int levelSize(int k) {
        return pairs >> (k + 1);
    }

    /**
     * How many entries the levels below k have: pairs/2 + pairs/4 + … + pairs/2^k, rounded down
     * each, which is P − popcount(P) − (Q − popcount(Q)) for P = pairs and Q = P/2^k (the sum of
     * ⌊P/2^i⌋ over all i ≥ 1 is P − popcount(P)). Arithmetic rather than a table of offsets, so
     * that a lookup reads no array but the entries.
     */
    private int levelStart(int k) {
        int q = pairs >> k;
        return pairs - Integer.bitCount(pairs) - q + Integer.bitCount(q);
    }

    /**
     * The step of one iteration from reference index m. Its radius also keeps z = Zₘ + z' inside the
     * bailout circle (|z'| below half of 2 − |Zₘ|), so that no step passes over an iteration at which
     * the pixel could escape; where Zₘ is near the circle or outside it no step starts at all.
     */
    private static void single(ReferenceOrbit reference, int m, double[] out, int at) {
        double zx = reference.x[m];
        double zy = reference.y[m];
        double ax = 2.0 * zx;
        double ay = 2.0 * zy;
        out[at] = ax;
        out[at + 1] = ay;
        out[at + 2] = 1.0;
        out[at + 3] = 0.0;
        double radius = EPSILON * Math.sqrt(ax * ax + ay * ay);
        double inside = 0.5 * (2.0 - Math.sqrt(zx * zx + zy * zy));
        out[at + 4] = BailoutMargins.isNear(zx, zy) || !(inside > 0.0) ? 0.0 : Math.min(radius, inside);
        out[at + 5] = out[at + 4] * out[at + 4];
    }

    /**
     * The level of the longest step that may start at reference index m for a double z with
     * |z|² = size2, or −1: steps start at m = 1 + i·2^k, take at most {@code remaining} iterations,
     * and need |z| below their radius. Radii only shrink from level to level, so bisection finds it.
     *
     * <p>This and {@link #longestScaledStep} are the same search with another radius test, kept
     * apart so that a WebAssembly engine compiles each when its kind of view makes it hot, with its
     * helpers inlined (compiled once for both, the scaled test kept its calls after a view that
     * never used it).
     */
    int longestStep(int m, double size2, int remaining) {
        int from = m - 1;
        int highest = highestLevel(from, remaining);
        if (highest < 0 || !allows(0, from, size2)) {
            return -1;
        }
        int low = 0;
        while (low < highest) {
            int middle = (low + highest + 1) >>> 1;
            if (allows(middle, from, size2)) {
                low = middle;
            } else {
                highest = middle - 1;
            }
        }
        return low;
    }

    /** As {@link #longestStep}, for a scaled z with |z|² = size2 · 2^(2·exponent), size2 within 2^±400. */
    int longestScaledStep(int m, double size2, int exponent, int remaining) {
        int from = m - 1;
        int highest = highestLevel(from, remaining);
        if (highest < 0 || !allowsScaled(0, from, size2, exponent)) {
            return -1;
        }
        int low = 0;
        while (low < highest) {
            int middle = (low + highest + 1) >>> 1;
            if (allowsScaled(middle, from, size2, exponent)) {
                low = middle;
            } else {
                highest = middle - 1;
            }
        }
        return low;
    }

    /** The highest level a step from reference index from + 1 may have at all, or −1. */
    private int highestLevel(int from, int remaining) {
        return Math.min(levelCount - 1, Math.min(Integer.numberOfTrailingZeros(from | (1 << 30)),
                31 - Integer.numberOfLeadingZeros(remaining)) - SHORTEST);
    }

    /** Whether level k has a step from reference index from + 1 and a double |z| (|z|² = size2) is below its radius. */
    private boolean allows(int k, int from, double size2) {
        int i = from >> (k + SHORTEST);
        return i < levelSize(k) && size2 < entries[(levelStart(k) + i) * STRIDE + 5];
    }

    /** As {@link #allows} for a scaled z: the exponents decide but for near ties. */
    private boolean allowsScaled(int k, int from, double size2, int exponent) {
        int i = from >> (k + SHORTEST);
        if (i >= levelSize(k)) {
            return false;
        }
        double radius = entries[(levelStart(k) + i) * STRIDE + 4];
        if (radius == 0.0) {
            return false;
        }
        int radiusExponent = PowerOfTwo.exponent(radius);
        int apart = radiusExponent - exponent;
        if (apart > 240 || apart < -240) {
            return apart > 240;
        }
        // R·2^-exponent in two exact products (R·2^-radiusExponent is in [1, 2), or below 1 for a subnormal R)
        radius = radius * PowerOfTwo.of(-radiusExponent) * PowerOfTwo.of(apart);
        return size2 < radius * radius;
    }

    /** Where the entry of level k for a step from m starts in {@link #entries}. */
    int entry(int k, int m) {
        return (levelStart(k) + ((m - 1) >> (k + SHORTEST))) * STRIDE;
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
