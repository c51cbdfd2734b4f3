package tessera.mandelbrot;

import tessera.escapetime.EscapeCounts;
import tessera.escapetime.EscapeData;
import tessera.escapetime.Formula;
import tessera.escapetime.Palette;
import tessera.escapetime.PowerOfTwo;
import tessera.render.Preparation;

/**
 * The Mandelbrot set at any depth: each pixel's orbit z is followed as its difference dz from the
 * view centre's reference orbit Z, dz ← (2Z + dz)·dz + dc. When z comes nearer 0 than dz is
 * (|Z + dz| < |dz|), or the reference ends, dz takes the whole z and the reference starts again
 * from Z₀ (rebasing, after Zhuoran): one reference serves the whole view without glitches. While
 * |dz| is small enough, {@link BilinearTable} steps skip many iterations at once.
 *
 * <p>dz is a double while |dz| ≥ 2^-500. Smaller, it is a scaled pair, a double mantissa and a
 * binary exponent (dz = s·2^e), as dc is in any view past zoom ≈ 10³⁰⁰: at the start of every
 * orbit there, and after each return of a deep minibrot's orbit to 0. A scaled dz is far below
 * Z wherever Z is not itself tiny, so there z = Z to the last bit and the step is the linear
 * s ← 2Z·s + c; only next to 0 (Z₀ = 0, a nucleus's return) do all three terms 2Z·dz, dz² and dc
 * get their exponents compared. In double mode, dc below 2^-1000 is left out: beside a dz above
 * 2^-500 it is at most 2^-480 of it, so it changes at most the last bits of a step (where the
 * orbit passes next to 0, dz² may be as small as dc: there it is a rounding-sized change), and as a
 * subnormal it would slow every operation down.
 */
public final class PerturbedMandelbrotWorkload extends DeepViewWorkload {
    /** A double dz smaller than this (|re| + |im|) becomes scaled... */
    private static final double SCALED_BELOW = 0x1p-500;
    /** ...and a scaled one this large (binary exponent) becomes a double again. */
    private static final int DOUBLE_FROM = -480;
    /** Below this (|re| + |im|) Z counts as next to 0, where the linear step does not hold (elsewhere dz² is below 2^-80 of 2Z·dz). */
    private static final double TINY = 0x1p-360;
    /** Past this spacing exponent dc is no double at all. */
    private static final int DC_BELOW_DOUBLES = -1000;
    /** A scaled mantissa may grow to 2^200 (and no further than dz's change to a double) before it is renormalised. */
    private static final int LARGEST_MANTISSA_EXPONENT = 200;
    private static final double RENORMALISE_BELOW = 0x1p-32;
    /** Where c is below 2^this of a scaled dz, it is left out of its steps. */
    private static final int C_LEFT_OUT_BELOW = -960;
    /** What the loops return when the orbit goes on in the other representation (escape data are never negative). */
    private static final int GOING_ON = -1;

    private final boolean shortcuts;
    private final ReferenceOrbit reference;
    private final ReferenceStops stops;
    /** What identifies the view's reference orbit and table: centre, zoom, frame, maxIter, bla. */
    private final String key;
    /** Null when the view asks for every iteration ({@code bla: false}). */
    private final BilinearTable bla;
    private final double centerX;
    private final double centerY;

    /**
     * @param bla       whether bilinear steps skip iterations
     * @param shortcuts whether an orbit found in a cycle (the same state after two rebases) stops as inside
     * @param preparation where the reference comes from: the host's prepared views (the same view
     *                    in other colours is not prepared again), else another worker's, else computed
     */
    public PerturbedMandelbrotWorkload(DeepView view, int maxIter, Palette palette, boolean bla, boolean shortcuts,
            Preparation preparation) {
        super(view, maxIter, palette);
        this.shortcuts = shortcuts;
        String key = "perturbed " + view.x + " " + view.y + " " + view.zoom + " " + view.width + " " + view.height + " " + maxIter + " " + bla;
        Prepared prepared = preparation.views.get(key, Prepared.class, () -> prepare(view, maxIter, bla, key, preparation));
        this.key = prepared.key;
        this.reference = prepared.reference;
        this.stops = prepared.stops;
        this.bla = prepared.table;
        this.centerX = DeepView.toDouble(view.x);
        this.centerY = DeepView.toDouble(view.y);
    }

