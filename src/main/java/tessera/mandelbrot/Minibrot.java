package tessera.mandelbrot;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import tessera.escapetime.Formula;
import tessera.escapetime.PowerOfTwo;

/**
 * A minibrot: the nucleus of a hyperbolic component of period p (z_p = 0 there), and its size.
 * {@link #lowestPeriodIn} finds the one of lowest period in a view: the period is the first n at
 * which the images z_n of the view's corners wind around 0 (the box method), the nucleus comes
 * from Newton's method on z_p(c) = 0 started at the view's centre, in fixed point with twice the
 * view's bits, and the size is 1/|β·λ²| with λ = ∏ 2z_k and β = 1 + Σ 1/∏ 2z_k (k = 1 … p − 1).
 * The Multibrot sets z^d + c likewise, with λ = ∏ d·z_k^(d−1) and the size 1/|β·λ^(d/(d−1))|
 * (a minibrot is a copy of the set, its c scaled as λ^(d/(d−1))).
 */
public final class Minibrot {
    public final BigDecimal x;
    public final BigDecimal y;
    /** The grid of cells {@link #toGoIn} looks in, CELLS × CELLS. */
    private static final int CELLS = 4;
    public final int period;
    /** log10 of the size, so that deep sizes stay in range. */
    public final double log10Size;

    private Minibrot(BigDecimal x, BigDecimal y, int period, double log10Size) {
        this.x = x;
        this.y = y;
        this.period = period;
        this.log10Size = log10Size;
    }

    /** A zoom at which the minibrot and its bulbs fill about half the frame's height, as a decimal string with 3 digits. */
    public String zoom() {
        double exponent = -log10Size - 0.4;
        int whole = (int) Math.floor(exponent);
        double mantissa = Math.pow(10.0, exponent - whole);
        return BigDecimal.valueOf(mantissa).round(new MathContext(3, RoundingMode.HALF_EVEN)).toPlainString() + "e" + whole;
    }

    /** The minibrot of lowest period (up to maxPeriod) whose nucleus lies in the view, or null when there is none. */
    public static Minibrot lowestPeriodIn(DeepView view, int maxPeriod) {
        return lowestPeriodAbout(view, view, 2, maxPeriod);
    }

