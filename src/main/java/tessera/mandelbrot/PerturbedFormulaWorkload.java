package tessera.mandelbrot;

import java.math.BigDecimal;
import java.util.Arrays;
import tessera.escapetime.EscapeCounts;
import tessera.escapetime.EscapeData;
import tessera.escapetime.Formula;
import tessera.escapetime.Palette;
import tessera.escapetime.PowerOfTwo;
import tessera.render.Preparation;

/**
 * A deep view of any {@link Formula} but z² + c (which {@link PerturbedMandelbrotWorkload} renders
 * with its own tuned loops): each pixel's orbit is followed as its difference dz from the centre's
 * reference orbit Z, dz ← f(Z + dz) − f(Z) + dc with the difference taken by
 * {@link Formula#perturb} (absolute values as exact {@code diffabs}), rebasing onto the
 * reference's start where |Z + dz| &lt; |dz| or the reference ends, as the Mandelbrot set's does.
 * Every step is iterated (no bilinear steps yet: across an absolute value's fold they would be
 * wrong); below 2^-480, where no fold is near, a step is one 2×2 matrix ({@link Formula#linearStep}).
 *
 * <p>dz is a double while it is within a double's range with room to spare, and a double mantissa
 * with a binary exponent below that, as in {@link PerturbedMandelbrotWorkload}: every depth the
 * view allows ({@link DeepView#MAX_ZOOM}).
 *
 * <p>A Julia set's deep view ({@link #julia}, any formula, z² + c among them) is the same loop with
 * dc = 0 and dz₀ the pixel's offset, following first the orbit of the view's centre; where a pixel
 * would rebase, it rebases onto the orbit of the critical point 0 (the only place where the step
 * shrinks differences, so where dz can outgrow z), which starts at 0 as the Mandelbrot set's
 * reference does, and stays on it.
 */
public final class PerturbedFormulaWorkload extends DeepViewWorkload {
    /** A double dz smaller than this (|re| + |im|) becomes scaled... */
    private static final double SCALED_BELOW = 0x1p-500;
    /** ...and a scaled one this large (binary exponent) becomes a double again. */
    private static final int DOUBLE_FROM = -480;
    /** Past this spacing exponent dc is no double: beside a double dz (≥ 2^-500) it is below its last bit, and left out. */
    private static final int DC_BELOW_DOUBLES = -1000;
    /** A scaled mantissa stepped linearly is taken back to [1, 2) once it leaves [2^-100, 2^100]. */
    private static final double RENORMALISE_ABOVE = 0x1p100;
    private static final double RENORMALISE_BELOW = 0x1p-100;
    /** What the loops return when the orbit goes on in the other representation (escape data are never negative). */
    private static final int GOING_ON = -1;

    private final Formula formula;
    private final boolean shortcuts;
    /** Whether this is a Julia set's view: dc = 0, and pixels start at their own point. */
    private final boolean julia;
    private final Prepared prepared;
    private final String key;
    /** The constant c of a Julia set's escape data, or the centre's c. */
    private final double constantX;
    private final double constantY;

    public PerturbedFormulaWorkload(DeepView view, Formula formula, int maxIter, Palette palette, boolean shortcuts,
            Preparation preparation) {
        this(view, formula, null, null, maxIter, palette, shortcuts, preparation);
    }

    /** A deep view of the Julia set of {@code formula} with the constant c = cx + i·cy, exactly. */
    public static PerturbedFormulaWorkload julia(DeepView view, Formula formula, BigDecimal cx, BigDecimal cy, int maxIter, Palette palette,
            boolean shortcuts, Preparation preparation) {
        return new PerturbedFormulaWorkload(view, formula, cx, cy, maxIter, palette, shortcuts, preparation);
    }

