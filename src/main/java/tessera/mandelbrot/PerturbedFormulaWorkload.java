package tessera.mandelbrot;

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
    private final ReferenceOrbit reference;
    /**
     * The matrix of each reference index's linear step for differences below 2^-480 (see
     * {@link Formula#linearStep}), four entries an index; NaN first where there is none.
     */
    private final double[] linear;
    private final String key;
    private final double centerX;
    private final double centerY;

    public PerturbedFormulaWorkload(DeepView view, Formula formula, int maxIter, Palette palette, boolean shortcuts,
            Preparation preparation) {
        super(view, maxIter, palette);
        this.formula = formula;
        this.shortcuts = shortcuts;
        String key = "perturbed " + formula + " " + view.x + " " + view.y + " " + view.zoom + " " + view.width + " " + view.height
                + " " + maxIter;
        Prepared prepared = preparation.views.get(key, Prepared.class, () -> {
            ReferenceOrbit adopted = ReferenceOrbit.adopt(preparation.shared(), key, formula);
            ReferenceOrbit orbit = adopted != null ? adopted : new ReferenceOrbit(view, formula, maxIter, preparation.progress);
            return new Prepared(orbit, linearSteps(orbit, formula));
        });
        this.reference = prepared.reference;
        this.linear = prepared.linear;
        this.key = key;
        this.centerX = DeepView.toDouble(view.x);
        this.centerY = DeepView.toDouble(view.y);
    }

    private static final class Prepared {
        final ReferenceOrbit reference;
        final double[] linear;

        Prepared(ReferenceOrbit reference, double[] linear) {
            this.reference = reference;
            this.linear = linear;
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
        return reference.sharedState(key);
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
        private double offsetX;
        private double offsetY;
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
            this.offsetX = offsetX;
            this.offsetY = offsetY;
            dcx = dcIsDouble ? view.asDouble(offsetX) : 0.0;
            dcy = dcIsDouble ? view.asDouble(offsetY) : 0.0;
            cycles.start();
            // Z₀ = 0 and dz₀ = 0, so dz₁ = dc.
            scaled = true;
            sx = offsetX;
            sy = offsetY;
            e = view.spacingExponent;
            m = 1;
            n = 1;
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
            double[] refX = reference.x;
            double[] refY = reference.y;
            ExtendedValues x = reference.extended[ReferenceOrbit.X];
            ExtendedValues y = reference.extended[ReferenceOrbit.Y];
            boolean folds = reference.extended.length > ReferenceOrbit.FOLDED_Y;
            ExtendedValues foldedX = folds ? reference.extended[ReferenceOrbit.FOLDED_X] : null;
            ExtendedValues foldedY = folds ? reference.extended[ReferenceOrbit.FOLDED_Y] : null;
            BailoutMargins margins = reference.margins;
            int last = reference.length - 1;
            double[] linear = PerturbedFormulaWorkload.this.linear;
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
                    if (!scaled) {
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
         * exponent; when the reference ends or |z| &lt; |dz|, dz takes z and the reference starts again
         * from Z₀ = 0 (returns true).
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
            return formula.escapeData(n, zx, zy, centerX + dcx, centerY + dcy);
        }
    }

    /** The binary exponent of |x| + |y|, or {@link PowerOfTwo#OF_ZERO} for 0. */
    private static int exponentOf(double x, double y) {
        double size = Math.abs(x) + Math.abs(y);
        return size == 0.0 ? PowerOfTwo.OF_ZERO : PowerOfTwo.exponent(size);
    }
}
