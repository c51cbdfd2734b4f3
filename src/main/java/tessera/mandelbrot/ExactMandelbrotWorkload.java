package tessera.mandelbrot;

import java.math.BigDecimal;
import java.math.BigInteger;
import tessera.escapetime.EscapeCounts;
import tessera.escapetime.EscapeData;
import tessera.escapetime.Formula;
import tessera.escapetime.Palette;

/**
 * The oracle for deep views: every pixel's own orbit in full precision (the view's bits), with
 * the same point c as {@link PerturbedMandelbrotWorkload} takes (the exact centre plus the
 * offset, exactly). Slow by design: it serves to check the fast renderer, from the command line's
 * {@code render --exact} and in tests. Any {@link Formula}: its own fixed-point step. For a Julia
 * set ({@link #julia}) the pixel's point is where its orbit starts, and c is the set's constant.
 */
public final class ExactMandelbrotWorkload extends DeepViewWorkload {
    private final Formula formula;
    private final BigInteger four;
    /** A Julia set's constant c, or null for the Mandelbrot set. */
    private final BigDecimal juliaX;
    private final BigDecimal juliaY;

    public ExactMandelbrotWorkload(DeepView view, int maxIter, Palette palette) {
        this(view, Formula.named(Formula.DEFAULT, 2), maxIter, palette);
    }

    public ExactMandelbrotWorkload(DeepView view, Formula formula, int maxIter, Palette palette) {
        this(view, formula, null, null, maxIter, palette);
    }

    /** The oracle for a deep view of the Julia set of {@code formula} with the constant cx + i·cy. */
    public static ExactMandelbrotWorkload julia(DeepView view, Formula formula, BigDecimal cx, BigDecimal cy, int maxIter, Palette palette) {
        return new ExactMandelbrotWorkload(view, formula, cx, cy, maxIter, palette);
    }

    private ExactMandelbrotWorkload(DeepView view, Formula formula, BigDecimal juliaX, BigDecimal juliaY, int maxIter, Palette palette) {
        super(view, maxIter, palette);
        this.formula = formula;
        this.four = BigInteger.valueOf(4).shiftLeft(view.bits);
        this.juliaX = juliaX;
        this.juliaY = juliaY;
    }

    @Override
    PixelOrbits newPixelOrbits() {
        return this::pixel;
    }

    @Override
    protected String escapeKey() {
        return "exact " + (juliaX == null ? "" : "julia " + juliaX + " " + juliaY + " ") + formula + " " + view.x + " " + view.y + " " + view.zoom + " " + width + " " + height + " " + maxIter;
    }

    int pixel(double offsetX, double offsetY, EscapeCounts counts) {
        int bits = view.bits;
        BigInteger pointX = ReferenceOrbit.fixed(view.x.add(view.exact(offsetX)), bits);
        BigInteger pointY = ReferenceOrbit.fixed(view.y.add(view.exact(offsetY)), bits);
        boolean julia = juliaX != null;
        BigInteger cx = julia ? ReferenceOrbit.fixed(juliaX, bits) : pointX;
        BigInteger cy = julia ? ReferenceOrbit.fixed(juliaY, bits) : pointY;
        BigInteger zx = julia ? pointX : BigInteger.ZERO;
        BigInteger zy = julia ? pointY : BigInteger.ZERO;
        boolean quadratic = formula.isClassic();
        BigInteger[] z = new BigInteger[2];
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
            n++;
        }
        // The escape test above runs before the step; the loop counts like the seed's: n steps, then |z|² ≥ 4.
        if (n == maxIter) {
            return EscapeData.inside(maxIter);
        }
        counts.escaped(n);
        return formula.escapeData(n, ReferenceOrbit.toDouble(zx, bits), ReferenceOrbit.toDouble(zy, bits),
                ReferenceOrbit.toDouble(cx, bits), ReferenceOrbit.toDouble(cy, bits));
    }
}