    private PerturbedFormulaWorkload(DeepView view, Formula formula, BigDecimal cx, BigDecimal cy, int maxIter, Palette palette,
            boolean shortcuts, Preparation preparation) {
        super(view, maxIter, palette);
        this.formula = formula;
        this.shortcuts = shortcuts;
        this.julia = cx != null;
        String key = (julia ? "perturbed julia " + cx + " " + cy + " " : "perturbed ") + formula + " " + view.x + " " + view.y + " "
                + view.zoom + " " + view.width + " " + view.height + " " + maxIter;
        Prepared prepared = preparation.views.get(key, Prepared.class, () -> {
            Prepared adopted = Prepared.adopt(preparation.shared(), key, formula, julia);
            if (adopted != null) {
                return adopted;
            }
            if (!julia) {
                ReferenceOrbit orbit = new ReferenceOrbit(view, formula, maxIter, preparation.progress);
                return new Prepared(orbit, orbit, formula);
            }
            return new Prepared(ReferenceOrbit.julia(view.x, view.y, cx, cy, formula, maxIter, view.bits, preparation.progress),
                    ReferenceOrbit.julia(BigDecimal.ZERO, BigDecimal.ZERO, cx, cy, formula, maxIter, view.bits, preparation.progress),
                    formula);
        });
        this.prepared = prepared;
        this.key = key;
        this.constantX = DeepView.toDouble(julia ? cx : view.x);
        this.constantY = DeepView.toDouble(julia ? cy : view.y);
    }

    /** The orbits a view follows, with their linear steps; what the first worker shares with the others. */
    private static final class Prepared {
        /** The orbit of the view's centre, which every pixel follows first. */
        final ReferenceOrbit reference;
        /**
         * The matrix of each reference index's linear step for differences below 2^-480 (see
         * {@link Formula#linearStep}), four entries an index; NaN first where there is none.
         */
        final double[] linear;
        /** The orbit from 0 that pixels rebase onto, and its linear steps: the reference itself for the Mandelbrot set. */
        final ReferenceOrbit critical;
        final double[] criticalLinear;

        Prepared(ReferenceOrbit reference, ReferenceOrbit critical, Formula formula) {
            this.reference = reference;
            this.linear = linearSteps(reference, formula);
            this.critical = critical;
            this.criticalLinear = critical == reference ? linear : linearSteps(critical, formula);
        }

        /**
         * For the other workers: the Mandelbrot set's reference as {@link ReferenceOrbit#sharedState};
         * a Julia set's two orbits after the key's hash and the first one's length.
         */
        double[] sharedState(String key) {
            if (critical == reference) {
                return reference.sharedState(key);
            }
            double[] first = reference.toArray();
            double[] second = critical.toArray();
            double[] state = new double[2 + first.length + second.length];
            state[0] = key.hashCode();
            state[1] = first.length;
            System.arraycopy(first, 0, state, 2, first.length);
            System.arraycopy(second, 0, state, 2 + first.length, second.length);
            return state;
        }

        /** What another worker shared for the view of {@code key} ({@link #sharedState}), or null. */
        static Prepared adopt(double[] offered, String key, Formula formula, boolean julia) {
            if (!julia) {
                ReferenceOrbit orbit = ReferenceOrbit.adopt(offered, key, formula);
                return orbit == null ? null : new Prepared(orbit, orbit, formula);
            }
            if (offered == null || offered.length < 2 || offered[0] != key.hashCode() || !(offered[1] >= 0 && offered[1] <= offered.length - 2)) {
                return null;
            }
            int split = 2 + (int) offered[1];
            ReferenceOrbit reference = ReferenceOrbit.fromArray(Arrays.copyOfRange(offered, 2, split), 0, formula, true);
            ReferenceOrbit critical = ReferenceOrbit.fromArray(Arrays.copyOfRange(offered, split, offered.length), 0, formula, true);
            return reference == null || critical == null ? null : new Prepared(reference, critical, formula);
        }
    }

