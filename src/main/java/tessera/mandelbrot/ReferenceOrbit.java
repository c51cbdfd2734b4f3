package tessera.mandelbrot;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.Arrays;
import tessera.escapetime.Formula;
import tessera.escapetime.PowerOfTwo;
import tessera.render.PrepareProgress;

/**
 * The orbit Z₀ = 0, Zₙ₊₁ = Zₙ² + C of a view's centre, computed with as many bits as the view
 * needs and kept as doubles: every pixel's orbit is then followed as a small difference from it
 * (perturbation). It goes on past the bailout circle (a pixel that has not escaped yet may still
 * be following Z closely: at the tip of the antenna, Z leaves the circle by 10⁻⁶⁶ and lingers next
 * to it for a hundred iterations) and stops where |Z| > 4, where any pixel still inside the circle
 * is nearer 0 than Z and rebases; or at maxIter; or where Z comes back nearer 0
 * than the view's pixels are from each other at that iteration (|Zₙ| < |dZₙ/dC|·s, a nucleus
 * returning after its period): a pixel that reaches the end of the reference rebases onto its
 * start, exactly, so the orbit of a minibrot's nucleus is kept for one period, not for maxIter.
 *
 * <p>For another {@link Formula} the orbit is that formula's, and it ends only at |Z| > 4 or
 * maxIter (the nucleus's return above is the quadratic Mandelbrot set's). Where the formula folds
 * after its power (|Re| or |Im| of T(Z)^p), the values folded are kept too, rounded from the full
 * precision, so that a pixel's side of the fold is decided on exact values.
 *
 * <p>The high-precision values are fixed-point binary numbers, integers counting units of 2^-bits:
 * a product is rounded by a shift, where a decimal one needs a division by a power of ten, which
 * makes the orbit several times faster than with {@link BigDecimal} (BENCHMARKS.md).
 */
final class ReferenceOrbit {
    private static final int INITIAL_LENGTH = 4096;
    /** |Z|² past which no pixel follows Z: one inside the circle |z| = 2 is nearer 0 than Z there, and rebases. */
    private static final double FOLLOWED_BELOW = 16.0;
    /** Progress is reported every 2^this iterations: at 10¹⁰⁰⁰⁰ an iteration takes half a millisecond. */
    private static final int REPORT_EVERY_LOG2 = 8;
    final double[] x;
    final double[] y;
    /** How many values Z₀ … Zₗₑₙ₋₁ there are. */
    final int length;
    /** The exact |Z|² − 4 where Z's double is near the bailout circle. */
    final BailoutMargins margins;
    /** T(Zₙ)^p before the fold, where the formula folds after its power; else null. */
    final double[] foldedX;
    final double[] foldedY;
    /**
     * For any formula but z² + c: Zₙ's real and imaginary parts and, where it folds after its power,
     * T(Zₙ)^p's, past a double's range (index {@link #X}, {@link #Y}, {@link #FOLDED_X}, {@link #FOLDED_Y}),
     * for the folds of differences too small for a double; else null.
     */
    final ExtendedValues[] extended;
    static final int X = 0;
    static final int Y = 1;
    static final int FOLDED_X = 2;
    static final int FOLDED_Y = 3;

    ReferenceOrbit(DeepView view, int maxIter, PrepareProgress progress) {
        this(view, Formula.named(Formula.DEFAULT, 2), maxIter, progress);
    }

    ReferenceOrbit(DeepView view, Formula formula, int maxIter, PrepareProgress progress) {
        this(view.x, view.y, formula, maxIter, view.bits, view.spacingExponent + PowerOfTwo.exponent(view.spacingMantissa), progress);
    }

    /**
     * @param spacingExponent the binary exponent of the distance between neighbouring pixels
     * @param progress        hears the iterations done, of at most maxIter
     */
    ReferenceOrbit(BigDecimal cx, BigDecimal cy, Formula formula, int maxIter, int bits, int spacingExponent, PrepareProgress progress) {
        this(null, null, cx, cy, formula, maxIter, bits, spacingExponent, progress);
    }

