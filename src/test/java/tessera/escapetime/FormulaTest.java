package tessera.escapetime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The formulas' three ways of stepping, each against full precision on generated inputs. */
class FormulaTest {
    private static final int BITS = 1400;

    static List<Formula> all() {
        List<Formula> formulas = new ArrayList<>();
        for (String id : Formula.ids()) {
            formulas.add(Formula.named(id, 2));
        }
        for (int power = 3; power <= Formula.MAX_POWER; power++) {
            formulas.add(Formula.named(Formula.DEFAULT, power));
        }
        return formulas;
    }

    @Test
    void diffabsIsTheChangeOfTheAbsoluteValueOnEitherSideOfZero() {
        Random random = new Random(7);
        for (int i = 0; i < 100_000; i++) {
            double c = randomSized(random);
            double d = random.nextInt(4) == 0 ? -c + randomSized(random) * 1e-3 : randomSized(random);
            BigDecimal exact = new BigDecimal(c).add(new BigDecimal(d)).abs().subtract(new BigDecimal(c).abs());
            double got = Formula.diffabs(c, d);
            double bound = 2 * Math.ulp(Math.max(Math.abs(2 * c + d), Math.abs(d)));
            assertTrue(exact.subtract(new BigDecimal(got)).abs().doubleValue() <= bound, c + " " + d + ": " + got + " vs " + exact);
            if (Math.abs(d) <= Math.abs(c)) {
                // no crossing: the change is ±d exactly, however small beside c
                assertEquals(Math.abs(got), Math.abs(d), c + " " + d);
            }
        }
    }

    /** A step taken as a difference from a reference agrees with the difference of two full-precision steps. */
    @Test
    void perturbedStepsAreTheDifferenceOfFullPrecisionSteps() {
        Random random = new Random(11);
        double[] out = new double[2];
        for (Formula formula : all()) {
            for (int i = 0; i < 1500; i++) {
                double x = -2 + 4 * random.nextDouble();
                double y = -2 + 4 * random.nextDouble();
                if (random.nextInt(5) == 0) {
                    y = random.nextBoolean() ? 0.0 : x; // on an axis or a diagonal, where the folds are
                }
                double scale = Math.pow(10, -random.nextInt(250));
                double dx = (random.nextDouble() - 0.5) * scale;
                double dy = (random.nextDouble() - 0.5) * scale;
                BigInteger[] reference = {fixed(x), fixed(y)};
                BigInteger[] powered = new BigInteger[2];
                formula.exactStep(reference, BigInteger.ZERO, BigInteger.ZERO, BITS, powered);
                BigInteger[] pixel = {fixed(x).add(fixed(dx)), fixed(y).add(fixed(dy))};
                formula.exactStep(pixel, BigInteger.ZERO, BigInteger.ZERO, BITS, null);
                formula.perturb(x, y, toDouble(powered[0]), toDouble(powered[1]), dx, dy, out);
                // the step's size: |f'(Z)|·|d| at most p·max(|Z|, |d|)^(p−1)·|d|; rounding errors are a small multiple of 2^-52 of it
                double size = formula.power * Math.pow(Math.hypot(x, y) + Math.hypot(dx, dy), formula.power - 1) * Math.hypot(dx, dy);
                double tolerance = 64 * 0x1p-52 * size;
                double wantX = toDouble(pixel[0].subtract(reference[0]));
                double wantY = toDouble(pixel[1].subtract(reference[1]));
                assertTrue(Math.abs(out[0] - wantX) <= tolerance && Math.abs(out[1] - wantY) <= tolerance,
                        formula + " at " + x + ", " + y + " + " + dx + ", " + dy + ": " + out[0] + ", " + out[1] + " vs " + wantX + ", " + wantY);
            }
        }
    }

