package tessera.escapetime;

import java.math.BigInteger;
import java.util.List;
import java.util.function.BiConsumer;
import tessera.json.JsonWriter;

/**
 * An escape-time formula z ← fold(T(z)^p) + c, the way Kalles Fraktaler builds its formulas from
 * one operator: T takes |x| and/or |y| and/or negates y of z = x + iy before the power p, and
 * fold takes the absolute value of the real and/or imaginary part after it.
 *
 * <ul>
 *   <li>{@code multibrot}: z^p + c, p = 2 … 8 (at 2 the classic Mandelbrot and Julia sets; the default);
 *   <li>{@code burning-ship}: (|x| + i|y|)² + c;
 *   <li>{@code tricorn} (the Mandelbar): (x − iy)² + c;
 *   <li>{@code celtic}: |Re z²| + i·Im z² + c;
 *   <li>{@code buffalo}: |Re z²| + i|Im z²| + c;
 *   <li>{@code perpendicular-burning-ship}: (x − i|y|)² + c.
 * </ul>
 *
 * <p>Every formula iterates three ways, each written here once: in doubles ({@link #escape}), as a
 * difference from a reference orbit ({@link #perturb}, where each absolute value becomes
 * {@link #diffabs}, exact however small the difference), and in fixed point for the reference
 * orbit and the full-precision oracle ({@link #exactStep}).
 */
public final class Formula {
    public static final String DEFAULT = "multibrot";
    public static final int MIN_POWER = 2;
    public static final int MAX_POWER = 8;
    private static final List<String> IDS = List.of(DEFAULT, "burning-ship", "tricorn", "celtic", "buffalo",
            "perpendicular-burning-ship");
    private static final List<String> LABELS = List.of("Multibrot (z^p + c)", "Burning Ship", "Tricorn (Mandelbar)", "Celtic", "Buffalo",
            "Perpendicular Burning Ship");
    private static final double LN2 = 0.6931471805599453;

    /** An exponent below any that {@link #linearStep} takes for near. */
    private static final int NOT_NEAR = Integer.MIN_VALUE / 4;

    public final String id;
    public final int power;
    private final boolean absX;
    private final boolean absY;
    private final boolean negY;
    private final boolean foldX;
    private final boolean foldY;

    private Formula(String id, int power, boolean absX, boolean absY, boolean negY, boolean foldX, boolean foldY) {
        this.id = id;
        this.power = power;
        this.absX = absX;
        this.absY = absY;
        this.negY = negY;
        this.foldX = foldX;
        this.foldY = foldY;
    }

    /** The formulas' names, as requests give them. */
    public static List<String> ids() {
        return IDS;
    }

    /** The formula {@code id} at power {@code power}; only {@code multibrot} has powers other than 2. */
    public static Formula named(String id, int power) {
        if (power != 2 && !id.equals(DEFAULT)) {
            throw new IllegalArgumentException("only the multibrot formula has powers other than 2, not " + id);
        }
        if (power < MIN_POWER || power > MAX_POWER) {
            throw new IllegalArgumentException("power must be from " + MIN_POWER + " to " + MAX_POWER + ", got " + power);
        }
        switch (id) {
            case DEFAULT:
                return new Formula(id, power, false, false, false, false, false);
            case "burning-ship":
                return new Formula(id, 2, true, true, false, false, false);
            case "tricorn":
                return new Formula(id, 2, false, false, true, false, false);
            case "celtic":
                return new Formula(id, 2, false, false, false, true, false);
            case "buffalo":
                return new Formula(id, 2, false, false, false, true, true);
            case "perpendicular-burning-ship":
                return new Formula(id, 2, false, true, true, false, false);
            default:
                throw new IllegalArgumentException("no formula " + id);
        }
    }

    /**
     * The members {@code formula} (the default) and {@code formulas: [{id, label, power: {min, max, default}}, …]}
     * of a description, each formula's object completed by {@code more} (its zoom limit, say); only
     * {@code multibrot} has a power range.
     */
    public static void describe(JsonWriter json, BiConsumer<Formula, JsonWriter> more) {
        json.name("formula").value(DEFAULT).name("formulas").beginArray();
        for (int i = 0; i < IDS.size(); i++) {
            Formula formula = named(IDS.get(i), 2);
            json.beginObject().name("id").value(formula.id).name("label").value(LABELS.get(i));
            if (formula.id.equals(DEFAULT)) {
                json.name("power").range(MIN_POWER, MAX_POWER, 2);
            }
            more.accept(formula, json);
            json.endObject();
        }
        json.endArray();
    }

