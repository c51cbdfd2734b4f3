package tessera.mandelbrot;

import java.math.BigInteger;
import tessera.render.EscapeTimeRenderer;

/**
 * The oracle for deep views: every pixel's own orbit in full precision (the view's bits), with
 * the same point c as {@link PerturbedMandelbrotWorkload} takes (the exact centre plus the
 * offset, exactly). Slow by design: it serves to check the fast renderer, from the command line's
 * {@code render --exact} and in tests.
 */
public final class ExactMandelbrotWorkload extends DeepViewWorkload {
    private final int maxIter;
    private final Palette palette;
    private final BigInteger four;

    public ExactMandelbrotWorkload(DeepView view, int maxIter, Palette palette) {
        super(view);
        this.maxIter = maxIter;
        this.palette = palette;
        this.four = BigInteger.valueOf(4).shiftLeft(view.bits);
    }

    @Override
    PixelColors newPixelColors() {
        return this::pixel;
    }

    int pixel(double offsetX, double offsetY, EscapeTimeRenderer counts) {
        int bits = view.bits;
        BigInteger cx = ReferenceOrbit.fixed(view.x.add(view.exact(offsetX)), bits);
        BigInteger cy = ReferenceOrbit.fixed(view.y.add(view.exact(offsetY)), bits);
        BigInteger zx = BigInteger.ZERO;
        BigInteger zy = BigInteger.ZERO;
        int n = 0;
        while (n < maxIter) {
            BigInteger zx2 = zx.multiply(zx).shiftRight(bits);
            BigInteger zy2 = zy.multiply(zy).shiftRight(bits);
            if (zx2.add(zy2).compareTo(four) >= 0) {
                break;
            }
            zy = zx.multiply(zy).shiftRight(bits - 1).add(cy);
            zx = zx2.subtract(zy2).add(cx);
            n++;
        }
        // The escape test above runs before the step; the loop counts like the seed's: n steps, then |z|² ≥ 4.
        if (n < maxIter) {
            counts.escaped(n);
        }
        return palette.color(n, maxIter, ReferenceOrbit.toDouble(zx, bits), ReferenceOrbit.toDouble(zy, bits),
                ReferenceOrbit.toDouble(cx, bits), ReferenceOrbit.toDouble(cy, bits));
    }
}
