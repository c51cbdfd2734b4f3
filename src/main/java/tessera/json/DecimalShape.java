package tessera.json;

/**
 * What a decimal's text says before any arithmetic: whether it is one ({@code [+-] digits [. digits]
 * [e [+-] digits]}, a digit before or after the point), whether it is zero, and the power of ten
 * of its leading digit. Big-number arithmetic on a text such as {@code 1e-999999999} takes minutes
 * and gigabytes, or fails; its size is told from the text alone, in time linear in its length.
 */
public final class DecimalShape {
    /** The size of a leading digit past which a number is refused (see {@link #leadExponent}): far beyond any view's need. */
    public static final int MAX_EXPONENT = 100_000;

    public final boolean valid;
    public final boolean zero;
    /**
     * The power of ten of the leading non-zero digit: 0 for 5.2, −3 for 0.0012, 300 for 1e300;
     * saturated at ±(2·MAX_EXPONENT) for exponents of any length. 0 for zero.
     */
    public final long leadExponent;

    private DecimalShape(boolean valid, boolean zero, long leadExponent) {
        this.valid = valid;
        this.zero = zero;
        this.leadExponent = leadExponent;
    }

    public static DecimalShape of(String text) {
        int at = 0;
        int n = text.length();
        if (at < n && (text.charAt(at) == '+' || text.charAt(at) == '-')) {
            at++;
        }
        int digits = 0;
        // The position of the first non-zero digit, counted from the decimal point (1 for the units).
        long firstNonZero = Long.MIN_VALUE;
        int wholeDigits = 0;
        while (at < n && isDigit(text.charAt(at))) {
            if (firstNonZero == Long.MIN_VALUE && text.charAt(at) != '0') {
                firstNonZero = wholeDigits;
            }
            at++;
            digits++;
            wholeDigits++;
        }
        int fractionDigits = 0;
        if (at < n && text.charAt(at) == '.') {
            at++;
            while (at < n && isDigit(text.charAt(at))) {
                fractionDigits++;
                if (firstNonZero == Long.MIN_VALUE && text.charAt(at) != '0') {
                    firstNonZero = wholeDigits + fractionDigits - 1;
                }
                at++;
                digits++;
            }
        }
        if (digits == 0) {
            return invalid();
        }
        long exponent = 0;
        if (at < n && (text.charAt(at) == 'e' || text.charAt(at) == 'E')) {
            at++;
            boolean negative = false;
            if (at < n && (text.charAt(at) == '+' || text.charAt(at) == '-')) {
                negative = text.charAt(at) == '-';
                at++;
            }
            int exponentDigits = 0;
            while (at < n && isDigit(text.charAt(at))) {
                exponent = Math.min(exponent * 10 + (text.charAt(at) - '0'), 4L * MAX_EXPONENT);
                at++;
                exponentDigits++;
            }
            if (exponentDigits == 0) {
                return invalid();
            }
            exponent = negative ? -exponent : exponent;
        }
        if (at != n) {
            return invalid();
        }
        if (firstNonZero == Long.MIN_VALUE) {
            return new DecimalShape(true, true, 0);
        }
        long lead = wholeDigits - 1 - firstNonZero + exponent;
        return new DecimalShape(true, false, Math.max(-2L * MAX_EXPONENT, Math.min(2L * MAX_EXPONENT, lead)));
    }

    /** Whether the number is zero or its leading digit lies within 10^±{@link #MAX_EXPONENT}. */
    public boolean withinRange() {
        return zero || Math.abs(leadExponent) <= MAX_EXPONENT;
    }

    private static DecimalShape invalid() {
        return new DecimalShape(false, false, 0);
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
