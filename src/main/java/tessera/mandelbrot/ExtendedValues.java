package tessera.mandelbrot;

import java.math.BigInteger;

/**
 * One quantity of a reference orbit at every iteration, kept past a double's range: a mantissa
 * (its leading 53 bits, cut, with |mantissa| in [1, 2), or 0) and a binary exponent each. Beside
 * a pixel's difference of 10⁻³⁰⁰⁰, a reference value of 10⁻⁴⁰⁰ is far from 0, and on one side of
 * it: as a double it would be 0, and on neither.
 */
final class ExtendedValues {
    final double[] mantissa;
    final int[] exponent;

    ExtendedValues(int length) {
        this.mantissa = new double[length];
        this.exponent = new int[length];
    }

    /** Sets value i to {@code fixed}, an integer counting units of 2^-fractionBits. */
    void set(int i, BigInteger fixed, int fractionBits) {
        mantissa[i] = mantissaOf(fixed);
        exponent[i] = fixed.signum() == 0 ? 0 : exponentOf(fixed, fractionBits);
    }

    /** The leading 53 bits of {@code fixed}, cut (not rounded), as a double with |value| in [1, 2); 0 for 0. */
    static double mantissaOf(BigInteger fixed) {
        int sign = fixed.signum();
        if (sign == 0) {
            return 0.0;
        }
        BigInteger magnitude = fixed.abs();
        int length = magnitude.bitLength();
        long top = length > 53 ? magnitude.shiftRight(length - 53).longValue() : magnitude.longValue() << (53 - length);
        return sign * (double) top * 0x1p-52;
    }

    /** The binary exponent of the nonzero value {@code fixed} counts in units of 2^-fractionBits. */
    static int exponentOf(BigInteger fixed, int fractionBits) {
        return fixed.abs().bitLength() - 1 - fractionBits;
    }

    /** The first {@code length} values, and room for more up to {@code length} if it is more than there are. */
    ExtendedValues resized(int length) {
        ExtendedValues values = new ExtendedValues(length);
        System.arraycopy(mantissa, 0, values.mantissa, 0, Math.min(length, mantissa.length));
        System.arraycopy(exponent, 0, values.exponent, 0, Math.min(length, mantissa.length));
        return values;
    }

    /** Writes the values from {@code at}: the mantissas, then the exponents. */
    void write(double[] array, int at) {
        int length = mantissa.length;
        System.arraycopy(mantissa, 0, array, at, length);
        for (int i = 0; i < length; i++) {
            array[at + length + i] = exponent[i];
        }
    }

    /** The {@code length} values {@link #write} wrote from {@code at}. */
    static ExtendedValues read(double[] array, int at, int length) {
        ExtendedValues values = new ExtendedValues(length);
        System.arraycopy(array, at, values.mantissa, 0, length);
        for (int i = 0; i < length; i++) {
            values.exponent[i] = (int) array[at + length + i];
        }
        return values;
    }
}