    /** As above, with no files, nothing shared and a cache of its own: for a view prepared on its own. */
    public PerturbedMandelbrotWorkload(DeepView view, int maxIter, Palette palette, boolean bla, boolean shortcuts) {
        this(view, maxIter, palette, bla, shortcuts, Preparation.none());
    }

    private static Prepared prepare(DeepView view, int maxIter, boolean bla, String key, Preparation preparation) {
        ReferenceOrbit reference = ReferenceOrbit.adopt(preparation.shared(), key, Formula.named(Formula.DEFAULT, 2));
        if (reference == null) {
            reference = new ReferenceOrbit(view, maxIter, preparation.progress);
        }
        // |c| at the corner, from the mantissas, so that it does not underflow before it is below a double's range
        double cornerX = view.offset(0, view.width);
        double cornerY = view.offset(0, view.height);
        double largestC = view.asDouble(Math.sqrt(cornerX * cornerX + cornerY * cornerY));
        BilinearTable table = bla ? new BilinearTable(reference, largestC, preparation.progress) : null;
        return new Prepared(key, reference, new ReferenceStops(reference, TINY), table);
    }

    @Override
    public double[] sharedState() {
        return reference.sharedState(key);
    }

    private static final class Prepared {
        final String key;
        final ReferenceOrbit reference;
        final ReferenceStops stops;
        final BilinearTable table;

        Prepared(String key, ReferenceOrbit reference, ReferenceStops stops, BilinearTable table) {
            this.key = key;
            this.reference = reference;
            this.stops = stops;
            this.table = table;
        }
    }

    @Override
    PixelOrbits newPixelOrbits() {
        return new Orbit();
    }

    @Override
    protected String escapeKey() {
        return "perturbed " + key + " " + shortcuts;
    }

    /**
     * One thread's pixel orbit. The hot loops keep the state in locals; the rare steps (changes of
     * representation, rebasing and stepping next to 0) work on the fields, which the loop writes
     * before and reads after them.
     */
    private final class Orbit implements PixelOrbits {
        private final int spacingExponent = view.spacingExponent;
        private final boolean dcIsDouble = view.spacingExponent >= DC_BELOW_DOUBLES;
        private double offsetX;
        private double offsetY;
        private boolean scaled;
        private double dx;
        private double dy;
        private double sx;
        private double sy;
        private int e;
        /** dc in units of 2^e while scaled. */
        private double cx;
        private double cy;
        /** How large |sx| + |sy| may grow before renormalising. */
        private double ceiling;
        private int m;
        private int n;
        /** The pixel's offset from the centre as doubles, or 0 where it is below a double's range. */
        private double dcx;
        private double dcy;
        private final RebaseCycles cycles = new RebaseCycles();

