package tessera.mandelbrot;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * The orbit Z₀ = 0, Zₙ₊₁ = Zₙ² + C of a view's centre, computed with as many digits as the view
 * needs and kept as doubles: every pixel's orbit is then followed as a small difference from it
 * (perturbation). It stops where Z escapes (|Z|² > 4) or at maxIter.
 */
final class ReferenceOrbit {
    final double[] x;
    final double[] y;
    /** How many values Z₀ … Zₗₑₙ₋₁ there are. */
    final int length;

    ReferenceOrbit(BigDecimal cx, BigDecimal cy, int maxIter, MathContext precision) {
        double[] xs = new double[maxIter + 1];
        double[] ys = new double[maxIter + 1];
        BigDecimal zx = BigDecimal.ZERO;
        BigDecimal zy = BigDecimal.ZERO;
        BigDecimal two = BigDecimal.valueOf(2);
        int n = 0;
        while (n < maxIter) {
            BigDecimal zx2 = zx.multiply(zx, precision);
            BigDecimal zy2 = zy.multiply(zy, precision);
            BigDecimal nextY = two.multiply(zx, precision).multiply(zy, precision).add(cy, precision);
            zx = zx2.subtract(zy2, precision).add(cx, precision);
            zy = nextY;
            n++;
            xs[n] = DeepView.toDouble(zx);
            ys[n] = DeepView.toDouble(zy);
            if (xs[n] * xs[n] + ys[n] * ys[n] > 4.0) {
                break;
            }
        }
        this.length = n + 1;
        this.x = xs;
        this.y = ys;
    }
}