    private static double[] linearSteps(ReferenceOrbit reference, Formula formula) {
        ExtendedValues x = reference.extended[ReferenceOrbit.X];
        ExtendedValues y = reference.extended[ReferenceOrbit.Y];
        boolean folds = reference.extended.length > ReferenceOrbit.FOLDED_Y;
        ExtendedValues foldedX = folds ? reference.extended[ReferenceOrbit.FOLDED_X] : null;
        ExtendedValues foldedY = folds ? reference.extended[ReferenceOrbit.FOLDED_Y] : null;
        double[] linear = new double[4 * reference.length];
        for (int m = 0; m < reference.length; m++) {
            if (!formula.linearStep(x.mantissa[m], x.exponent[m], y.mantissa[m], y.exponent[m], folds ? foldedX.mantissa[m] : 0.0,
                    folds ? foldedX.exponent[m] : 0, folds ? foldedY.mantissa[m] : 0.0, folds ? foldedY.exponent[m] : 0, linear, 4 * m)) {
                linear[4 * m] = Double.NaN;
            }
        }
        return linear;
    }

    @Override
    public double[] sharedState() {
        return prepared.sharedState(key);
    }

    @Override
    PixelOrbits newPixelOrbits() {
        return new Orbit();
    }

    @Override
    protected String escapeKey() {
        return key + " " + shortcuts;
    }

    /**
     * One thread's pixel orbit, with the scratch {@link Formula#perturb} writes its step into. dz is a
     * double while |dz| ≥ 2^-500; smaller (at the start of every orbit past zoom ≈ 10¹⁵⁰, and where an
     * orbit comes back near 0), a double mantissa s with |s| in [1, 2) and a binary exponent e,
     * dz = s·2^e, stepped by {@link Formula#perturbScaled}.
     */
    private final class Orbit implements PixelOrbits {
        private final double[] step = new double[2];
        private final double[] noFolds = new double[0];
        private final boolean dcIsDouble = view.spacingExponent >= DC_BELOW_DOUBLES;
        /** dc's mantissa at the view's spacing exponent: the pixel's offset, or 0 in a Julia set. */
        private double offsetX;
        private double offsetY;
        /** The orbit followed now, and its linear steps: the centre's, then after a rebase the critical point's. */
        private ReferenceOrbit current;
        private double[] currentLinear;
        private double dcx;
        private double dcy;
        private boolean scaled;
        private double dx;
        private double dy;
        private double sx;
        private double sy;
        private int e;
        private int m;
        private int n;
        private final RebaseCycles cycles = new RebaseCycles();

        @Override
        public int pixel(double offsetX, double offsetY, EscapeCounts counts) {
            this.offsetX = julia ? 0.0 : offsetX;
            this.offsetY = julia ? 0.0 : offsetY;
            dcx = dcIsDouble && !julia ? view.asDouble(offsetX) : 0.0;
            dcy = dcIsDouble && !julia ? view.asDouble(offsetY) : 0.0;
            current = prepared.reference;
            currentLinear = prepared.linear;
            cycles.start();
            // The Mandelbrot set: Z₀ = 0 and dz₀ = 0, so dz₁ = dc. A Julia set: dz₀ is the pixel's offset.
            scaled = true;
            sx = offsetX;
            sy = offsetY;
            e = view.spacingExponent;
            m = julia ? 0 : 1;
            n = julia ? 0 : 1;
            normalise();
            while (true) {
                int data = scaled ? scaledSteps(counts) : doubleSteps(counts);
                if (data != GOING_ON) {
                    return data;
                }
            }
        }

