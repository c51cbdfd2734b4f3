package tessera.mandelbrot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The exact margins |Z|² − 4 where the reference lies on the bailout circle: the escape they decide
 * is that of exact arithmetic on the values kept (the margin's leading 53 bits, cut), checked on
 * seeded margins, offsets and scales from 2⁰ to 2⁻²⁰⁰⁰ against BigDecimal; they survive being
 * written to the array handed to other workers and read back; and away from the circle they are
 * not asked.
 */
class BailoutMarginsTest {
    private static final SplittableRandom RANDOM = new SplittableRandom(26);

    /** A margin of about 2^exponent, as the reference gives it: an integer of fractionBits fraction bits. */
    private static BigInteger margin(int exponent, int fractionBits) {
        BigInteger value = new BigInteger(80, new java.util.Random(RANDOM.nextLong())).setBit(79).shiftLeft(Math.max(0, fractionBits + exponent - 79));
        if (fractionBits + exponent - 79 < 0) {
            value = value.shiftRight(79 - fractionBits - exponent);
        }
        return RANDOM.nextBoolean() ? value.negate() : value;
    }

    /** The margin as kept: its leading 53 bits, cut, times 2^-fractionBits, exactly. */
    private static BigDecimal kept(BigInteger scaled, int fractionBits) {
        BigInteger magnitude = scaled.abs();
        int drop = Math.max(0, magnitude.bitLength() - 53);
        BigDecimal cut = new BigDecimal(magnitude.shiftRight(drop).shiftLeft(drop));
        return (scaled.signum() < 0 ? cut.negate() : cut).multiply(BigDecimal.ONE.divide(new BigDecimal(BigInteger.TWO.pow(fractionBits))));
    }

    private static BigDecimal exact(double value, int exponent) {
        BigDecimal v = new BigDecimal(value);
        return exponent >= 0 ? v.multiply(new BigDecimal(BigInteger.TWO.pow(exponent)))
                : v.divide(new BigDecimal(BigInteger.TWO.pow(-exponent)));
    }

    /** Whether the sum is far enough from 0, relative to its largest term, for a double sum to tell its sign. */
    private static boolean clear(BigDecimal sum, BigDecimal... terms) {
        BigDecimal largest = BigDecimal.ZERO;
        for (BigDecimal term : terms) {
            largest = largest.max(term.abs());
        }
        return sum.abs().compareTo(largest.multiply(new BigDecimal("1e-12"))) > 0;
    }

    @Test
    void escapesAsExactArithmeticOnTheKeptMarginDoesOnSeededCases() {
        int decided = 0;
        for (int trial = 0; trial < 1200; trial++) {
            int fractionBits = 64 + RANDOM.nextInt(2100);
            int marginExponent = -RANDOM.nextInt(Math.min(fractionBits - 60, 2000));
            BigInteger scaled = RANDOM.nextInt(20) == 0 ? BigInteger.ZERO : margin(marginExponent, fractionBits);
            BailoutMargins margins = new BailoutMargins();
            margins.add(7, scaled, fractionBits);
            double angle = RANDOM.nextDouble() * 2 * Math.PI;
            double zx = 2 * Math.cos(angle);
            double zy = 2 * Math.sin(angle);
            boolean scaledDz = RANDOM.nextBoolean();
            // dz of about the margin's size, so that the terms weigh alike, or far from it either way.
            int dzExponent = marginExponent - 1 + RANDOM.nextInt(5) - 2 + (RANDOM.nextInt(4) == 0 ? RANDOM.nextInt(200) - 100 : 0);
            double sx = RANDOM.nextDouble() * 2 - 1;
            double sy = RANDOM.nextDouble() * 2 - 1;
            BigDecimal linear = exact(2.0 * (zx * sx + zy * sy), scaledDz ? dzExponent : 0);
            BigDecimal square = exact(sx * sx + sy * sy, scaledDz ? 2 * dzExponent : 0);
            boolean answer;
            if (scaledDz) {
                answer = margins.escapesScaled(7, zx, zy, sx, sy, dzExponent);
            } else {
                sx = Math.scalb(sx, Math.max(dzExponent, -1000));
                sy = Math.scalb(sy, Math.max(dzExponent, -1000));
                linear = exact(2.0 * (zx * sx + zy * sy), 0);
                square = exact(sx * sx + sy * sy, 0);
                answer = margins.escapes(7, 4.0, zx, zy, sx, sy);
            }
            BigDecimal mu = scaled.signum() == 0 ? BigDecimal.ZERO : kept(scaled, fractionBits);
            BigDecimal sum = mu.add(linear).add(square);
            if (clear(sum, mu, linear, square)) {
                assertEquals(sum.signum() >= 0, answer, "margin 2^" + marginExponent + ", dz 2^" + dzExponent + (scaledDz ? " scaled" : ""));
                decided++;
            }
        }
        assertTrue(decided > 900, decided + " of 1200 cases clear of rounding");
    }

    @Test
    void awayFromTheMarginsKeptTheDoubleDecides() {
        BailoutMargins margins = new BailoutMargins();
        margins.add(3, BigInteger.ONE.negate(), 100);
        assertTrue(margins.escapes(3, BailoutMargins.UNSURE_FROM + 0x1p-30, 2, 0, 0, 0), "far past the circle");
        assertTrue(margins.escapes(5, 4.0, 2, 0, 0, 0), "an index not kept: |z|² = 4 escapes");
        assertEquals(false, margins.escapes(5, Math.nextDown(4.0), 2, 0, 0, 0));
        assertEquals(false, margins.escapes(3, 4.0, 2, 0, 0, 0), "kept: the margin below 0 says inside");
        assertTrue(margins.escapesScaled(4, 2, 0, 1, 0, -300), "an index not kept, Z on the circle");
        assertEquals(false, margins.escapesScaled(4, Math.nextDown(2.0), 0, 1, 0, -300));
        assertTrue(BailoutMargins.isNear(2, 0));
        assertTrue(BailoutMargins.isNear(0, Math.nextUp(2.0)));
        assertEquals(false, BailoutMargins.isNear(1.9, 0));
    }

    @Test
    void marginsWrittenForOtherWorkersReadBackTheSameAndAShortArrayIsNone() {
        for (int trial = 0; trial < 200; trial++) {
            BailoutMargins margins = new BailoutMargins();
            int count = RANDOM.nextInt(12);
            int[] indices = new int[count];
            for (int i = 0; i < count; i++) {
                indices[i] = (i == 0 ? 1 : indices[i - 1]) + 1 + RANDOM.nextInt(50);
                margins.add(indices[i], RANDOM.nextInt(6) == 0 ? BigInteger.ZERO : margin(-RANDOM.nextInt(300), 400), 400);
            }
            int at = RANDOM.nextInt(5);
            double[] array = new double[at + margins.arrayLength()];
            margins.write(array, at);
            BailoutMargins read = BailoutMargins.read(array, at);
            assertEquals(margins.arrayLength(), read.arrayLength());
            for (int q = 0; q < 40; q++) {
                int m = count == 0 ? 5 : indices[RANDOM.nextInt(count)] + (RANDOM.nextInt(3) == 0 ? 1 : 0);
                double dx = Math.scalb(RANDOM.nextDouble() - 0.5, -RANDOM.nextInt(300));
                double dy = Math.scalb(RANDOM.nextDouble() - 0.5, -RANDOM.nextInt(300));
                assertEquals(margins.escapes(m, 4.0, 2, 0, dx, dy), read.escapes(m, 4.0, 2, 0, dx, dy));
                assertEquals(margins.escapesScaled(m, 0, 2, dx, dy, -700), read.escapesScaled(m, 0, 2, dx, dy, -700));
            }
            if (count > 0) {
                assertNull(BailoutMargins.read(java.util.Arrays.copyOf(array, array.length - 1), at), "cut short");
            }
            assertNull(BailoutMargins.read(array, array.length), "nothing there");
        }
    }
}
