package tessera.mandelbrot;

import java.math.BigDecimal;
import java.math.BigInteger;
import tessera.escapetime.Formula;

/**
 * The escape count of c's orbit in binary fixed point, as the oracle ({@link ExactMandelbrotWorkload})
 * iterates it; optionally with every step's z moved by 2^-52 of itself in directions drawn from a
 * seed: what an orbit computed in doubles may come to, at best.
 */
final class FixedPointOrbit {
    private FixedPointOrbit() {
    }

    /** @param disturbance 0 for the exact orbit, else the seed of the directions each step is moved in */
    static int escapeCount(BigDecimal x, BigDecimal y, int bits, int maxIter, long disturbance) {
        return escapeCount(Formula.named(Formula.DEFAULT, 2), x, y, bits, maxIter, disturbance);
    }

    /** As above, for the orbit of {@code formula}. */
    static int escapeCount(Formula formula, BigDecimal x, BigDecimal y, int bits, int maxIter, long disturbance) {
        return escapeCount(formula, null, null, x, y, bits, maxIter, disturbance);
    }

    /** The orbit of {@code formula} from (startX, startY) with the constant c = (x, y); from 0 where start is null. */
    static int escapeCount(Formula formula, BigDecimal startX, BigDecimal startY, BigDecimal x, BigDecimal y, int bits, int maxIter,
            long disturbance) {
        boolean quadratic = formula.isClassic();
        BigInteger[] z = new BigInteger[2];
        BigInteger four = BigInteger.valueOf(4).shiftLeft(bits);
        BigInteger cx = ReferenceOrbit.fixed(x, bits);
        BigInteger cy = ReferenceOrbit.fixed(y, bits);
        BigInteger zx = startX == null ? BigInteger.ZERO : ReferenceOrbit.fixed(startX, bits);
        BigInteger zy = startY == null ? BigInteger.ZERO : ReferenceOrbit.fixed(startY, bits);
        long state = disturbance * 0x9E3779B97F4A7C15L;
        int n = 0;
        while (n < maxIter) {
            BigInteger zx2 = zx.multiply(zx).shiftRight(bits);
            BigInteger zy2 = zy.multiply(zy).shiftRight(bits);
            if (zx2.add(zy2).compareTo(four) >= 0) {
                break;
            }
            if (quadratic) {
                zy = zx.multiply(zy).shiftRight(bits - 1).add(cy);
                zx = zx2.subtract(zy2).add(cx);
            } else {
                z[0] = zx;
                z[1] = zy;
                formula.exactStep(z, cx, cy, bits, null);
                zx = z[0];
                zy = z[1];
            }
            if (disturbance != 0) {
                state = state * 6364136223846793005L + 1442695040888963407L;
                // the top bits: an LCG's lowest bits repeat every few steps, whatever the seed
                zx = state < 0 ? zx.add(zx.shiftRight(52)) : zx.subtract(zx.shiftRight(52));
                zy = (state & (1L << 62)) == 0 ? zy.add(zy.shiftRight(52)) : zy.subtract(zy.shiftRight(52));
            }
            n++;
        }
        return n;
    }

    /**
     * Whether the oracle's own count changes when every step is disturbed by a double's rounding (32
     * ways: counted only for pixels that differ, so cheap), or when the same orbit is followed with 64
     * more bits.
     */
    static boolean illConditioned(Formula formula, DeepView view, int maxIter, double offsetX, double offsetY, int count) {
        return illConditioned(formula, null, null, view, maxIter, offsetX, offsetY, count);
    }

    /** As above, in the Julia set of the constant (juliaX, juliaY), or the Mandelbrot set's where it is null. */
    static boolean illConditioned(Formula formula, BigDecimal juliaX, BigDecimal juliaY, DeepView view, int maxIter, double offsetX,
            double offsetY, int count) {
        BigDecimal x = view.x.add(view.exact(offsetX));
        BigDecimal y = view.y.add(view.exact(offsetY));
        boolean julia = juliaX != null;
        for (long seed = 1; seed <= 32; seed++) {
            int disturbed = julia ? escapeCount(formula, x, y, juliaX, juliaY, view.bits, maxIter, seed)
                    : escapeCount(formula, x, y, view.bits, maxIter, seed);
            if (disturbed != count) {
                return true;
            }
        }
        // the point as the oracle takes it (rounded to the view's bits), followed more finely
        BigDecimal roundedX = rounded(x, view.bits);
        BigDecimal roundedY = rounded(y, view.bits);
        int finer = julia ? escapeCount(formula, roundedX, roundedY, rounded(juliaX, view.bits), rounded(juliaY, view.bits), view.bits + 64,
                maxIter, 0) : escapeCount(formula, roundedX, roundedY, view.bits + 64, maxIter, 0);
        return finer != count;
    }

    private static BigDecimal rounded(BigDecimal value, int bits) {
        return new BigDecimal(ReferenceOrbit.fixed(value, bits)).multiply(BigDecimal.ONE.divide(new BigDecimal(BigInteger.TWO.pow(bits))));
    }
}