    /**
     * The orbit Z₀ = (startX, startY), Zₙ₊₁ = f(Zₙ) + c of a Julia set's constant c: for the centre of
     * a deep view of it, or from 0 (the critical point, onto whose orbit its pixels rebase). It ends
     * only at |Z| > 4 or maxIter, and keeps its values past a double's range for every formula.
     */
    static ReferenceOrbit julia(BigDecimal startX, BigDecimal startY, BigDecimal cx, BigDecimal cy, Formula formula, int maxIter,
            int bits, PrepareProgress progress) {
        return new ReferenceOrbit(startX, startY, cx, cy, formula, maxIter, bits, 0, progress);
    }

    /** A Mandelbrot orbit where start is null, else a Julia orbit from start (see {@link #julia}). */
    private ReferenceOrbit(BigDecimal startX, BigDecimal startY, BigDecimal cx, BigDecimal cy, Formula formula, int maxIter, int bits,
            int spacingExponent, PrepareProgress progress) {
        boolean julia = startX != null;
        boolean quadratic = formula.isClassic();
        // Grown as the orbit goes: most end long before maxIter, which may be ten million.
        double[] xs = new double[Math.min(maxIter, INITIAL_LENGTH) + 1];
        double[] ys = new double[xs.length];
        double[] folded = formula.foldsAfterPower() ? new double[2 * xs.length] : null;
        BigInteger[] z = new BigInteger[2];
        BigInteger[] powered = folded == null ? null : new BigInteger[2];
        ExtendedValues[] extended = quadratic && !julia ? null : new ExtendedValues[folded == null ? 2 : 4];
        if (extended != null) {
            for (int i = 0; i < extended.length; i++) {
                extended[i] = new ExtendedValues(xs.length);
            }
        }
        // dZ/dC = dx·2^dExponent, with dZ₀/dC = 0 and dZₙ₊₁/dC = 2·Zₙ·dZₙ/dC + 1
        double dx = 0.0;
        double dy = 0.0;
        int dExponent = 0;
        BigInteger fixedCx = fixed(cx, bits);
        BigInteger fixedCy = fixed(cy, bits);
        BigInteger zx = julia ? fixed(startX, bits) : BigInteger.ZERO;
        BigInteger zy = julia ? fixed(startY, bits) : BigInteger.ZERO;
        BigInteger fourAtTwiceBits = BigInteger.valueOf(4).shiftLeft(2 * bits);
        BailoutMargins margins = new BailoutMargins();
        xs[0] = toDouble(zx, bits);
        ys[0] = toDouble(zy, bits);
        if (extended != null) {
            extended[X].set(0, zx, bits);
            extended[Y].set(0, zy, bits);
        }
        if (BailoutMargins.isNear(xs[0], ys[0])) {
            margins.add(0, zx.multiply(zx).add(zy.multiply(zy)).subtract(fourAtTwiceBits), 2 * bits);
        }
        // a Julia orbit may start where no pixel follows it: then it is Z₀ alone
        int steps = xs[0] * xs[0] + ys[0] * ys[0] > FOLLOWED_BELOW ? 0 : maxIter;
        int n = 0;
        while (n < steps) {
            if ((n & ((1 << REPORT_EVERY_LOG2) - 1)) == 0) {
                progress.report("reference orbit", "iterations", n, maxIter);
            }
            double twoZx = 2.0 * xs[n];
            double twoZy = 2.0 * ys[n];
            double nextDx = twoZx * dx - twoZy * dy + PowerOfTwo.scale(1.0, -dExponent);
            dy = twoZx * dy + twoZy * dx;
            dx = nextDx;
            int k = PowerOfTwo.exponent(Math.abs(dx) + Math.abs(dy));
            dx = PowerOfTwo.scale(dx, -k);
            dy = PowerOfTwo.scale(dy, -k);
            dExponent += k;
            if (quadratic) {
                BigInteger nextX = stepX(zx, zy, fixedCx, bits);
                zy = stepY(zx, zy, fixedCy, bits);
                zx = nextX;
            } else {
                z[0] = zx;
                z[1] = zy;
                formula.exactStep(z, fixedCx, fixedCy, bits, powered);
                if (folded != null) {
                    folded[2 * n] = toDouble(powered[0], bits);
                    folded[2 * n + 1] = toDouble(powered[1], bits);
                    extended[FOLDED_X].set(n, powered[0], bits);
                    extended[FOLDED_Y].set(n, powered[1], bits);
                }
                zx = z[0];
                zy = z[1];
            }
            n++;
            if (n == xs.length) {
                xs = Arrays.copyOf(xs, Math.min(maxIter + 1, 2 * xs.length));
                ys = Arrays.copyOf(ys, xs.length);
                folded = folded == null ? null : Arrays.copyOf(folded, 2 * xs.length);
                if (extended != null) {
                    for (int i = 0; i < extended.length; i++) {
                        extended[i] = extended[i].resized(xs.length);
                    }
                }
            }
            if (extended != null) {
                extended[X].set(n, zx, bits);
                extended[Y].set(n, zy, bits);
            }
            xs[n] = toDouble(zx, bits);
            ys[n] = toDouble(zy, bits);
            if (BailoutMargins.isNear(xs[n], ys[n])) {
                margins.add(n, zx.multiply(zx).add(zy.multiply(zy)).subtract(fourAtTwiceBits), 2 * bits);
            }
            if (xs[n] * xs[n] + ys[n] * ys[n] > FOLLOWED_BELOW) {
                break;
            }
            double size = Math.abs(xs[n]) + Math.abs(ys[n]);
            if (quadratic && !julia && (size == 0.0 || PowerOfTwo.exponent(size) < dExponent + spacingExponent)) {
                break;
            }
        }
        this.length = n + 1;
        this.x = xs;
        this.y = ys;
        this.margins = margins;
        if (folded != null) {
            // The last value's step is never taken: a pixel there rebases.
            foldedX = new double[length];
            foldedY = new double[length];
            for (int i = 0; i < n; i++) {
                foldedX[i] = folded[2 * i];
                foldedY[i] = folded[2 * i + 1];
            }
        } else {
            foldedX = null;
            foldedY = null;
        }
        if (extended != null) {
            for (int i = 0; i < extended.length; i++) {
                extended[i] = extended[i].resized(length);
            }
        }
        this.extended = extended;
    }

