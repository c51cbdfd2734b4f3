package tessera.mandelbrot;

/**
 * The Mandelbrot set at any depth a double's exponent reaches: each pixel's orbit z is followed as
 * its difference dz from the view centre's reference orbit Z, dz ← (2Z + dz)·dz + dc, in doubles.
 * When z comes nearer 0 than dz is (|Z + dz| < |dz|), or the reference ends, dz takes the whole z
 * and the reference starts again from Z₀ (rebasing, after Zhuoran): one reference serves the
 * whole view without glitches.
 */
public final class PerturbedMandelbrotWorkload extends DeepViewWorkload {
    private final int maxIter;
    private final Palette palette;
    private final ReferenceOrbit reference;
    private final double centerX;
    private final double centerY;

    public PerturbedMandelbrotWorkload(DeepView view, int maxIter, Palette palette) {
        super(view);
        this.maxIter = maxIter;
        this.palette = palette;
        this.reference = new ReferenceOrbit(view.x, view.y, maxIter, view.precision);
        this.centerX = DeepView.toDouble(view.x);
        this.centerY = DeepView.toDouble(view.y);
    }

    @Override
    int pixel(double dcx, double dcy) {
        double[] refX = reference.x;
        double[] refY = reference.y;
        int last = reference.length - 1;
        double dx = 0.0;
        double dy = 0.0;
        double zx = 0.0;
        double zy = 0.0;
        int m = 0;
        int n = 0;
        while (n < maxIter) {
            double twoZx = 2.0 * refX[m] + dx;
            double twoZy = 2.0 * refY[m] + dy;
            double nextDx = twoZx * dx - twoZy * dy + dcx;
            dy = twoZx * dy + twoZy * dx + dcy;
            dx = nextDx;
            m++;
            zx = refX[m] + dx;
            zy = refY[m] + dy;
            n++;
            double size = zx * zx + zy * zy;
            if (size >= 4.0) {
                break;
            }
            if (size < dx * dx + dy * dy || m == last) {
                dx = zx;
                dy = zy;
                m = 0;
            }
        }
        return palette.color(n, maxIter, zx, zy, centerX + dcx, centerY + dcy);
    }
}