    /** z² + c, the classic formula, whose own tuned loops (cardioid test, paired pixels, bilinear steps) serve it. */
    public boolean isClassic() {
        return id.equals(DEFAULT) && power == 2;
    }

    /** Whether an absolute value follows the power: the reference keeps the values it folds ({@link #exactStep}'s {@code powered}). */
    public boolean foldsAfterPower() {
        return foldX || foldY;
    }

    /** The formula as a request names it: {@code burning-ship}, or {@code multibrot} with its power past 2. */
    @Override
    public String toString() {
        return power == 2 ? id : id + " power " + power;
    }

    /**
     * Iterates z from (zx, zy) with constant c while |z|² &lt; 4, at most maxIter steps, and returns
     * the escape data; the Mandelbrot set starts from z = 0, a Julia set from the pixel's point.
     */
    public int escape(double zx, double zy, double cx, double cy, int maxIter, EscapeCounts counts) {
        int n = 0;
        while (n < maxIter && zx * zx + zy * zy < 4.0) {
            double x = absX ? Math.abs(zx) : zx;
            double y = absY ? Math.abs(zy) : zy;
            if (negY) {
                y = -y;
            }
            double wx;
            double wy;
            if (power == 2) {
                wx = x * x - y * y;
                wy = 2.0 * x * y;
            } else {
                wx = x;
                wy = y;
                for (int k = 1; k < power; k++) {
                    double next = wx * x - wy * y;
                    wy = wx * y + wy * x;
                    wx = next;
                }
            }
            zx = (foldX ? Math.abs(wx) : wx) + cx;
            zy = (foldY ? Math.abs(wy) : wy) + cy;
            n++;
        }
        if (n == maxIter) {
            return EscapeData.inside(maxIter);
        }
        counts.escaped(n);
        return escapeData(n, zx, zy, cx, cy);
    }

    /**
     * The escape data of a point that escaped after n steps with z = (zx, zy): its continuous count
     * takes z k steps further, then ν = n + k + 1 − log_p(ln|z|), so that its bands vanish for any
     * power. k is 3 for the squares, fewer for higher powers, whose |z| would pass a double's range
     * (|z|² ≈ 2^(2·p^(k+1)) at most).
     */
    public int escapeData(int n, double zx, double zy, double cx, double cy) {
        if (isClassic()) {
            return EscapeData.escaped(n, zx, zy, cx, cy);
        }
        int extra = power == 2 ? 3 : power <= 4 ? 2 : 1;
        for (int i = 0; i < extra; i++) {
            double x = absX ? Math.abs(zx) : zx;
            double y = absY ? Math.abs(zy) : zy;
            if (negY) {
                y = -y;
            }
            double wx = x;
            double wy = y;
            for (int k = 1; k < power; k++) {
                double next = wx * x - wy * y;
                wy = wx * y + wy * x;
                wx = next;
            }
            zx = (foldX ? Math.abs(wx) : wx) + cx;
            zy = (foldY ? Math.abs(wy) : wy) + cy;
        }
        double logModulus = 0.5 * ExactLog.log2(zx * zx + zy * zy) * LN2;
        return EscapeData.of(n, n + extra + 1 - ExactLog.log2(logModulus) / ExactLog.log2(power));
    }