    /**
     * A step of a difference far below a double's range, d = s·2^e, agrees with the difference of two
     * full-precision steps: beside any Z, from 0 and far below a double's range to 2, on the axes and
     * diagonals (where the folds are).
     */
    @Test
    void scaledStepsAreTheDifferenceOfFullPrecisionSteps() {
        Random random = new Random(13);
        double[] out = new double[2];
        for (Formula formula : all()) {
            int bits = 1800 * formula.power + 100;
            for (int i = 0; i < 120; i++) {
                int e = -480 - random.nextInt(1100);
                double sx = random.nextDouble() - 0.5;
                double sy = random.nextDouble() - 0.5;
                // Z = x·2^xe + i·y·2^ye
                double x;
                double y;
                int xe = 0;
                int ye = 0;
                switch (random.nextInt(4)) {
                    case 0:
                        x = 0.0;
                        y = 0.0;
                        break;
                    case 1: // tiny: from far above d to far below it, or 0
                        x = random.nextInt(4) == 0 ? 0.0 : random.nextDouble() - 0.5;
                        y = random.nextInt(4) == 0 ? 0.0 : random.nextDouble() - 0.5;
                        xe = e + 100 - random.nextInt(200);
                        ye = e + 100 - random.nextInt(200);
                        break;
                    case 2:
                        x = -2 + 4 * random.nextDouble();
                        y = random.nextBoolean() ? 0.0 : random.nextBoolean() ? x : -x;
                        break;
                    default:
                        x = -2 + 4 * random.nextDouble();
                        y = -2 + 4 * random.nextDouble();
                }
                BigInteger[] reference = {fixed(x, bits + xe), fixed(y, bits + ye)};
                BigInteger[] powered = new BigInteger[2];
                formula.exactStep(reference, BigInteger.ZERO, BigInteger.ZERO, bits, powered);
                BigInteger[] pixel = {fixed(x, bits + xe).add(fixed(sx, bits + e)), fixed(y, bits + ye).add(fixed(sy, bits + e))};
                formula.exactStep(pixel, BigInteger.ZERO, BigInteger.ZERO, bits, null);
                int[] foldedExponents = {exponent(powered[0], bits), exponent(powered[1], bits)};
                int exponent = formula.perturbScaled(x, xe, y, ye, mantissa(powered[0], bits, foldedExponents[0]), foldedExponents[0],
                        mantissa(powered[1], bits, foldedExponents[1]), foldedExponents[1], sx, sy, e, out);
                BigInteger wantX = pixel[0].subtract(reference[0]);
                BigInteger wantY = pixel[1].subtract(reference[1]);
                BigInteger gotX = fixed(out[0], bits + exponent);
                BigInteger gotY = fixed(out[1], bits + exponent);
                // rounding errors are a small multiple of 2^-52 of the step's size
                BigInteger tolerance = wantX.abs().max(wantY.abs()).max(gotX.abs()).max(gotY.abs()).shiftRight(44).add(BigInteger.TWO);
                assertTrue(gotX.subtract(wantX).abs().compareTo(tolerance) <= 0 && gotY.subtract(wantY).abs().compareTo(tolerance) <= 0,
                        formula + " at " + x + "·2^" + xe + ", " + y + "·2^" + ye + " + (" + sx + ", " + sy + ")·2^" + e);
            }
        }
    }