        /** Steps a double dz until the point escapes or stays (returns its escape data), or until dz is too small for a double. */
        private int doubleSteps(EscapeCounts counts) {
            ReferenceOrbit reference = current;
            double[] refX = reference.x;
            double[] refY = reference.y;
            double[] foldedX = reference.foldedX == null ? noFolds : reference.foldedX;
            double[] foldedY = reference.foldedY == null ? noFolds : reference.foldedY;
            boolean folds = reference.foldedX != null;
            BailoutMargins margins = reference.margins;
            int last = reference.length - 1;
            double dcx = this.dcx;
            double dcy = this.dcy;
            double dx = this.dx;
            double dy = this.dy;
            int m = this.m;
            int n = this.n;
            while (true) {
                double rx = refX[m];
                double ry = refY[m];
                double zx = rx + dx;
                double zy = ry + dy;
                double size = zx * zx + zy * zy;
                if (n >= maxIter || (size >= BailoutMargins.UNSURE_FROM && margins.escapes(m, size, rx, ry, dx, dy))) {
                    return escapeData(n, zx, zy, counts);
                }
                if (m == last || size < dx * dx + dy * dy) {
                    dx = zx;
                    dy = zy;
                    m = 0;
                    rx = 0.0;
                    ry = 0.0;
                    if (repeats(false, dx, dy, 0)) {
                        return EscapeData.inside(maxIter);
                    }
                    if (current != prepared.critical) {
                        // from here on the critical point's orbit, whose arrays the loop takes up again
                        current = prepared.critical;
                        currentLinear = prepared.criticalLinear;
                        break;
                    }
                }
                if (Math.abs(dx) + Math.abs(dy) < SCALED_BELOW) {
                    break;
                }
                formula.perturb(rx, ry, folds ? foldedX[m] : 0.0, folds ? foldedY[m] : 0.0, dx, dy, step);
                dx = step[0] + dcx;
                dy = step[1] + dcy;
                m++;
                n++;
            }
            this.m = m;
            this.n = n;
            scaled = true;
            sx = dx;
            sy = dy;
            e = 0;
            normalise();
            return GOING_ON;
        }

        /** Steps a scaled dz until the point escapes or stays (returns its escape data), or until dz is large enough for a double. */
        private int scaledSteps(EscapeCounts counts) {
            ReferenceOrbit reference = current;
            double[] refX = reference.x;
            double[] refY = reference.y;
            ExtendedValues x = reference.extended[ReferenceOrbit.X];
            ExtendedValues y = reference.extended[ReferenceOrbit.Y];
            boolean folds = reference.extended.length > ReferenceOrbit.FOLDED_Y;
            ExtendedValues foldedX = folds ? reference.extended[ReferenceOrbit.FOLDED_X] : null;
            ExtendedValues foldedY = folds ? reference.extended[ReferenceOrbit.FOLDED_Y] : null;
            BailoutMargins margins = reference.margins;
            int last = reference.length - 1;
            double[] linear = currentLinear;
            // dc at s's exponent, for the linear steps (0 where it is nothing beside s)
            double cx = PowerOfTwo.term(offsetX, view.spacingExponent - e);
            double cy = PowerOfTwo.term(offsetY, view.spacingExponent - e);
            while (true) {
                double zx = refX[m];
                double zy = refY[m];
                if (n >= maxIter || (zx * zx + zy * zy >= BailoutMargins.UNSURE_FROM && margins.escapesScaled(m, zx, zy, sx, sy, e))) {
                    return escapeData(n, zx, zy, counts);
                }
                if ((m == last || m > 0 && exponentOf(zx, zy) <= e + exponentOf(sx, sy) + 1) && rebase(zx, zy, m == last)) {
                    if (repeats(scaled, scaled ? sx : dx, scaled ? sy : dy, e)) {
                        return EscapeData.inside(maxIter);
                    }
                    if (!scaled || current != reference) {
                        return GOING_ON;
                    }
                    cx = PowerOfTwo.term(offsetX, view.spacingExponent - e);
                    cy = PowerOfTwo.term(offsetY, view.spacingExponent - e);
                }
                double a = linear[4 * m];
                if (a == a) {
                    // The linear step, at s's exponent: s grows or shrinks by the step's factor, taken back to [1, 2) when far from 1
                    double nextSx = a * sx + linear[4 * m + 1] * sy + cx;
                    sy = linear[4 * m + 2] * sx + linear[4 * m + 3] * sy + cy;
                    sx = nextSx;
                    m++;
                    n++;
                    double size = Math.abs(sx) + Math.abs(sy);
                    if (!(size < RENORMALISE_ABOVE && size > RENORMALISE_BELOW)) {
                        normalise();
                        if (!scaled) {
                            return GOING_ON;
                        }
                        cx = PowerOfTwo.term(offsetX, view.spacingExponent - e);
                        cy = PowerOfTwo.term(offsetY, view.spacingExponent - e);
                    }
                    continue;
                }
                normalise();
                int exponent = formula.perturbScaled(x.mantissa[m], x.exponent[m], y.mantissa[m], y.exponent[m],
                        folds ? foldedX.mantissa[m] : 0.0, folds ? foldedX.exponent[m] : 0, folds ? foldedY.mantissa[m] : 0.0,
                        folds ? foldedY.exponent[m] : 0, sx, sy, e, step);
                // dz ← step·2^exponent + dc, each term at its own exponent
                int stepTop = exponent + exponentOf(step[0], step[1]);
                int constant = view.spacingExponent + exponentOf(offsetX, offsetY);
                int top = Math.max(stepTop, constant);
                if (top < PowerOfTwo.OF_ZERO / 2) {
                    top = e;
                }
                sx = PowerOfTwo.term(step[0], exponent - top) + PowerOfTwo.term(offsetX, view.spacingExponent - top);
                sy = PowerOfTwo.term(step[1], exponent - top) + PowerOfTwo.term(offsetY, view.spacingExponent - top);
                e = top;
                m++;
                n++;
                normalise();
                if (!scaled) {
                    return GOING_ON;
                }
                cx = PowerOfTwo.term(offsetX, view.spacingExponent - e);
                cy = PowerOfTwo.term(offsetY, view.spacingExponent - e);
            }
        }