        @Override
        public int pixel(double offsetX, double offsetY, EscapeCounts counts) {
            this.offsetX = offsetX;
            this.offsetY = offsetY;
            dcx = dcIsDouble ? view.asDouble(offsetX) : 0.0;
            dcy = dcIsDouble ? view.asDouble(offsetY) : 0.0;
            cycles.start();
            // Z₀ = 0 and dz₀ = 0, so dz₁ = dc exactly: the orbit starts scaled at n = 1.
            scaled = true;
            sx = offsetX;
            sy = offsetY;
            e = spacingExponent;
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

        /**
         * Steps a scaled dz, renormalising it as it grows, until the point escapes or stays (returns
         * its escape data), or until dz becomes a double or needs a rebase or a step next to 0 (done
         * here; returns {@link #GOING_ON}).
         * The scaled and the double loop are methods of their own so that a WebAssembly engine
         * compiles each when it is hot, with what it has seen of that loop: compiled together, the
         * loop a first view never ran was optimised without its calls inlined (a deep minibrot
         * rendered 19 % slower after a view at 10³⁰ than on its own).
         */
        private int scaledSteps(EscapeCounts counts) {
            // Locals, not fields, in the loop: WebAssembly engines reload a field at every use.
            double[] refX = reference.x;
            double[] refY = reference.y;
            int last = reference.length - 1;
            int maxIter = PerturbedMandelbrotWorkload.this.maxIter;
            BilinearTable table = bla;
            BailoutMargins margins = reference.margins;
            double sx = this.sx;
            double sy = this.sy;
            int e = this.e;
            double cx = this.cx;
            double cy = this.cy;
            double ceiling = this.ceiling;
            int m = this.m;
            int n = this.n;
            double zx;
            double zy;
            // n − m stays the same in this loop, so n reaches maxIter where m reaches limit at the latest.
            int limit = Math.min(stops.atOrAfter(m), m + (maxIter - n));
            while (true) {
                if (m >= limit) {
                    zx = refX[m];
                    zy = refY[m];
                    if (n >= maxIter || (zx * zx + zy * zy >= BailoutMargins.UNSURE_FROM && margins.escapesScaled(m, zx, zy, sx, sy, e))) {
                        return escapeData(n, zx, zy, dcx, dcy, counts);
                    }
                    if (m == last || abs(zx) + abs(zy) < TINY) {
                        break;
                    }
                    limit = Math.min(stops.atOrAfter(m + 1), m + (maxIter - n));
                }
                int level = ((m - 1) & 3) != 0 || table == null ? -1 : table.longestScaledStep(m, sx * sx + sy * sy, e, maxIter - n);
                if (level >= 0) {
                    double[] entries = table.entries;
                    int at = table.entry(level, m);
                    double ax = entries[at];
                    double ay = entries[at + 1];
                    double bx = entries[at + 2];
                    double by = entries[at + 3];
                    double nextSx = ax * sx - ay * sy + bx * cx - by * cy;
                    sy = ax * sy + ay * sx + bx * cy + by * cx;
                    sx = nextSx;
                    int length = 1 << (level + BilinearTable.SHORTEST);
                    m += length;
                    n += length;
                } else {
                    double twoZx = 2.0 * refX[m];
                    double twoZy = 2.0 * refY[m];
                    double nextSx = twoZx * sx - twoZy * sy + cx;
                    sy = twoZx * sy + twoZy * sx + cy;
                    sx = nextSx;
                    m++;
                    n++;
                }
                double size = abs(sx) + abs(sy);
                int grown = size > ceiling && size < Double.POSITIVE_INFINITY ? e + PowerOfTwo.exponent(size) : DOUBLE_FROM;
                if (grown < DOUBLE_FROM) {
                    // What normalise() does to a dz that grew and stays scaled, here in the loop: a deep
                    // minibrot's passes 2^200 every few steps. c = offset·2^(spacingExponent − e) was exact,
                    // so scaled by the same power of two it is what normalise() would compute.
                    double down = PowerOfTwo.of(e - grown);
                    sx *= down;
                    sy *= down;
                    e = grown;
                    boolean cLeftOut = spacingExponent - e < C_LEFT_OUT_BELOW;
                    cx = cLeftOut ? 0.0 : cx * down;
                    cy = cLeftOut ? 0.0 : cy * down;
                    ceiling = ceilingAt(e);
                } else if (size > ceiling || (size < RENORMALISE_BELOW && size > 0.0)) {
                    this.sx = sx;
                    this.sy = sy;
                    this.e = e;
                    normalise();
                    if (!scaled) {
                        this.m = m;
                        this.n = n;
                        return GOING_ON;
                    }
                    sx = this.sx;
                    sy = this.sy;
                    e = this.e;
                    cx = this.cx;
                    cy = this.cy;
                    ceiling = this.ceiling;
                }
            }
            this.sx = sx;
            this.sy = sy;
            this.e = e;
            this.m = m;
            this.n = n;
            if ((zx == 0.0 && zy == 0.0 && m != last) || !rebaseScaled(zx, zy, m == last)) {
                // at Z = 0 (Z₀) z is dz: nothing to rebase
                stepNearZero(zx, zy);
                this.n++;
            } else if (repeats(scaled, scaled ? this.sx : this.dx, scaled ? this.sy : this.dy, this.e)) {
                return escapeData(maxIter, 0.0, 0.0, dcx, dcy, counts);
            }
            return GOING_ON;
        }

        /** Steps a double dz until the point escapes or stays (returns its escape data), or until dz is too small for a double (returns {@link #GOING_ON}, scaled). */
        private int doubleSteps(EscapeCounts counts) {
            double[] refX = reference.x;
            double[] refY = reference.y;
            int last = reference.length - 1;
            int maxIter = PerturbedMandelbrotWorkload.this.maxIter;
            BilinearTable table = bla;
            BailoutMargins margins = reference.margins;
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
                    return escapeData(n, zx, zy, dcx, dcy, counts);
                }
                double dzSize = abs(dx) + abs(dy);
                // |z| < |dz| needs |zx| + |zy| < 2(|dx| + |dy|): the exact test only runs then.
                if (m == last || (abs(zx) + abs(zy) < 2.0 * dzSize && size < dx * dx + dy * dy)) {
                    dx = zx;
                    dy = zy;
                    m = 0;
                    rx = refX[0];
                    ry = refY[0];
                    dzSize = abs(dx) + abs(dy);
                    if (repeats(false, dx, dy, 0)) {
                        return escapeData(maxIter, 0.0, 0.0, dcx, dcy, counts);
                    }
                }
                if (dzSize < SCALED_BELOW) {
                    break;
                }
                int level = ((m - 1) & 3) != 0 || m == 0 || table == null ? -1 : table.longestStep(m, dx * dx + dy * dy, maxIter - n);
                if (level >= 0) {
                    double[] entries = table.entries;
                    int at = table.entry(level, m);
                    double ax = entries[at];
                    double ay = entries[at + 1];
                    double bx = entries[at + 2];
                    double by = entries[at + 3];
                    double nextDx = ax * dx - ay * dy + bx * dcx - by * dcy;
                    dy = ax * dy + ay * dx + bx * dcy + by * dcx;
                    dx = nextDx;
                    int length = 1 << (level + BilinearTable.SHORTEST);
                    m += length;
                    n += length;
                } else {
                    double twoZx = 2.0 * rx + dx;
                    double twoZy = 2.0 * ry + dy;
                    double nextDx = twoZx * dx - twoZy * dy + dcx;
                    dy = twoZx * dy + twoZy * dx + dcy;
                    dx = nextDx;
                    m++;
                    n++;
                }
            }
            // dz became too small for a double
            this.m = m;
            this.n = n;
            toScaled(dx, dy);
            return GOING_ON;
        }

