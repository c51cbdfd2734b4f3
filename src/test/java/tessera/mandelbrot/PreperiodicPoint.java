package tessera.mandelbrot;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import tessera.escapetime.PowerOfTwo;

/**
 * Points of the Mandelbrot set found by Newton's method from any start: roots of
 * g(c) = z_{k+p}(c) − z_k(c), where the critical orbit z₀ = 0, z_{n+1} = z_n² + c repeats after k
 * steps with period p. With k = 0 they are the nuclei of minibrots of period p (z_p = 0); with
 * k ≥ 1 Misiurewicz points, where the boundary branches. Newton runs in doubles until it settles,
 * then in fixed point with the bits asked for, so a root is known to any depth.
 */
final class PreperiodicPoint {
    private PreperiodicPoint() {
    }

    /** The root Newton's method reaches from (x, y), to about {@code bits} bits, or null where it does not settle. */
    static BigDecimal[] find(double x, double y, int preperiod, int period, int bits) {
        double[] c = {x, y};
        boolean settled = false;
        for (int step = 0; step < 200 && !settled; step++) {
            double[] delta = doubleStep(c[0], c[1], preperiod, period);
            if (delta == null) {
                return null;
            }
            c[0] -= delta[0];
            c[1] -= delta[1];
            settled = Math.abs(delta[0]) + Math.abs(delta[1]) < 1e-13 * (1.0 + Math.abs(c[0]) + Math.abs(c[1]));
        }
        if (!settled || Math.abs(c[0]) > 2.0 || Math.abs(c[1]) > 2.0) {
            return null;
        }
        int fixedBits = bits + 64;
        BigInteger[] fixed = {ReferenceOrbit.fixed(new BigDecimal(c[0]), fixedBits), ReferenceOrbit.fixed(new BigDecimal(c[1]), fixedBits)};
        // Each step doubles the good bits from the ≈ 40 doubles give.
        for (int good = 40; good < 2 * fixedBits; good *= 2) {
            BigInteger[] delta = fixedStep(fixed, preperiod, period, fixedBits);
            if (delta == null) {
                return null;
            }
            fixed[0] = fixed[0].subtract(delta[0]);
            fixed[1] = fixed[1].subtract(delta[1]);
        }
        MathContext digits = new MathContext(bits * 301 / 1000 + 2, RoundingMode.HALF_EVEN);
        return new BigDecimal[] {toDecimal(fixed[0], fixedBits, digits), toDecimal(fixed[1], fixedBits, digits)};
    }

    private static double[] doubleStep(double cx, double cy, int preperiod, int period) {
        double zx = 0.0;
        double zy = 0.0;
        double dx = 0.0;
        double dy = 0.0;
        double gx = 0.0;
        double gy = 0.0;
        double gdx = 0.0;
        double gdy = 0.0;
        for (int n = 0; n < preperiod + period; n++) {
            double nextDx = 2.0 * (zx * dx - zy * dy) + 1.0;
            dy = 2.0 * (zx * dy + zy * dx);
            dx = nextDx;
            double nextZx = zx * zx - zy * zy + cx;
            zy = 2.0 * zx * zy + cy;
            zx = nextZx;
            if (n + 1 == preperiod) {
                gx = zx;
                gy = zy;
                gdx = dx;
                gdy = dy;
            }
            if (zx * zx + zy * zy > 1e6) {
                return null;
            }
        }
        return divide(zx - gx, zy - gy, dx - gdx, dy - gdy);
    }

    private static double[] divide(double ax, double ay, double bx, double by) {
        double norm = bx * bx + by * by;
        if (!(norm > 0.0)) {
            return null;
        }
        return new double[] {(ax * bx + ay * by) / norm, (ay * bx - ax * by) / norm};
    }

    private static BigInteger[] fixedStep(BigInteger[] c, int preperiod, int period, int bits) {
        BigInteger one = BigInteger.ONE.shiftLeft(bits);
        BigInteger zx = BigInteger.ZERO;
        BigInteger zy = BigInteger.ZERO;
        BigInteger dx = BigInteger.ZERO;
        BigInteger dy = BigInteger.ZERO;
        BigInteger gx = BigInteger.ZERO;
        BigInteger gy = BigInteger.ZERO;
        BigInteger gdx = BigInteger.ZERO;
        BigInteger gdy = BigInteger.ZERO;
        for (int n = 0; n < preperiod + period; n++) {
            BigInteger nextDx = zx.multiply(dx).subtract(zy.multiply(dy)).shiftRight(bits - 1).add(one);
            dy = zx.multiply(dy).add(zy.multiply(dx)).shiftRight(bits - 1);
            dx = nextDx;
            BigInteger nextZx = ReferenceOrbit.stepX(zx, zy, c[0], bits);
            zy = ReferenceOrbit.stepY(zx, zy, c[1], bits);
            zx = nextZx;
            if (n + 1 == preperiod) {
                gx = zx;
                gy = zy;
                gdx = dx;
                gdy = dy;
            }
        }
        BigInteger ax = zx.subtract(gx);
        BigInteger ay = zy.subtract(gy);
        BigInteger bx = dx.subtract(gdx);
        BigInteger by = dy.subtract(gdy);
        BigInteger norm = bx.multiply(bx).add(by.multiply(by));
        if (norm.signum() == 0) {
            return null;
        }
        return new BigInteger[] {ax.multiply(bx).add(ay.multiply(by)).shiftLeft(bits).divide(norm),
                ay.multiply(bx).subtract(ax.multiply(by)).shiftLeft(bits).divide(norm)};
    }

    private static BigDecimal toDecimal(BigInteger fixed, int bits, MathContext digits) {
        return DeepView.timesPowerOfTwo(new BigDecimal(fixed), -bits).round(digits);
    }
}
