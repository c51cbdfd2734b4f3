package tessera.mandelbrot;

/**
 * Base-2 logarithm from additions, multiplications and one division only. {@code Math.log} may
 * differ in the last bit between HotSpot and the browser's engine; this gives the same double
 * everywhere, so smooth colouring hashes equal in the JVM and in WebAssembly.
 */
final class ExactLog {
    private static final double SQRT2 = 1.4142135623730951;
    private static final double LN2 = 0.6931471805599453;

    private ExactLog() {
    }

    /** log2(x) for a positive normal double, accurate to about 1e-12. */
    static double log2(double x) {
        long bits = Double.doubleToRawLongBits(x);
        int exponent = (int) ((bits >>> 52) & 0x7ff) - 1023;
        double mantissa = Double.longBitsToDouble((bits & 0x000fffffffffffffL) | 0x3ff0000000000000L);
        if (mantissa > SQRT2) {
            mantissa *= 0.5;
            exponent++;
        }
        // ln(m) = 2 atanh(s) with s = (m − 1)/(m + 1), |s| < 0.172, so seven terms reach 1e-12.
        double s = (mantissa - 1.0) / (mantissa + 1.0);
        double s2 = s * s;
        double series = 1.0 + s2 * (1.0 / 3 + s2 * (1.0 / 5 + s2 * (1.0 / 7 + s2 * (1.0 / 9
                + s2 * (1.0 / 11 + s2 * (1.0 / 13))))));
        return exponent + 2.0 * s * series / LN2;
    }
}
