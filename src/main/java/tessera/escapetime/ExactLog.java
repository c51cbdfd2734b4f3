package tessera.escapetime;

/**
 * Base-2 logarithm from additions, multiplications and divisions only. {@code Math.log} may differ
 * in the last bit between HotSpot and the browser's engine; this gives the same double everywhere,
 * so the continuous escape count ({@link EscapeData}) is the same in the JVM and in WebAssembly.
 * It is read from a table of the logarithm at 256 points of the mantissa's range, linearly
 * between them: within 3·10⁻⁶ of log2(x), ample for escape data kept in 64ths of an iteration,
 * and a few operations where the series it is built from takes a division and seven terms.
 */
final class ExactLog {
    private static final double SQRT2 = 1.4142135623730951;
    private static final double LN2 = 0.6931471805599453;
    private static final int STEPS = 256;
    /** log2(1 + i/256) for i = 0 … 256. */
    private static final double[] TABLE = new double[STEPS + 1];

    static {
        for (int i = 0; i <= STEPS; i++) {
            TABLE[i] = series(1.0 + (double) i / STEPS);
        }
    }

    private ExactLog() {
    }

    /** log2(x) for a positive normal double, within 3·10⁻⁶. */
    static double log2(double x) {
        long bits = Double.doubleToRawLongBits(x);
        int exponent = (int) ((bits >>> 52) & 0x7ff) - 1023;
        double mantissa = Double.longBitsToDouble((bits & 0x000fffffffffffffL) | 0x3ff0000000000000L);
        double at = (mantissa - 1.0) * STEPS;
        int i = (int) at;
        return exponent + TABLE[i] + (at - i) * (TABLE[i + 1] - TABLE[i]);
    }

    /** log2(m) for m in [1, 2], to about 10⁻¹²: ln(m) = 2 atanh(s) with s = (m − 1)/(m + 1) after halving m past √2. */
    static double series(double mantissa) {
        int exponent = 0;
        if (mantissa > SQRT2) {
            mantissa *= 0.5;
            exponent++;
        }
        double s = (mantissa - 1.0) / (mantissa + 1.0);
        double s2 = s * s;
        double sum = 1.0 + s2 * (1.0 / 3 + s2 * (1.0 / 5 + s2 * (1.0 / 7 + s2 * (1.0 / 9
                + s2 * (1.0 / 11 + s2 * (1.0 / 13))))));
        return exponent + 2.0 * s * sum / LN2;
    }
}
