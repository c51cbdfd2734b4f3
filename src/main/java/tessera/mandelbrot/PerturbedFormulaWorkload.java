package tessera.mandelbrot;

import tessera.escapetime.EscapeCounts;
import tessera.escapetime.EscapeData;
import tessera.escapetime.Formula;
import tessera.escapetime.Palette;
import tessera.render.Preparation;

/**
 * A deep view of any {@link Formula} but z² + c (which {@link PerturbedMandelbrotWorkload} renders
 * with its own tuned loops): each pixel's orbit is followed as its difference dz from the centre's
 * reference orbit Z, dz ← f(Z + dz) − f(Z) + dc with the difference taken by
 * {@link Formula#perturb} (absolute values as exact {@code diffabs}), rebasing onto the
 * reference's start where |Z + dz| &lt; |dz| or the reference ends, as the Mandelbrot set's does.
 * Every step is iterated: bilinear steps across an absolute value's fold would be wrong.
 *
 * <p>dz and dc are doubles, which bounds the depth at {@link #MAX_ZOOM_TEXT}: past it a pixel's
 * offset comes near a double's smallest normal numbers.
 */
public final class PerturbedFormulaWorkload extends DeepViewWorkload {
    /** The deepest zoom: a pixel's offset, 4/zoom over a frame's height, stays above 2^-960 for any frame up to 2^24 pixels high. */
    public static final String MAX_ZOOM_TEXT = "1e280";

    private final Formula formula;
    private final boolean shortcuts;
    private final ReferenceOrbit reference;
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
        this.reference = preparation.views.get(key, ReferenceOrbit.class, () -> {
            ReferenceOrbit adopted = adopt(preparation.shared(), key, formula);
            return adopted != null ? adopted : new ReferenceOrbit(view, formula, maxIter, preparation.progress);
        });
        this.key = key;
        this.centerX = DeepView.toDouble(view.x);
        this.centerY = DeepView.toDouble(view.y);
    }

    /** The reference orbit another worker computed for this view (its state starts with the view's key's hash), or null. */
    private static ReferenceOrbit adopt(double[] offered, String key, Formula formula) {
        if (offered == null || offered.length < 1 || offered[0] != key.hashCode()) {
            return null;
        }
        return ReferenceOrbit.fromArray(offered, 1, formula.foldsAfterPower());
    }

    /** The reference orbit, for the other workers: the hash of the view's key, then the orbit. */
    @Override
    public double[] sharedState() {
        double[] orbit = reference.toArray();
        double[] state = new double[1 + orbit.length];
        state[0] = key.hashCode();
        System.arraycopy(orbit, 0, state, 1, orbit.length);
        return state;
    }

    @Override
    PixelOrbits newPixelOrbits() {
        return new Orbit();
    }

    @Override
    protected String escapeKey() {
        return key + " " + shortcuts;
    }

    /** One thread's pixel orbit, with the scratch {@link Formula#perturb} writes its step into. */
    private final class Orbit implements PixelOrbits {
        private final double[] step = new double[2];
        private final double[] noFolds = new double[0];
        /** Brent's cycle detection over the states right after a rebase, as {@link PerturbedMandelbrotWorkload} does. */
        private int rebases;
        private int nextKept;
        private double keptX;
        private double keptY;

        @Override
        public int pixel(double offsetX, double offsetY, EscapeCounts counts) {
            double[] refX = reference.x;
            double[] refY = reference.y;
            double[] foldedX = reference.foldedX == null ? noFolds : reference.foldedX;
            double[] foldedY = reference.foldedY == null ? noFolds : reference.foldedY;
            boolean folds = reference.foldedX != null;
            BailoutMargins margins = reference.margins;
            int last = reference.length - 1;
            double dcx = view.asDouble(offsetX);
            double dcy = view.asDouble(offsetY);
            rebases = 0;
            nextKept = 1;
            keptX = Double.NaN;
            // Z₀ = 0 and dz₀ = 0, so dz₁ = dc.
            double dx = dcx;
            double dy = dcy;
            int m = 1;
            int n = 1;
            while (true) {
                double rx = refX[m];
                double ry = refY[m];
                double zx = rx + dx;
                double zy = ry + dy;
                double size = zx * zx + zy * zy;
                if (n >= maxIter || (size >= BailoutMargins.UNSURE_FROM && margins.escapes(m, size, rx, ry, dx, dy))) {
                    if (n >= maxIter) {
                        return EscapeData.inside(maxIter);
                    }
                    counts.escaped(n);
                    return formula.escapeData(n, zx, zy, centerX + dcx, centerY + dcy);
                }
                if (m == last || size < dx * dx + dy * dy) {
                    dx = zx;
                    dy = zy;
                    m = 0;
                    rx = 0.0;
                    ry = 0.0;
                    if (repeats(dx, dy)) {
                        return EscapeData.inside(maxIter);
                    }
                }
                formula.perturb(rx, ry, folds ? foldedX[m] : 0.0, folds ? foldedY[m] : 0.0, dx, dy, step);
                dx = step[0] + dcx;
                dy = step[1] + dcy;
                m++;
                n++;
            }
        }

        /** Whether the orbit, just rebased into this state, was in exactly this state at an earlier rebase: then it cycles for ever. */
        private boolean repeats(double x, double y) {
            if (!shortcuts) {
                return false;
            }
            if (x == keptX && y == keptY) {
                return true;
            }
            if (++rebases == nextKept) {
                keptX = x;
                keptY = y;
                nextKept <<= 1;
            }
            return false;
        }
    }
}
