package tessera.mandelbrot;

import java.math.BigInteger;
import java.util.Arrays;
import tessera.escapetime.PowerOfTwo;

/**
 * Where a reference orbit passes so near the bailout circle |Z| = 2 that Z's double cannot say on
 * which side a pixel's z = Z + dz lies: there the exact margin μ = |Z|² − 4, taken from the
 * full-precision orbit, decides, as the sign of μ + 2·Re(conj(Z)·dz) + |dz|².
 *
 * <p>This is not rare at all at the tip of the antenna: for C near −2 the orbit 0 → C → C² + C …
 * lingers next to the repelling fixed point 2 of c = −2, its distance from it growing fourfold an
 * iteration. There Z's double is exactly −2 or 2, whose |Z|² is 4, while the true |Z|² is just
 * below 4, and a test of the rounded value had every pixel escape at iteration 1. (For c in the set
 * away from −2 no orbit comes near the circle: its filled Julia set lies within
 * |z| ≤ ½ + √(¼ + |c|) &lt; 2.)
 *
 * <p>Margins are kept as a double mantissa and a binary exponent, since past zoom 10³⁰⁰ they are
 * below a double's range.
 */
final class BailoutMargins {
    /** Z's double with |Z|² within this of 4 is near the circle: its index gets its exact margin, and no bilinear step spans it. */
    private static final double NEAR = 0x1p-30;
    /** A pixel's |z|² computed in doubles within 2^-40 of 4 (far more than the few units in the last place it may be off) may be on either side. */
    static final double UNSURE_FROM = 4.0 - 0x1p-40;
    private static final double UNSURE_TO = 4.0 + 0x1p-40;

    private int[] indices = new int[4];
    private double[] mantissas = new double[4];
    private int[] exponents = new int[4];
    private int count;

    /** Whether a reference value's double lies near the circle, on either side. */
    static boolean isNear(double zx, double zy) {
        return Math.abs(zx * zx + zy * zy - 4.0) < NEAR;
    }

    /**
     * Keeps the exact margin of reference index m (indices come in increasing order), given as the
     * integer {@code scaled} counting units of 2^-fractionBits.
     */
    void add(int m, BigInteger scaled, int fractionBits) {
        if (count == indices.length) {
            indices = Arrays.copyOf(indices, 2 * count);
            mantissas = Arrays.copyOf(mantissas, 2 * count);
            exponents = Arrays.copyOf(exponents, 2 * count);
        }
        indices[count] = m;
        // The leading 53 bits, cut (not rounded): only μ's sign and size matter here, and the cut is the same everywhere.
        mantissas[count] = ExtendedValues.mantissaOf(scaled);
        exponents[count] = scaled.signum() == 0 ? PowerOfTwo.OF_ZERO : ExtendedValues.exponentOf(scaled, fractionBits);
        count++;
    }

    /**
     * Whether z = Z_m + dz, dz a double, escapes: |z|² (computed in doubles as {@code size}) ≥ 4.
     * Where size is within rounding of 4 and Z_m is near the circle, by the exact margin.
     */
    boolean escapes(int m, double size, double zx, double zy, double dx, double dy) {
        if (size >= UNSURE_TO) {
            return true;
        }
        int i = find(m);
        if (i < 0) {
            return size >= 4.0;
        }
        return atLeastZero(i, 2.0 * (zx * dx + zy * dy), 0, dx * dx + dy * dy, 0);
    }

    /** As {@link #escapes} for a scaled dz = s·2^e, whose |dz| is far below the distance of any index not kept here from the circle. */
    boolean escapesScaled(int m, double zx, double zy, double sx, double sy, int e) {
        int i = find(m);
        if (i < 0) {
            return zx * zx + zy * zy >= 4.0;
        }
        return atLeastZero(i, 2.0 * (zx * sx + zy * sy), e, sx * sx + sy * sy, 2 * e);
    }

    /** Whether margin i + linear·2^linearExponent + square·2^squareExponent ≥ 0, each term at its own exponent. */
    private boolean atLeastZero(int i, double linear, int linearExponent, double square, int squareExponent) {
        int marginExponent = exponents[i];
        int linearTop = linear == 0.0 ? PowerOfTwo.OF_ZERO : linearExponent + PowerOfTwo.exponent(Math.abs(linear));
        int squareTop = square == 0.0 ? PowerOfTwo.OF_ZERO : squareExponent + PowerOfTwo.exponent(square);
        int top = Math.max(marginExponent, Math.max(linearTop, squareTop));
        if (top < PowerOfTwo.OF_ZERO / 2) {
            return true;
        }
        double sum = PowerOfTwo.term(mantissas[i], marginExponent - top) + PowerOfTwo.term(linear, linearExponent - top)
                + PowerOfTwo.term(square, squareExponent - top);
        return sum >= 0.0;
    }

    /** Where index m is kept, or −1. */
    private int find(int m) {
        int found = Arrays.binarySearch(indices, 0, count, m);
        return found >= 0 ? found : -1;
    }

    /** How many doubles {@link #write} takes. */
    int arrayLength() {
        return 1 + 3 * count;
    }

    /** The margins as doubles from {@code at}: their count, then index, mantissa and exponent of each. */
    void write(double[] array, int at) {
        array[at] = count;
        for (int i = 0; i < count; i++) {
            array[at + 1 + 3 * i] = indices[i];
            array[at + 2 + 3 * i] = mantissas[i];
            array[at + 3 + 3 * i] = exponents[i];
        }
    }

    /** The margins {@link #write} wrote from {@code at}, or null where the array holds none. */
    static BailoutMargins read(double[] array, int at) {
        int count = array.length > at ? (int) array[at] : -1;
        if (count < 0 || array.length < at + 1 + 3 * count) {
            return null;
        }
        BailoutMargins margins = new BailoutMargins();
        margins.indices = new int[Math.max(1, count)];
        margins.mantissas = new double[margins.indices.length];
        margins.exponents = new int[margins.indices.length];
        for (int i = 0; i < count; i++) {
            margins.indices[i] = (int) array[at + 1 + 3 * i];
            margins.mantissas[i] = array[at + 2 + 3 * i];
            margins.exponents[i] = (int) array[at + 3 + 3 * i];
        }
        margins.count = count;
        return margins;
    }
}