    /**
     * f(Z + d) − f(Z) of the step f(z) = fold(T(z)^p) without c, for a reference value Z = (X, Y) and a
     * difference d = (dx, dy), into {@code out}: computed from d itself, never as the difference of two
     * rounded values, so it is as exact for d of 10⁻³⁰⁰ as for d of 1. {@code foldedX}, {@code foldedY}:
     * the real and imaginary part of T(Z)^p, rounded from the full-precision orbit (only read where the
     * formula folds after the power: the side of the fold is decided on exact values).
     */
    public void perturb(double x, double y, double foldedX, double foldedY, double dx, double dy, double[] out) {
        double tx = absX ? Math.abs(x) : x;
        double ax = absX ? diffabs(x, dx) : dx;
        double ty = absY ? Math.abs(y) : y;
        double ay = absY ? diffabs(y, dy) : dy;
        if (negY) {
            ty = -ty;
            ay = -ay;
        }
        double ex;
        double ey;
        if (power == 2) {
            // (T + a)² − T² = (2T + a)·a
            ex = (2.0 * tx + ax) * ax - (2.0 * ty + ay) * ay;
            ey = (2.0 * tx + ax) * ay + (2.0 * ty + ay) * ax;
        } else {
            // (T + a)^p − T^p = a·Σ (T + a)^j·T^(p−1−j), the sum by Horner's rule in T
            double fx = tx + ax;
            double fy = ty + ay;
            double px = 1.0;
            double py = 0.0;
            double sx = 1.0;
            double sy = 0.0;
            for (int k = 1; k < power; k++) {
                double nextP = px * fx - py * fy;
                py = px * fy + py * fx;
                px = nextP;
                double nextS = sx * tx - sy * ty + px;
                sy = sx * ty + sy * tx + py;
                sx = nextS;
            }
            ex = ax * sx - ay * sy;
            ey = ax * sy + ay * sx;
        }
        out[0] = foldX ? diffabs(foldedX, ex) : ex;
        out[1] = foldY ? diffabs(foldedY, ey) : ey;
    }

    /**
     * {@link #perturb} for a difference below a double's range, d = (sx, sy)·2^e with |s| near 1:
     * writes w into {@code out} and returns the exponent E with f(Z + d) − f(Z) = w·2^E. The
     * reference's values come as mantissas with exponents (Z = x·2^xe + i·y·2^ye, T(Z)^p likewise), as
     * they may be below a double's range too. Each absolute value's fold is decided exactly, the
     * reference's side taken to d's scale (beside a d of 2^-3000 any Z but 0 is infinitely far on one
     * side); the power's difference is its linear part p·T^(p−1)·a where T = T(Z) is over 2^64 times
     * the difference a (T's power taken at T's own scale, so that it neither overflows nor
     * underflows), and the whole difference at a's scale where it is not.
     */
    public int perturbScaled(double x, int xe, double y, int ye, double foldedX, int foldedXe, double foldedY, int foldedYe,
            double sx, double sy, int e, double[] out) {
        double tx = absX ? Math.abs(x) : x;
        double ax = absX ? diffabs(PowerOfTwo.scale(x, xe - e), sx) : sx;
        double ty = absY ? Math.abs(y) : y;
        double ay = absY ? diffabs(PowerOfTwo.scale(y, ye - e), sy) : sy;
        if (negY) {
            ty = -ty;
            ay = -ay;
        }
        // T at one exponent: the larger part's (the smaller one's beyond 2^-1000 of it is nothing beside it)
        int te = tx == 0.0 ? ye : ty == 0.0 ? xe : Math.max(xe, ye);
        tx = PowerOfTwo.term(tx, xe - te);
        ty = PowerOfTwo.term(ty, ye - te);
        double sizeT = Math.abs(tx) + Math.abs(ty);
        double sizeA = Math.abs(ax) + Math.abs(ay);
        int exponentT = sizeT == 0.0 ? PowerOfTwo.OF_ZERO : te + PowerOfTwo.exponent(sizeT);
        int exponentA = sizeA == 0.0 ? PowerOfTwo.OF_ZERO : e + PowerOfTwo.exponent(sizeA);
        double wx;
        double wy;
        int exponent;
        if (exponentT - exponentA > 64) {
            double nx = PowerOfTwo.scale(tx, te - exponentT);
            double ny = PowerOfTwo.scale(ty, te - exponentT);
            double qx = power;
            double qy = 0.0;
            for (int k = 1; k < power; k++) {
                double next = qx * nx - qy * ny;
                qy = qx * ny + qy * nx;
                qx = next;
            }
            wx = qx * ax - qy * ay;
            wy = qx * ay + qy * ax;
            exponent = e + (power - 1) * exponentT;
        } else {
            double px = PowerOfTwo.scale(tx, te - e);
            double py = PowerOfTwo.scale(ty, te - e);
            double fx = px + ax;
            double fy = py + ay;
            double gx = 1.0;
            double gy = 0.0;
            double hx = 1.0;
            double hy = 0.0;
            for (int k = 1; k < power; k++) {
                double nextG = gx * fx - gy * fy;
                gy = gx * fy + gy * fx;
                gx = nextG;
                double nextH = hx * px - hy * py + gx;
                hy = hx * py + hy * px + gy;
                hx = nextH;
            }
            wx = ax * hx - ay * hy;
            wy = ax * hy + ay * hx;
            exponent = power * e;
        }
        out[0] = foldX ? diffabs(PowerOfTwo.scale(foldedX, foldedXe - exponent), wx) : wx;
        out[1] = foldY ? diffabs(PowerOfTwo.scale(foldedY, foldedYe - exponent), wy) : wy;
        return exponent;
    }