    /**
     * The minibrot of lowest period (up to maxPeriod) of the Multibrot set of {@code power} found about the centre of {@code box}
     * whose nucleus lies in {@code within}.
     */
    private static Minibrot lowestPeriodAbout(DeepView box, DeepView within, int power, int maxPeriod) {
        // Corners far out escape before their orbits wind around 0, and four corners follow a big box's
        // image only roughly: then a box a sixteenth the size, about the centre, until Newton's method lands in view.
        for (double shrink = 1.0; shrink >= 0x1p-12; shrink *= 0x1p-4) {
            int period = boxPeriod(box, power, maxPeriod, shrink);
            Minibrot found = period == 0 ? null : nucleus(box, power, period, within);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    /**
     * What "Find minibrot" goes to: the minibrot of lowest period in the view, unless going to it
     * would zoom out (its component is larger than the view, as the main cardioid is seen from the
     * start view) or none is found about the centre; then the lowest period found about the centres of a grid of cells of the view,
     * with its nucleus in the view and deeper than it; else (the view lies inside one component,
     * nothing deeper in it) the one in view, or null.
     */
    public static Minibrot toGoIn(DeepView view, int maxPeriod) {
        return toGoIn(view, 2, maxPeriod);
    }

    /** As above, in the Multibrot set of {@code power}. */
    public static Minibrot toGoIn(DeepView view, int power, int maxPeriod) {
        Minibrot inView = lowestPeriodAbout(view, view, power, maxPeriod);
        if (inView != null && inView.zoomIsAtLeast(view, 0.5)) {
            return inView;
        }
        Minibrot best = null;
        for (int row = 0; row < CELLS; row++) {
            for (int column = 0; column < CELLS; column++) {
                // A cell is the view CELLS times deeper, about the cell's centre; only periods below the best so far are looked for.
                double cellX = view.offset(0, view.width) * (1.0 - (2.0 * column + 1.0) / CELLS);
                double cellY = view.offset(0, view.height) * (1.0 - (2.0 * row + 1.0) / CELLS);
                DeepView cell = new DeepView(view.x.add(view.exact(cellX)), view.y.add(view.exact(cellY)),
                        view.zoom.multiply(BigDecimal.valueOf(CELLS)), view.width, view.height);
                Minibrot found = lowestPeriodAbout(cell, view, power, best == null ? maxPeriod : best.period - 1);
                if (found != null && found.zoomIsAtLeast(view, 1.0) && (best == null || found.period < best.period)) {
                    best = found;
                }
            }
        }
        return best == null ? inView : best;
    }

    /** Whether the zoom that shows this minibrot ({@link #zoom}) is at least {@code times} the view's. */
    boolean zoomIsAtLeast(DeepView view, double times) {
        BigDecimal zoom = view.zoom.stripTrailingZeros();
        int exponent = zoom.precision() - zoom.scale() - 1;
        double log10Zoom = exponent + Math.log10(zoom.movePointLeft(exponent).doubleValue());
        return -log10Size - 0.4 >= log10Zoom + Math.log10(times);
    }

    /** The nucleus of the given period that Newton's method reaches from the view's centre, if it lies in {@code within}. */
    private static Minibrot nucleus(DeepView view, int power, int period, DeepView within) {
        int bits = 2 * view.bits + 64;
        BigInteger[] c = {ReferenceOrbit.fixed(view.x, bits), ReferenceOrbit.fixed(view.y, bits)};
        for (int step = 0; step < 100; step++) {
            BigInteger[] delta = newtonStep(c, power, period, bits);
            if (delta == null) {
                return null;
            }
            c[0] = c[0].subtract(delta[0]);
            c[1] = c[1].subtract(delta[1]);
            int deltaBits = Math.max(delta[0].abs().bitLength(), delta[1].abs().bitLength());
            if (deltaBits < 16) {
                double log10Size = log10Size(c, power, period, bits);
                if (!(Math.abs(log10Size) < 1e6)) {
                    // an orbit below a double's range on the way: no size to go by
                    return null;
                }
                // digits enough to centre a view on the minibrot that shows it whole, and some
                MathContext digits = new MathContext((int) Math.max(0, Math.ceil(-log10Size)) + 30, RoundingMode.HALF_EVEN);
                BigDecimal x = toDecimal(c[0], bits, digits);
                BigDecimal y = toDecimal(c[1], bits, digits);
                return inView(within, x, y) ? new Minibrot(x, y, period, log10Size) : null;
            }
        }
        return null;
    }

    /** The first n at which the orbits of the corners of the view, shrunk about its centre, wind around 0; 0 if one escapes first. */
    static int boxPeriod(DeepView view, int power, int maxPeriod, double shrink) {
        Formula formula = Formula.named(Formula.DEFAULT, power);
        BigInteger[] z = new BigInteger[2];
        int bits = view.bits;
        double left = view.offset(0, view.width) * shrink;
        double right = view.offset(view.width, view.width) * shrink;
        double bottom = view.offset(0, view.height) * shrink;
        double top = view.offset(view.height, view.height) * shrink;
        double[] mantissaX = {left, right, right, left};
        double[] mantissaY = {bottom, bottom, top, top};
        BigInteger[] cx = new BigInteger[4];
        BigInteger[] cy = new BigInteger[4];
        BigInteger[] zx = new BigInteger[4];
        BigInteger[] zy = new BigInteger[4];
        for (int j = 0; j < 4; j++) {
            cx[j] = ReferenceOrbit.fixed(view.x.add(view.exact(mantissaX[j])), bits);
            cy[j] = ReferenceOrbit.fixed(view.y.add(view.exact(mantissaY[j])), bits);
            zx[j] = BigInteger.ZERO;
            zy[j] = BigInteger.ZERO;
        }
        double[] px = new double[4];
        double[] py = new double[4];
        for (int n = 1; n <= maxPeriod; n++) {
            int largest = 0;
            for (int j = 0; j < 4; j++) {
                if (power == 2) {
                    BigInteger nextX = ReferenceOrbit.stepX(zx[j], zy[j], cx[j], bits);
                    zy[j] = ReferenceOrbit.stepY(zx[j], zy[j], cy[j], bits);
                    zx[j] = nextX;
                } else {
                    z[0] = zx[j];
                    z[1] = zy[j];
                    formula.exactStep(z, cx[j], cy[j], bits, null);
                    zx[j] = z[0];
                    zy[j] = z[1];
                }
                largest = Math.max(largest, Math.max(zx[j].bitLength(), zy[j].bitLength()));
            }
            if (largest > bits + 14) {
                // |z| past 2^14: escaped
                return 0;
            }
            // The winding only needs the corners' shape: as doubles with a common scale, so that
            // corners far below a double's range (a return to 0 deep down) keep it.
            int scale = Math.max(largest - 60, 0);
            for (int j = 0; j < 4; j++) {
                px[j] = ReferenceOrbit.toDouble(zx[j], scale);
                py[j] = ReferenceOrbit.toDouble(zy[j], scale);
            }
            if (surroundsOrigin(px, py)) {
                return n;
            }
        }
        return 0;
    }

    /** Whether the polygon (px, py) contains 0, by counting the edges a ray along the positive x axis crosses. */
    static boolean surroundsOrigin(double[] px, double[] py) {
        boolean inside = false;
        for (int i = 0, j = px.length - 1; i < px.length; j = i++) {
            if ((py[i] > 0) != (py[j] > 0)) {
                double crossing = px[j] + (0 - py[j]) * (px[i] - px[j]) / (py[i] - py[j]);
                if (crossing > 0) {
                    inside = !inside;
                }
            }
        }
        return inside;
    }

    /** z_p(c) / z_p'(c) in fixed point for z ← z^power + c, or null where the derivative vanishes or the orbit escapes. */
    private static BigInteger[] newtonStep(BigInteger[] c, int power, int period, int bits) {
        BigInteger one = BigInteger.ONE.shiftLeft(bits);
        BigInteger limit = BigInteger.valueOf(1 << 20).shiftLeft(bits);
        BigInteger factor = BigInteger.valueOf(power);
        BigInteger zx = BigInteger.ZERO;
        BigInteger zy = BigInteger.ZERO;
        BigInteger dx = BigInteger.ZERO;
        BigInteger dy = BigInteger.ZERO;
        for (int n = 0; n < period; n++) {
            // dz ← power·z^(power−1)·dz + 1, then z ← z^power + c
            BigInteger qx = zx;
            BigInteger qy = zy;
            for (int k = 2; k < power; k++) {
                BigInteger next = qx.multiply(zx).subtract(qy.multiply(zy)).shiftRight(bits);
                qy = qx.multiply(zy).add(qy.multiply(zx)).shiftRight(bits);
                qx = next;
            }
            BigInteger nextDx = qx.multiply(dx).subtract(qy.multiply(dy)).multiply(factor).shiftRight(bits).add(one);
            dy = qx.multiply(dy).add(qy.multiply(dx)).multiply(factor).shiftRight(bits);
            dx = nextDx;
            BigInteger nextX = power == 2 ? ReferenceOrbit.stepX(zx, zy, c[0], bits)
                    : qx.multiply(zx).subtract(qy.multiply(zy)).shiftRight(bits).add(c[0]);
            zy = power == 2 ? ReferenceOrbit.stepY(zx, zy, c[1], bits) : qx.multiply(zy).add(qy.multiply(zx)).shiftRight(bits).add(c[1]);
            zx = nextX;
            if (zx.abs().compareTo(limit) > 0 || zy.abs().compareTo(limit) > 0) {
                return null;
            }
        }
        // z / dz = z·conj(dz) / |dz|²
        BigInteger norm = dx.multiply(dx).add(dy.multiply(dy));
        if (norm.signum() == 0) {
            return null;
        }
        BigInteger re = zx.multiply(dx).add(zy.multiply(dy)).shiftLeft(bits).divide(norm);
        BigInteger im = zy.multiply(dx).subtract(zx.multiply(dy)).shiftLeft(bits).divide(norm);
        return new BigInteger[] {re, im};
    }

    static double log10Size(BigInteger[] c, int period, int bits) {
        return log10Size(c, 2, period, bits);
    }

    static double log10Size(BigInteger[] c, int power, int period, int bits) {
        Formula formula = Formula.named(Formula.DEFAULT, power);
        // λ_n = ∏ power·z_k^(power−1) and β = Σ 1/λ_n, kept as a double mantissa and a binary exponent each step
        double lx = 1.0;
        double ly = 0.0;
        int lExponent = 0;
        // β counts the start too, as 1: the main cardioid (period 1) has size 1
        double bx = 1.0;
        double by = 0.0;
        BigInteger[] z = {BigInteger.ZERO, BigInteger.ZERO};
        for (int n = 1; n < period; n++) {
            formula.exactStep(z, c[0], c[1], bits, null);
            double zx = ReferenceOrbit.toDouble(z[0], bits);
            double zy = ReferenceOrbit.toDouble(z[1], bits);
            // power·z^(power−1)
            double qx = power;
            double qy = 0.0;
            for (int k = 1; k < power; k++) {
                double next = qx * zx - qy * zy;
                qy = qx * zy + qy * zx;
                qx = next;
            }
            double nextLx = lx * qx - ly * qy;
            ly = lx * qy + ly * qx;
            lx = nextLx;
            int k = PowerOfTwo.exponent(Math.abs(lx) + Math.abs(ly));
            lx = PowerOfTwo.scale(lx, -k);
            ly = PowerOfTwo.scale(ly, -k);
            lExponent += k;
            // 1/λ = conj(λ)/|λ|² · 2^-lExponent, added to β only while it still counts
            double norm = lx * lx + ly * ly;
            bx += PowerOfTwo.scale(lx / norm, -lExponent);
            by -= PowerOfTwo.scale(ly / norm, -lExponent);
        }
        double log2Lambda = Math.log(Math.sqrt(lx * lx + ly * ly)) / Math.log(2) + lExponent;
        double log2Beta = Math.log(Math.sqrt(bx * bx + by * by)) / Math.log(2);
        return -(log2Beta + power / (power - 1.0) * log2Lambda) * Math.log10(2);
    }

    private static BigDecimal toDecimal(BigInteger fixed, int bits, MathContext precision) {
        return DeepView.timesPowerOfTwo(new BigDecimal(fixed), -bits).round(precision).stripTrailingZeros();
    }

    private static boolean inView(DeepView view, BigDecimal x, BigDecimal y) {
        BigDecimal halfWidth = view.exact(view.offset(view.width, view.width)).abs();
        BigDecimal halfHeight = view.exact(view.offset(view.height, view.height)).abs();
        return x.subtract(view.x).abs().compareTo(halfWidth) <= 0 && y.subtract(view.y).abs().compareTo(halfHeight) <= 0;
    }
}