        /** With shortcuts, whether the orbit, just rebased (m = 0) into this state, cycles for ever ({@link RebaseCycles}). */
        private boolean repeats(boolean scaledState, double x, double y, int exponent) {
            return shortcuts && cycles.repeats(scaledState, x, y, exponent);
        }

        /** Takes dz = s·2^e back into [2^-32, 2^32]·2^e, and to a double once it is large enough; rescales c to match. */
        private void normalise() {
            double size = abs(sx) + abs(sy);
            if (size == 0.0) {
                e = spacingExponent;
            } else {
                int k = PowerOfTwo.exponent(size);
                sx = PowerOfTwo.scale(sx, -k);
                sy = PowerOfTwo.scale(sy, -k);
                e += k;
                if (e >= DOUBLE_FROM) {
                    scaled = false;
                    dx = PowerOfTwo.scale(sx, e);
                    dy = PowerOfTwo.scale(sy, e);
                    return;
                }
            }
            // c = offset·2^(spacingExponent − e); below 2^-960 of s it is left out rather than made a slow
            // subnormal, and far above s, s is taken down (to nothing, as it is beside c) instead.
            int shift = spacingExponent - e;
            if (shift > 64) {
                sx = PowerOfTwo.scale(sx, 64 - shift);
                sy = PowerOfTwo.scale(sy, 64 - shift);
                e += shift - 64;
                shift = 64;
            }
            cx = shift < C_LEFT_OUT_BELOW ? 0.0 : PowerOfTwo.scale(offsetX, shift);
            cy = shift < C_LEFT_OUT_BELOW ? 0.0 : PowerOfTwo.scale(offsetY, shift);
            ceiling = ceilingAt(e);
        }

