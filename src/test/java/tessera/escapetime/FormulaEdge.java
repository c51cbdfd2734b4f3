package tessera.escapetime;

import java.math.BigDecimal;
import java.math.BigInteger;

/** A place on the edge of any formula's set, for tests that need a deep view with something in it. */
public final class FormulaEdge {
    private FormulaEdge() {
    }

    /**
     * Where the points −0.3 + iy stop staying 300 iterations as y grows from 0 (to a double's
     * precision): −0.3 is in every formula's set (on the real axis each is x² + c), −0.3 + 2i in none.
     */
    public static double above(Formula formula) {
        double inside = 0;
        double outside = 2;
        for (int i = 0; i < 60; i++) {
            double middle = (inside + outside) / 2;
            if (EscapeData.iterations(formula.escape(0, 0, -0.3, middle, 300, new EscapeCounts())) == 300) {
                inside = middle;
            } else {
                outside = middle;
            }
        }
        return inside;
    }

    /**
     * A point within 2^-bits of the edge of the filled Julia set of {@code formula} with the constant
     * −0.3 (the double; in every formula's set: its Julia set is connected and has an inside), at
     * {@code iterations}: bisection in fixed point along the real axis from 0, which stays, to 3,
     * which does not. The edge there is a repelling fixed point's, which the points n iterations
     * from escaping approach as about 2.4^-n.
     */
    public static BigDecimal[] julia(Formula formula, int bits, int iterations) {
        BigInteger inside = BigInteger.ZERO;
        BigInteger outside = BigInteger.valueOf(3).shiftLeft(bits);
        // the double −0.3, as a request's number means it
        BigInteger cx = new BigDecimal(-0.3).multiply(new BigDecimal(BigInteger.ONE.shiftLeft(bits))).toBigInteger();
        BigInteger four = BigInteger.valueOf(4).shiftLeft(2 * bits);
        while (outside.subtract(inside).compareTo(BigInteger.ONE) > 0) {
            BigInteger middle = inside.add(outside).shiftRight(1);
            BigInteger[] z = {middle, BigInteger.ZERO};
            boolean stays = true;
            for (int n = 0; n < iterations && stays; n++) {
                stays = z[0].multiply(z[0]).add(z[1].multiply(z[1])).compareTo(four) < 0;
                formula.exactStep(z, cx, BigInteger.ZERO, bits, null);
            }
            if (stays) {
                inside = middle;
            } else {
                outside = middle;
            }
        }
        return new BigDecimal[] {new BigDecimal(inside).divide(new BigDecimal(BigInteger.ONE.shiftLeft(bits))), BigDecimal.ZERO};
    }
}
