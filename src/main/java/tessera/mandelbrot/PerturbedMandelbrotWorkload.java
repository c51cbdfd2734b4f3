package tessera.mandelbrot;

import tessera.render.EscapeTimeRenderer;

/**
 * The Mandelbrot set at any depth: each pixel's orbit z is followed as its difference dz from the
 * view centre's reference orbit Z, dz ← (2Z + dz)·dz + dc, in doubles. When z comes nearer 0 than
 * dz is (|Z + dz| < |dz|), or the reference ends, dz takes the whole z and the reference starts
 * again from Z₀ (rebasing, after Zhuoran): one reference serves the whole view without glitches.
 * While |dz| is small enough, {@link BilinearTable} steps skip many iterations at once.
 *
 * <p>Past zoom ≈ 10³⁰⁰ the pixel offsets dc are below a double's range. There dz starts as a
 * scaled pair: a double mantissa and a binary exponent, dz = d·2^e. While e < {@link #DOUBLE_FROM}
 * the reference cannot have escaped by dz, nor can z come near 0 by it, so the scaled iteration
 * needs no escape or rebasing test of its own; once dz is that large it becomes a double, and dc,
 * below 2^-200 of it, no longer counts.
 */
public final class PerturbedMandelbrotWorkload extends DeepViewWorkload {
    /** Below this spacing exponent pixel offsets are not all normal doubles, and orbits start scaled. */
    private static final int SCALED_BELOW = -1000;
    /** The exponent at which a scaled dz becomes a double. */
    private static final int DOUBLE_FROM = -800;
    private static final double RENORMALISE_ABOVE = 0x1p32;
    private static final double RENORMALISE_BELOW = 0x1p-32;
    private static final double[][] NO_LEVELS = new double[0][];

    private final int maxIter;
    private final Palette palette;
    private final ReferenceOrbit reference;
    /** Null when the view asks for every iteration ({@code bla: false}). */
    private final BilinearTable bla;
    private final double centerX;
    private final double centerY;

    public PerturbedMandelbrotWorkload(DeepView view, int maxIter, Palette palette, boolean bla) {
        super(view);
        this.maxIter = maxIter;
        this.palette = palette;
        this.reference = new ReferenceOrbit(view.x, view.y, maxIter, view.bits);
        double cornerX = view.asDouble(view.offset(0, view.width));
        double cornerY = view.asDouble(view.offset(0, view.height));
        this.bla = bla ? new BilinearTable(reference, Math.sqrt(cornerX * cornerX + cornerY * cornerY)) : null;
        this.centerX = DeepView.toDouble(view.x);
        this.centerY = DeepView.toDouble(view.y);
    }

    @Override
    int pixel(double offsetX, double offsetY, EscapeTimeRenderer counts) {
        double[] refX = reference.x;
        double[] refY = reference.y;
        int last = reference.length - 1;
        int spacingExponent = view.spacingExponent;
        double dcx = view.asDouble(offsetX);
        double dcy = view.asDouble(offsetY);
        double dx = 0.0;
        double dy = 0.0;
        double zx = 0.0;
        double zy = 0.0;
        int n = 0;
        int m = 0;
        if (spacingExponent < SCALED_BELOW) {
            // dz₁ = dc, then d ← 2Z·d + d²·2^e + c with c = offset·2^(spacingExponent − e), and dz = d·2^e
            double sx = offsetX;
            double sy = offsetY;
            int e = spacingExponent;
            double cx = offsetX;
            double cy = offsetY;
            double unit = PowerOfTwo.scale(1.0, e);
            n = 1;
            m = 1;
            while (true) {
                zx = refX[m] + sx * unit;
                zy = refY[m] + sy * unit;
                if (zx * zx + zy * zy >= 4.0 || n >= maxIter) {
                    return color(n, zx, zy, dcx, dcy, counts);
                }
                if (e >= DOUBLE_FROM || m == last) {
                    dx = sx * unit;
                    dy = sy * unit;
                    break;
                }
                double twoZx = 2.0 * refX[m];
                double twoZy = 2.0 * refY[m];
                double nextSx = twoZx * sx - twoZy * sy + (sx * sx - sy * sy) * unit + cx;
                sy = twoZx * sy + twoZy * sx + 2.0 * sx * sy * unit + cy;
                sx = nextSx;
                m++;
                n++;
                double size = Math.abs(sx) + Math.abs(sy);
                if (size > RENORMALISE_ABOVE || (size < RENORMALISE_BELOW && size > 0.0)) {
                    int k = PowerOfTwo.exponent(size);
                    sx = PowerOfTwo.scale(sx, -k);
                    sy = PowerOfTwo.scale(sy, -k);
                    e += k;
                    unit = PowerOfTwo.scale(1.0, e);
                    cx = PowerOfTwo.scale(offsetX, spacingExponent - e);
                    cy = PowerOfTwo.scale(offsetY, spacingExponent - e);
                }
            }
            if (zx * zx + zy * zy < dx * dx + dy * dy || m == last) {
                dx = zx;
                dy = zy;
                m = 0;
            }
        }
        double[][] levels = bla == null ? NO_LEVELS : bla.levels;
        while (n < maxIter) {
            int skip = 0;
            if (((m - 1) & 3) == 0 && m > 0) {
                // The longest step the table allows here: radii shrink as steps grow, so climb until one refuses.
                double dz2 = dx * dx + dy * dy;
                int from = m - 1;
                double[] entries = null;
                int at = 0;
                for (int k = 0; k < levels.length; k++) {
                    int shift = k + BilinearTable.SHORTEST;
                    int length = 1 << shift;
                    int index = (from >> shift) * BilinearTable.STRIDE;
                    if ((from & (length - 1)) != 0 || length > maxIter - n || index >= levels[k].length) {
                        break;
                    }
                    double radius = levels[k][index + 4];
                    if (!(dz2 < radius * radius)) {
                        break;
                    }
                    entries = levels[k];
                    at = index;
                    skip = length;
                }
                if (skip > 0) {
                    double ax = entries[at];
                    double ay = entries[at + 1];
                    double bx = entries[at + 2];
                    double by = entries[at + 3];
                    double nextDx = ax * dx - ay * dy + bx * dcx - by * dcy;
                    dy = ax * dy + ay * dx + bx * dcy + by * dcx;
                    dx = nextDx;
                    m += skip;
                    n += skip;
                }
            }
            if (skip == 0) {
                double twoZx = 2.0 * refX[m] + dx;
                double twoZy = 2.0 * refY[m] + dy;
                double nextDx = twoZx * dx - twoZy * dy + dcx;
                dy = twoZx * dy + twoZy * dx + dcy;
                dx = nextDx;
                m++;
                n++;
            }
            zx = refX[m] + dx;
            zy = refY[m] + dy;
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
        return color(n, zx, zy, dcx, dcy, counts);
    }

    private int color(int n, double zx, double zy, double dcx, double dcy, EscapeTimeRenderer counts) {
        if (n < maxIter) {
            counts.escaped(n);
        }
        return palette.color(n, maxIter, zx, zy, centerX + dcx, centerY + dcy);
    }
}