        /**
         * Where the reference ends, or may be nearer 0 than the pixel: z = Z + dz with both at one
         * exponent; when the reference ends or |z| &lt; |dz|, dz takes z and the pixel follows the
         * critical point's orbit from its start, 0 (returns true).
         */
        private boolean rebase(double zx, double zy, boolean atEnd) {
            int top = Math.max(exponentOf(zx, zy), e + exponentOf(sx, sy));
            if (top < PowerOfTwo.OF_ZERO / 2) {
                top = e;
            }
            double tx = PowerOfTwo.term(sx, e - top);
            double ty = PowerOfTwo.term(sy, e - top);
            double wx = PowerOfTwo.term(zx, -top) + tx;
            double wy = PowerOfTwo.term(zy, -top) + ty;
            if (!atEnd && !(wx * wx + wy * wy < tx * tx + ty * ty)) {
                return false;
            }
            sx = wx;
            sy = wy;
            e = top;
            m = 0;
            current = prepared.critical;
            currentLinear = prepared.criticalLinear;
            normalise();
            return true;
        }

        /** Takes dz = s·2^e to |s| in [1, 2), or to a double once it is large enough. */
        private void normalise() {
            double size = Math.abs(sx) + Math.abs(sy);
            if (size == 0.0) {
                e = view.spacingExponent;
                return;
            }
            int k = PowerOfTwo.exponent(size);
            sx = PowerOfTwo.scale(sx, -k);
            sy = PowerOfTwo.scale(sy, -k);
            e += k;
            if (e >= DOUBLE_FROM) {
                scaled = false;
                dx = PowerOfTwo.scale(sx, e);
                dy = PowerOfTwo.scale(sy, e);
            }
        }

        /** With shortcuts, whether the orbit, just rebased (m = 0) into this state, cycles for ever ({@link RebaseCycles}). */
        private boolean repeats(boolean scaledState, double x, double y, int exponent) {
            return shortcuts && cycles.repeats(scaledState, x, y, exponent);
        }

        private int escapeData(int n, double zx, double zy, EscapeCounts counts) {
            if (n >= maxIter) {
                return EscapeData.inside(maxIter);
            }
            counts.escaped(n);
            return formula.escapeData(n, zx, zy, constantX + dcx, constantY + dcy);
        }
    }

    /** The binary exponent of |x| + |y|, or {@link PowerOfTwo#OF_ZERO} for 0. */
    private static int exponentOf(double x, double y) {
        double size = Math.abs(x) + Math.abs(y);
        return size == 0.0 ? PowerOfTwo.OF_ZERO : PowerOfTwo.exponent(size);
    }
}