    /**
     * The linear map d ↦ f(Z + d) − f(Z) for every d below 2^-480, as the matrix (a, b; c, d) written
     * into {@code out} from {@code at}, where it is one: where Z is not near 0 (|T(Z)| ≥ 2^-100) and no
     * fold is near (each value an absolute value is taken of at least 2^-400, so that no such d moves
     * it across 0). Returns whether it is; the reference's values as in {@link #perturbScaled}.
     */
    public boolean linearStep(double x, int xe, double y, int ye, double foldedX, int foldedXe, double foldedY, int foldedYe,
            double[] out, int at) {
        int te = Math.max(x == 0.0 ? NOT_NEAR : xe, y == 0.0 ? NOT_NEAR : ye);
        if (te < -100 || (absX && (x == 0.0 || xe < -400)) || (absY && (y == 0.0 || ye < -400))
                || (foldX && (foldedX == 0.0 || foldedXe < -400)) || (foldY && (foldedY == 0.0 || foldedYe < -400))) {
            return false;
        }
        double signX = absX && x < 0.0 ? -1.0 : 1.0;
        double signY = (absY && y < 0.0 ? -1.0 : 1.0) * (negY ? -1.0 : 1.0);
        double tx = PowerOfTwo.term(signX * x, xe);
        double ty = PowerOfTwo.term(signY * y, ye);
        // q = p·T^(p−1); the difference of the power is q·a, a = (signX·dx, signY·dy)
        double qx = power;
        double qy = 0.0;
        for (int k = 1; k < power; k++) {
            double next = qx * tx - qy * ty;
            qy = qx * ty + qy * tx;
            qx = next;
        }
        double foldSignX = foldX && foldedX < 0.0 ? -1.0 : 1.0;
        double foldSignY = foldY && foldedY < 0.0 ? -1.0 : 1.0;
        out[at] = foldSignX * qx * signX;
        out[at + 1] = -foldSignX * qy * signY;
        out[at + 2] = foldSignY * qy * signX;
        out[at + 3] = foldSignY * qx * signY;
        return true;
    }

    /**
     * |c + d| − |c| without cancellation: d or −d, or −(2c + d) or 2c + d where the sum crosses 0
     * (the form of the perturbed absolute value in Kalles Fraktaler's formulas).
     */
    static double diffabs(double c, double d) {
        if (c >= 0.0) {
            return c + d >= 0.0 ? d : -(2.0 * c + d);
        }
        return c + d > 0.0 ? 2.0 * c + d : -d;
    }

    /**
     * One step z ← fold(T(z)^p) + c in fixed point (integers counting units of 2^-bits), z given and
     * returned in {@code z}; {@code powered}, when not null, gets T(z)^p before the fold.
     */
    public void exactStep(BigInteger[] z, BigInteger cx, BigInteger cy, int bits, BigInteger[] powered) {
        BigInteger x = absX ? z[0].abs() : z[0];
        BigInteger y = absY ? z[1].abs() : z[1];
        if (negY) {
            y = y.negate();
        }
        BigInteger wx;
        BigInteger wy;
        if (power == 2) {
            // x² − y² = (x + y)(x − y): two products a step instead of three
            wx = x.add(y).multiply(x.subtract(y)).shiftRight(bits);
            wy = x.multiply(y).shiftRight(bits - 1);
        } else {
            wx = x;
            wy = y;
            for (int k = 1; k < power; k++) {
                BigInteger next = wx.multiply(x).subtract(wy.multiply(y)).shiftRight(bits);
                wy = wx.multiply(y).add(wy.multiply(x)).shiftRight(bits);
                wx = next;
            }
        }
        if (powered != null) {
            powered[0] = wx;
            powered[1] = wy;
        }
        z[0] = (foldX ? wx.abs() : wx).add(cx);
        z[1] = (foldY ? wy.abs() : wy).add(cy);
    }
}