    private ReferenceOrbit(double[] x, double[] y, int length, BailoutMargins margins, double[] foldedX, double[] foldedY,
            ExtendedValues[] extended) {
        this.x = x;
        this.y = y;
        this.length = length;
        this.margins = margins;
        this.foldedX = foldedX;
        this.foldedY = foldedY;
        this.extended = extended;
    }

    /**
     * The orbit as doubles: its length, the real parts, the imaginary parts, the margins, then any
     * values folded, then any extended values (mantissas and exponents of each).
     */
    double[] toArray() {
        int folds = foldedX == null ? 0 : 2 * length;
        int extendedLength = extended == null ? 0 : 2 * length * extended.length;
        double[] array = new double[1 + 2 * length + margins.arrayLength() + folds + extendedLength];
        array[0] = length;
        System.arraycopy(x, 0, array, 1, length);
        System.arraycopy(y, 0, array, 1 + length, length);
        margins.write(array, 1 + 2 * length);
        if (foldedX != null) {
            int at = 1 + 2 * length + margins.arrayLength();
            System.arraycopy(foldedX, 0, array, at, length);
            System.arraycopy(foldedY, 0, array, at + length, length);
        }
        if (extended != null) {
            int at = 1 + 2 * length + margins.arrayLength() + folds;
            for (ExtendedValues values : extended) {
                values.write(array, at);
                at += 2 * length;
            }
        }
        return array;
    }