    /** Where a step is linear, its matrix takes a difference below 2^-480 where the whole step does. */
    @Test
    void linearStepsAreTheScaledStepsWhereTheyHold() {
        Random random = new Random(17);
        double[] matrix = new double[4];
        double[] out = new double[2];
        for (Formula formula : all()) {
            int linear = 0;
            for (int i = 0; i < 5_000; i++) {
                double x = -2 + 4 * random.nextDouble();
                double y = random.nextInt(8) == 0 ? 0.0 : -2 + 4 * random.nextDouble();
                int xe = random.nextInt(8) == 0 ? -random.nextInt(900) : 0;
                int ye = random.nextInt(8) == 0 ? -random.nextInt(900) : 0;
                BigInteger[] reference = {fixed(x, 1200 + xe), fixed(y, 1200 + ye)};
                BigInteger[] powered = new BigInteger[2];
                formula.exactStep(reference, BigInteger.ZERO, BigInteger.ZERO, 1200, powered);
                int fx = exponent(powered[0], 1200);
                int fy = exponent(powered[1], 1200);
                double vx = mantissa(powered[0], 1200, fx);
                double vy = mantissa(powered[1], 1200, fy);
                if (!formula.linearStep(x, xe, y, ye, vx, fx, vy, fy, matrix, 0)) {
                    continue;
                }
                linear++;
                double sx = random.nextDouble() - 0.5;
                double sy = random.nextDouble() - 0.5;
                int e = -480 - random.nextInt(2000);
                int exponent = formula.perturbScaled(x, xe, y, ye, vx, fx, vy, fy, sx, sy, e, out);
                double wantX = PowerOfTwo.scale(out[0], exponent - e);
                double wantY = PowerOfTwo.scale(out[1], exponent - e);
                double gotX = matrix[0] * sx + matrix[1] * sy;
                double gotY = matrix[2] * sx + matrix[3] * sy;
                double size = Math.abs(wantX) + Math.abs(wantY) + Math.abs(gotX) + Math.abs(gotY);
                assertTrue(Math.abs(gotX - wantX) <= 0x1p-40 * size && Math.abs(gotY - wantY) <= 0x1p-40 * size,
                        formula + " at " + x + "·2^" + xe + ", " + y + "·2^" + ye + ": " + gotX + ", " + gotY + " vs " + wantX + ", " + wantY);
            }
            assertTrue(linear > 2_500, formula + ": " + linear + " linear steps of 5000");
        }
    }

    /** The binary exponent of the value {@code fixed} counts in units of 2^-bits (0 for 0). */
    private static int exponent(BigInteger fixed, int bits) {
        return fixed.signum() == 0 ? 0 : fixed.abs().bitLength() - 1 - bits;
    }

    /** The value {@code fixed} counts in units of 2^-bits, divided by 2^exponent, to a double's precision. */
    private static double mantissa(BigInteger fixed, int bits, int exponent) {
        return new BigDecimal(fixed).divide(new BigDecimal(BigInteger.TWO.pow(bits + exponent)), MathContext.DECIMAL128).doubleValue();
    }

    /**
     * The double-precision loop counts as the full-precision orbit does, but where rounding decides:
     * rarely, but for the Buffalo's edges, which are dust (about 1 % of random points there).
     */
    @Test
    void doublesEscapeWhereTheFullPrecisionOrbitDoes() {
        Random random = new Random(3);
        for (Formula formula : all()) {
            int same = 0;
            int points = 1000;
            for (int i = 0; i < points; i++) {
                double cx = -2.2 + 3.2 * random.nextDouble();
                double cy = -2 + 4 * random.nextDouble();
                int fast = EscapeData.iterations(formula.escape(0, 0, cx, cy, 200, new EscapeCounts()));
                same += fast == exactCount(formula, cx, cy, 200) ? 1 : 0;
            }
            assertTrue(same >= 0.98 * points, formula + ": " + same + " of " + points);
        }
    }

    @Test
    void theQuadraticMandelbrotFormulaIsTheSeedLoopByteForByte() {
        Formula formula = Formula.named(Formula.DEFAULT, 2);
        ComplexView view = ComplexView.SEED;
        Random random = new Random(5);
        for (int i = 0; i < 5000; i++) {
            double cx = view.xMin + view.xSpan * random.nextDouble();
            double cy = view.yMin + view.ySpan * random.nextDouble();
            assertEquals(seedLoop(cx, cy, 500), formula.escape(0, 0, cx, cy, 500, new EscapeCounts()), cx + ", " + cy);
        }
    }

