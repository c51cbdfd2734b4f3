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
 * the table at 2.5 doubles per reference iteration. Radii only shrink as steps merge, so a pixel
 * climbs the levels from the shortest and takes the longest step its |z| allows.
 */
final class BilinearTable {
    /** log2 of the shortest step kept. */
    static final int SHORTEST = 2;
    /** Doubles an entry takes: A (re, im), B (re, im), R. */
    static final int STRIDE = 5;
    /** The relative size of the part the approximation drops: well below the error the rest accumulates in single precision, far below what shows. */
    private static final double EPSILON = 0x1p-24;

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
        for (int level = 2; count >= 2; level++) {
            count /= 2;
            double[] merged = new double[count * STRIDE];
            for (int i = 0; i < count; i++) {
                merge(lower, 2 * i * STRIDE, lower, (2 * i + 1) * STRIDE, merged, i * STRIDE, largestC);
            }
            if (level >= SHORTEST) {
                built[kept++] = merged;
            }
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
        if (!(radius > 0.0) || !finite(out, oi)) {
            radius = 0.0;
        }
        out[oi + 4] = Math.min(x[xi + 4], radius);
    }

    private static boolean finite(double[] entry, int at) {
        for (int i = at; i < at + 4; i++) {
            if (!(Math.abs(entry[i]) <= Double.MAX_VALUE)) {
                return false;
            }
        }
        return true;
    }
}