    /**
     * The orbit {@link #toArray} wrote from {@code offset} for {@code formula} (which values it keeps
     * besides Z, and for a Julia set's orbit more), or null where the array holds no such orbit.
     */
    static ReferenceOrbit fromArray(double[] array, int offset, Formula formula, boolean julia) {
        boolean folds = formula.foldsAfterPower();
        int extendedCount = formula.isClassic() && !julia ? 0 : folds ? 4 : 2;
        int length = array.length > offset ? (int) array[offset] : -1;
        BailoutMargins margins = length < 1 ? null : BailoutMargins.read(array, offset + 1 + 2 * length);
        int foldsAt = margins == null ? 0 : offset + 1 + 2 * length + margins.arrayLength();
        int extendedAt = foldsAt + (folds ? 2 * length : 0);
        if (margins == null || array.length != extendedAt + 2 * length * extendedCount) {
            return null;
        }
        ExtendedValues[] extended = extendedCount == 0 ? null : new ExtendedValues[extendedCount];
        for (int i = 0; i < extendedCount; i++) {
            extended[i] = ExtendedValues.read(array, extendedAt + 2 * length * i, length);
        }
        return new ReferenceOrbit(Arrays.copyOfRange(array, offset + 1, offset + 1 + length),
                Arrays.copyOfRange(array, offset + 1 + length, offset + 1 + 2 * length), length, margins,
                folds ? Arrays.copyOfRange(array, foldsAt, foldsAt + length) : null,
                folds ? Arrays.copyOfRange(array, foldsAt + length, foldsAt + 2 * length) : null, extended);
    }

    /** The orbit for the other workers of a render: the hash of its view's key, then {@link #toArray}. */
    double[] sharedState(String key) {
        double[] orbit = toArray();
        double[] state = new double[1 + orbit.length];
        state[0] = key.hashCode();
        System.arraycopy(orbit, 0, state, 1, orbit.length);
        return state;
    }

    /** The orbit of {@code formula} another worker computed for the view of {@code key} ({@link #sharedState}), or null. */
    static ReferenceOrbit adopt(double[] offered, String key, Formula formula) {
        if (offered == null || offered.length < 1 || offered[0] != key.hashCode()) {
            return null;
        }
        return fromArray(offered, 1, formula, false);
    }

    /** The real part of z² + c in fixed point: zx² − zy² = (zx + zy)(zx − zy), two products a step instead of three. */
    static BigInteger stepX(BigInteger zx, BigInteger zy, BigInteger cx, int bits) {
        return zx.add(zy).multiply(zx.subtract(zy)).shiftRight(bits).add(cx);
    }

    /** The imaginary part of z² + c in fixed point: 2·zx·zy + cy. */
    static BigInteger stepY(BigInteger zx, BigInteger zy, BigInteger cy, int bits) {
        return zx.multiply(zy).shiftRight(bits - 1).add(cy);
    }

    /** value · 2^bits, rounded to the nearest integer. */
    static BigInteger fixed(BigDecimal value, int bits) {
        return DeepView.timesPowerOfTwo(value, bits).setScale(0, RoundingMode.HALF_EVEN).toBigInteger();
    }

    /** The double nearest to fixed · 2^-bits (ties to even), below a double's range the same value on every platform. */
    static double toDouble(BigInteger fixed, int bits) {
        int sign = fixed.signum();
        if (sign == 0) {
            return 0.0;
        }
        BigInteger magnitude = fixed.abs();
        // 54 leading bits: the 53 a double keeps and the one that decides the rounding
        int shift = magnitude.bitLength() - 54;
        long top;
        boolean sticky;
        if (shift > 0) {
            top = magnitude.shiftRight(shift).longValue();
            sticky = magnitude.getLowestSetBit() < shift;
        } else {
            top = magnitude.longValue() << -shift;
            sticky = false;
        }
        long mantissa = top >> 1;
        if ((top & 1) != 0 && (sticky || (mantissa & 1) != 0)) {
            mantissa++;
        }
        return PowerOfTwo.scale(sign * (double) mantissa, shift + 1 - bits);
    }
}