        private void toScaled(double x, double y) {
            scaled = true;
            sx = x;
            sy = y;
            e = 0;
            normalise();
        }

        /**
         * At the end of the reference, or where Z is next to 0: z = Z + dz with both as scaled
         * numbers; when the reference ends or |z| < |dz|, dz takes z and the reference starts
         * again (returns true).
         */
        private boolean rebaseScaled(double zx, double zy, boolean atEnd) {
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

        /** One step dz ← 2Z·dz + dz² + dc next to 0, each term at its own exponent. */
        private void stepNearZero(double zx, double zy) {
            double linearX = 2.0 * (zx * sx - zy * sy);
            double linearY = 2.0 * (zx * sy + zy * sx);
            double squareX = sx * sx - sy * sy;
            double squareY = 2.0 * sx * sy;
            int linear = e + exponentOf(linearX, linearY);
            int square = 2 * e + exponentOf(squareX, squareY);
            int constant = spacingExponent + exponentOf(offsetX, offsetY);
            int top = Math.max(linear, Math.max(square, constant));
            if (top < PowerOfTwo.OF_ZERO / 2) {
                top = e;
            }
            sx = PowerOfTwo.term(linearX, e - top) + PowerOfTwo.term(squareX, 2 * e - top) + PowerOfTwo.term(offsetX, spacingExponent - top);
            sy = PowerOfTwo.term(linearY, e - top) + PowerOfTwo.term(squareY, 2 * e - top) + PowerOfTwo.term(offsetY, spacingExponent - top);
            e = top;
            m++;
            normalise();
        }

        /** The binary exponent of |x| + |y|, or {@link PowerOfTwo#OF_ZERO} for 0. */
        private int exponentOf(double x, double y) {
            double size = abs(x) + abs(y);
            return size == 0.0 ? PowerOfTwo.OF_ZERO : PowerOfTwo.exponent(size);
        }
    }

    /** How large |sx| + |sy| may grow at binary exponent e before the scaled dz is renormalised. */
    private static double ceilingAt(int e) {
        return PowerOfTwo.of(Math.min(LARGEST_MANTISSA_EXPONENT, DOUBLE_FROM - e));
    }

    private int escapeData(int n, double zx, double zy, double dcx, double dcy, EscapeCounts counts) {
        if (n == maxIter) {
            return EscapeData.inside(maxIter);
        }
        counts.escaped(n);
        return EscapeData.escaped(n, zx, zy, centerX + dcx, centerY + dcy);
    }

    /** |x| by clearing the sign bit: what Math.abs gives, without the branch WebAssembly makes of it. */
    private static double abs(double x) {
        return Double.longBitsToDouble(Double.doubleToRawLongBits(x) & Long.MAX_VALUE);
    }
}
