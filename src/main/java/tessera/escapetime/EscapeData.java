package tessera.escapetime;

/**
 * What the iterating pass of an escape-time fractal writes per pixel, and all its colouring needs:
 * the escape count n in the top 24 bits (maxIter for a point that never escaped; counts up to
 * 16,777,215 fit) and, in the low 8, the continuous escape count ν = n + 3 − log2(ln|z|), with z
 * taken three iterations past escape so the bands vanish, as q = (ν − n + 1)·64 rounded. For c
 * within 50 of 0, ν − n lies between 0.5 and 1.6, so q never clamps; its step, 1/64 of an
 * iteration, is finer than any gradient shows. The encoding has one owner: this class.
 */
public final class EscapeData {
    private static final int EXTRA_ITERATIONS = 3;
    private static final double LN2 = 0.6931471805599453;
    private static final double STEPS_PER_ITERATION = 64.0;

    private EscapeData() {
    }

    /** A point that escaped after {@code n} iterations with z = (zx, zy), its constant being c = (cx, cy). */
    public static int escaped(int n, double zx, double zy, double cx, double cy) {
        for (int i = 0; i < EXTRA_ITERATIONS; i++) {
            double next = zx * zx - zy * zy + cx;
            zy = 2.0 * zx * zy + cy;
            zx = next;
        }
        double modulusSquared = zx * zx + zy * zy;
        double logModulus = 0.5 * ExactLog.log2(modulusSquared) * LN2;
        return of(n, n + EXTRA_ITERATIONS + 1 - ExactLog.log2(logModulus));
    }

    /** A point that never escaped. */
    public static int inside(int maxIter) {
        return maxIter << 8;
    }

    /** The data of escape count {@code n} with continuous count {@code nu}. */
    public static int of(int n, double nu) {
        // Rounded by truncating what the clamps leave, which is ≥ 0 (NaN truncates to 0): Math.floor
        // is a call out of the module in TeaVM's WebAssembly, once per pixel.
        double steps = (nu - n + 1.0) * STEPS_PER_ITERATION + 0.5;
        int q = steps < 0.0 ? 0 : steps > 255.0 ? 255 : (int) steps;
        return n << 8 | q;
    }

    /** The escape count: maxIter for a point that never escaped. */
    public static int iterations(int data) {
        return data >>> 8;
    }

    /** The continuous escape count ν. */
    public static double nu(int data) {
        return (data >>> 8) - 1.0 + (data & 0xff) / STEPS_PER_ITERATION;
    }
}
