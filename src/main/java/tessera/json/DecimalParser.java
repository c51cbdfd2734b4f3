package tessera.json;

import java.math.BigInteger;

/**
 * Turns a JSON number literal into the nearest double (ties to even), with integer arithmetic
 * only, so that the JVM and the browser's compiled Java read every literal to the same bits: the
 * browser's {@code Double.parseDouble} wraps huge exponents, reads 4.9e-324 as 0 and rounds many
 * halfway literals the other way.
 *
 * <p>Short literals take Clinger's fast path (at most 15 digits times an exact power of ten: one
 * correctly rounded operation); the rest are divided out exactly in big integers.
 */
public final class DecimalParser {
    /** Significant digits that can decide the rounding of a double; any after these only say "more". */
    private static final int MAX_DIGITS = 800;
    private static final double[] EXACT_POWERS = {
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16,
        1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
    };
    private static final long HIDDEN_BIT = 1L << 52;

    private DecimalParser() {
    }

    /** @param literal a JSON number: {@code -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?} */
    public static double parse(String literal) {
        boolean negative = literal.charAt(0) == '-';
        StringBuilder digits = new StringBuilder();
        boolean sticky = false;
        long exponent = 0;
        int i = negative ? 1 : 0;
        boolean fraction = false;
        for (; i < literal.length(); i++) {
            char c = literal.charAt(i);
            if (c == '.') {
                fraction = true;
                continue;
            }
            if (c == 'e' || c == 'E') {
                break;
            }
            if (fraction) {
                exponent--;
            }
            if (digits.length() == 0 && c == '0') {
                continue;
            }
            if (digits.length() < MAX_DIGITS) {
                digits.append(c);
            } else {
                exponent++;
                sticky |= c != '0';
            }
        }
        if (i < literal.length()) {
            exponent += exponentPart(literal, i + 1);
        }
        if (sticky) {
            // Digits beyond the ones kept were not all zero: a 1 right after them keeps the value strictly above them.
            digits.append('1');
            exponent--;
        }
        int end = digits.length();
        while (end > 0 && digits.charAt(end - 1) == '0') {
            end--;
            exponent++;
        }
        digits.setLength(end);
        double magnitude = digits.length() == 0 ? 0.0 : magnitude(digits.toString(), exponent);
        return negative ? -magnitude : magnitude;
    }

    /**
     * significand × 10^exponent for a significand of at most 15 digits and |exponent| ≤ 22: both are
     * exact doubles, so one correctly rounded multiplication or division gives the nearest double.
     */
    public static double fastPath(long significand, int exponent) {
        double exact = significand;
        return exponent >= 0 ? exact * EXACT_POWERS[exponent] : exact / EXACT_POWERS[-exponent];
    }

    /** The exponent after 'e', saturated far beyond any double so that no digit count can wrap it. */
    private static long exponentPart(String literal, int from) {
        boolean negative = literal.charAt(from) == '-';
        int i = literal.charAt(from) == '-' || literal.charAt(from) == '+' ? from + 1 : from;
        long value = 0;
        for (; i < literal.length(); i++) {
            value = Math.min(1_000_000_000L, value * 10 + (literal.charAt(i) - '0'));
        }
        return negative ? -value : value;
    }

    /** The double nearest to digits × 10^exponent, digits having no leading or trailing zeros. */
    private static double magnitude(String digits, long exponent) {
        long decimalPoint = digits.length() + exponent;
        if (decimalPoint > 310) {
            return Double.POSITIVE_INFINITY;
        }
        if (decimalPoint < -324) {
            return 0.0;
        }
        if (digits.length() <= 15 && Math.abs(exponent) <= 22) {
            return fastPath(Long.parseLong(digits), (int) exponent);
        }
        BigInteger numerator = new BigInteger(digits);
        BigInteger denominator = BigInteger.ONE;
        if (exponent >= 0) {
            numerator = numerator.multiply(BigInteger.TEN.pow((int) exponent));
        } else {
            denominator = BigInteger.TEN.pow((int) -exponent);
        }
        return nearest(numerator, denominator);
    }

    /** The double nearest to numerator / denominator (both positive), ties to even. */
    private static double nearest(BigInteger numerator, BigInteger denominator) {
        // The binary exponent p with 2^p ≤ x < 2^(p+1).
        int p = numerator.bitLength() - denominator.bitLength();
        if (compareWithPowerOfTwo(numerator, denominator, p) < 0) {
            p--;
        }
        if (p > 1023) {
            return Double.POSITIVE_INFINITY;
        }
        // The value of the last place kept: 53 bits for normal numbers, fixed at 2^-1074 for subnormal ones.
        int unit = Math.max(p - 52, -1074);
        BigInteger scaledNumerator = unit < 0 ? numerator.shiftLeft(-unit) : numerator;
        BigInteger scaledDenominator = unit > 0 ? denominator.shiftLeft(unit) : denominator;
        BigInteger[] division = scaledNumerator.divideAndRemainder(scaledDenominator);
        long mantissa = division[0].longValue();
        int half = division[1].shiftLeft(1).compareTo(scaledDenominator);
        if (half > 0 || (half == 0 && (mantissa & 1) == 1)) {
            mantissa++;
        }
        if (unit == -1074) {
            // Subnormal (or, rounded up to 2^52, the smallest normal number): the bits are the mantissa itself.
            return Double.longBitsToDouble(mantissa);
        }
        if (mantissa == HIDDEN_BIT << 1) {
            mantissa = HIDDEN_BIT;
            unit++;
        }
        long biased = unit + 52 + 1023;
        if (biased >= 2047) {
            return Double.POSITIVE_INFINITY;
        }
        return Double.longBitsToDouble(biased << 52 | (mantissa - HIDDEN_BIT));
    }

    /** The sign of numerator / denominator − 2^p. */
    private static int compareWithPowerOfTwo(BigInteger numerator, BigInteger denominator, int p) {
        return p >= 0 ? numerator.compareTo(denominator.shiftLeft(p)) : numerator.shiftLeft(-p).compareTo(denominator);
    }
}
