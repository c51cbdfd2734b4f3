package tessera.escapetime;

/**
 * Exact scaling of doubles by powers of two, and their binary exponents: the arithmetic of values
 * kept as a double mantissa with a separate exponent, past the double's own range. Built from bit
 * patterns and multiplications only, so every platform gives the same double.
 */
public final class PowerOfTwo {
    // Literals, not of(STEP): a class with a static initializer has every static call to it guarded
    // by an initialisation check in TeaVM's WebAssembly, and these methods are in the deep loops.
    private static final int STEP = 1000;
    /** The exponent of 0: below any sum of exponents that can occur, and safe to add to them. */
    public static final int OF_ZERO = Integer.MIN_VALUE / 8;
    private static final double UP = 0x1p1000;
    private static final double DOWN = 0x1p-1000;

    private PowerOfTwo() {
    }

    /** 2^k for −1022 ≤ k ≤ 1023. */
    public static double of(int k) {
        return Double.longBitsToDouble((long) (k + 1023) << 52);
    }

    /** v · 2^k, exact while the result is a normal double; 0 or infinity beyond its range. */
    public static double scale(double v, int k) {
        // The common case alone, small enough for a WebAssembly engine to inline where it is used.
        return k >= -STEP && k <= STEP ? v * of(k) : scaleFar(v, k);
    }

    private static double scaleFar(double v, int k) {
        if (v == 0.0) {
            return v;
        }
        while (k > STEP) {
            v *= UP;
            k -= STEP;
        }
        while (k < -STEP) {
            v *= DOWN;
            if (v == 0.0) {
                return v;
            }
            k += STEP;
        }
        return v * of(k);
    }

    /**
     * v · 2^k as a term of a sum whose largest term is near 1: 0 where that is below 2^-1000, which
     * is nothing beside the sum, rather than a subnormal, which takes a hundred cycles to compute with.
     */
    public static double term(double v, int k) {
        return k < -1000 ? 0.0 : scale(v, k);
    }

    /** The binary exponent of a positive finite double: ⌊log2 v⌋ for normal values; smaller ones count as 2^-1023. */
    public static int exponent(double v) {
        return (int) ((Double.doubleToRawLongBits(v) >>> 52) & 0x7ff) - 1023;
    }
}