    @Test
    void smoothCountsHaveNoBandsForAnyPower() {
        // ν is continuous where the escape count steps by one: two points a hair apart on either side have nearly the same ν
        Random random = new Random(9);
        for (Formula formula : all()) {
            int edges = 0;
            for (int tries = 0; tries < 10_000 && edges < 20; tries++) {
                double ax = -2.5 + 5 * random.nextDouble();
                double ay = -2.5 + 5 * random.nextDouble();
                double bx = ax + 1e-2 * (random.nextDouble() - 0.5);
                double by = ay + 1e-2 * (random.nextDouble() - 0.5);
                int a = EscapeData.iterations(formula.escape(0, 0, ax, ay, 1000, new EscapeCounts()));
                int b = EscapeData.iterations(formula.escape(0, 0, bx, by, 1000, new EscapeCounts()));
                if (a != b + 1 || a >= 1000) {
                    continue;
                }
                boolean straddles = true;
                for (int i = 0; i < 45 && straddles; i++) {
                    double mx = (ax + bx) / 2;
                    double my = (ay + by) / 2;
                    int m = EscapeData.iterations(formula.escape(0, 0, mx, my, 1000, new EscapeCounts()));
                    if (m == a) {
                        ax = mx;
                        ay = my;
                    } else if (m == b) {
                        bx = mx;
                        by = my;
                    } else {
                        straddles = false;
                    }
                }
                if (!straddles) {
                    continue;
                }
                double nuA = EscapeData.nu(formula.escape(0, 0, ax, ay, 1000, new EscapeCounts()));
                double nuB = EscapeData.nu(formula.escape(0, 0, bx, by, 1000, new EscapeCounts()));
                assertTrue(Math.abs(nuA - nuB) < 0.05, formula + " at " + ax + ", " + ay + ": " + nuA + " vs " + nuB);
                edges++;
            }
            assertTrue(edges >= 10, formula + ": " + edges + " edges found");
        }
    }

    @Test
    void onlyTheMandelbrotFormulaHasOtherPowers() {
        assertThrows(IllegalArgumentException.class, () -> Formula.named("burning-ship", 3));
        assertThrows(IllegalArgumentException.class, () -> Formula.named(Formula.DEFAULT, 9));
        assertThrows(IllegalArgumentException.class, () -> Formula.named("spider", 2));
        assertEquals("multibrot power 5", Formula.named(Formula.DEFAULT, 5).toString());
    }

    private static int seedLoop(double cx, double cy, int maxIter) {
        double zx = 0;
        double zy = 0;
        int n = 0;
        while (n < maxIter && zx * zx + zy * zy < 4.0) {
            double next = zx * zx - zy * zy + cx;
            zy = 2.0 * zx * zy + cy;
            zx = next;
            n++;
        }
        return n == maxIter ? EscapeData.inside(maxIter) : EscapeData.escaped(n, zx, zy, cx, cy);
    }

    private static int exactCount(Formula formula, double cx, double cy, int maxIter) {
        BigInteger[] z = {BigInteger.ZERO, BigInteger.ZERO};
        BigInteger four = BigInteger.valueOf(4).shiftLeft(2 * 200);
        for (int n = 0; n < maxIter; n++) {
            if (z[0].multiply(z[0]).add(z[1].multiply(z[1])).compareTo(four) >= 0) {
                return n;
            }
            formula.exactStep(z, fixed(cx, 200), fixed(cy, 200), 200, null);
        }
        return maxIter;
    }

    private static double randomSized(Random random) {
        return (random.nextBoolean() ? 1 : -1) * random.nextDouble() * Math.pow(10, random.nextInt(40) - 20);
    }

    private static BigInteger fixed(double value) {
        return fixed(value, BITS);
    }

    /** value · 2^bits, cut to an integer (exact where bits reach the value's last bit). */
    private static BigInteger fixed(double value, int bits) {
        BigDecimal scaled = new BigDecimal(value);
        return (bits >= 0 ? scaled.multiply(new BigDecimal(BigInteger.TWO.pow(bits)))
                : scaled.divide(new BigDecimal(BigInteger.TWO.pow(-bits)))).toBigInteger();
    }

    private static double toDouble(BigInteger value) {
        return new BigDecimal(value).divide(new BigDecimal(BigInteger.TWO.pow(BITS)), MathContext.DECIMAL128).doubleValue();
    }
}
