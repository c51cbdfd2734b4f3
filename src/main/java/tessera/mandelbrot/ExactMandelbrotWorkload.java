package tessera.mandelbrot;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * The oracle for deep views: every pixel's own orbit in full precision (the view's digits), with
 * the same point c as {@link PerturbedMandelbrotWorkload} takes (the exact centre plus the double
 * offset). Slow by design: it serves to check the fast renderer, from the command line's
 * {@code render --exact} and in tests.
 */
public final class ExactMandelbrotWorkload extends DeepViewWorkload {
    private static final BigDecimal FOUR = BigDecimal.valueOf(4);
    private static final BigDecimal TWO = BigDecimal.valueOf(2);

    private final int maxIter;
    private final Palette palette;

    public ExactMandelbrotWorkload(DeepView view, int maxIter, Palette palette) {
        super(view);
        this.maxIter = maxIter;
        this.palette = palette;
    }

    @Override
    int pixel(double dcx, double dcy) {
        MathContext precision = view.precision;
        BigDecimal cx = view.x.add(new BigDecimal(dcx), precision);
        BigDecimal cy = view.y.add(new BigDecimal(dcy), precision);
        BigDecimal zx = BigDecimal.ZERO;
        BigDecimal zy = BigDecimal.ZERO;
        int n = 0;
        while (n < maxIter) {
            BigDecimal zx2 = zx.multiply(zx, precision);
            BigDecimal zy2 = zy.multiply(zy, precision);
            if (zx2.add(zy2).compareTo(FOUR) >= 0) {
                break;
            }
            BigDecimal nextY = TWO.multiply(zx, precision).multiply(zy, precision).add(cy, precision);
            zx = zx2.subtract(zy2, precision).add(cx, precision);
            zy = nextY;
            n++;
        }
        // The escape test above runs before the step; the loop counts like the seed's: n steps, then |z|² ≥ 4.
        return palette.color(n, maxIter, DeepView.toDouble(zx), DeepView.toDouble(zy), DeepView.toDouble(cx), DeepView.toDouble(cy));
    }
}
