package tessera.mandelbrot;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.Random;
import tessera.escapetime.EscapeCounts;
import tessera.escapetime.EscapeData;
import tessera.escapetime.Palettes;

/**
 * Deep views drawn at random from many kinds of places, for comparing the fast renderer with the
 * full-precision oracle where nobody chose to look: the tip of the antenna, anywhere on the real
 * axis, the Feigenbaum point, the cusp at 0.25, the necks between the real bulbs, Misiurewicz
 * points and minibrot nuclei found by Newton's method from random starts, minibrots found by the
 * box method around them, boundary points found by bisection from random starts, and points
 * inside the main cardioid. Depths run from 10¹² (both sides of the hand-over from doubles to
 * perturbation at 10¹³) to 10¹⁰⁰⁰, iterations from 100 to 100,000; each view is kept within a cost
 * the oracle can pay, by making it smaller, then lowering its iterations. Views near the parabolic
 * points (the cusp, the necks) are flat at depth by nature, every pixel at maxIter: escape counts
 * there grow like one over the distance; they check that no pixel escapes wrongly.
 */
final class DeepViewSampler {
    /** One drawn view and how to render it. */
    static final class Sample {
        final int index;
        final String kind;
        final DeepView view;
        final int maxIter;
        final boolean bla;
        final boolean shortcuts;

        Sample(int index, String kind, DeepView view, int maxIter, boolean bla, boolean shortcuts) {
            this.index = index;
            this.kind = kind;
            this.view = view;
            this.maxIter = maxIter;
            this.bla = bla;
            this.shortcuts = shortcuts;
        }

        /** The view as a render request, to render it again with {@code render --request} and {@code --exact}. */
        String request() {
            return String.format(Locale.ROOT, "{\"workload\":\"mandelbrot\",\"width\":%d,\"height\":%d,\"params\":{\"center\":{\"x\":\"%s\","
                    + "\"y\":\"%s\"},\"zoom\":\"%s\",\"maxIter\":%d,\"palette\":\"iterations\",\"bla\":%b,\"shortcuts\":%b}}",
                    view.width, view.height, view.x.toString(), view.y.toString(), view.zoom.toString(), maxIter, bla, shortcuts);
        }
    }

    private static final String[] KINDS = {"antenna", "real axis", "feigenbaum", "cusp", "neck", "misiurewicz", "nucleus", "minibrot",
        "boundary", "inside"};
    /** The iterations at which "boundary" views find the set's edge: views of more iterations show the counts change there. */
    private static final int EDGE_ITERATIONS = 300;
    private static final BigDecimal FEIGENBAUM = new BigDecimal("-1.4011551890920505");
    private static final BigDecimal[] NECKS = {new BigDecimal("-0.75"), new BigDecimal("-1.25")};

    private final Random random;
    /** The most pixel-iterations, weighted by the cost of the view's precision, a view may take in the oracle. */
    private final double budget;

    private DeepViewSampler(long seed, int index, double budget) {
        // Each view from its own stream, so that views are drawn in parallel and one can be drawn again alone.
        this.random = new Random(seed * 0x9E3779B97F4A7C15L + index * 0xBF58476D1CE4E5B9L);
        this.budget = budget;
    }

    /**
     * View {@code index} of the sweep drawn from {@code seed}.
     *
     * @param budget the oracle's work a view may take, in units of one iteration at 64 bits
     */
    static Sample draw(long seed, int index, double budget) {
        return new DeepViewSampler(seed, index, budget).next(index);
    }

    private Sample next(int index) {
        while (true) {
            String kind = KINDS[index % KINDS.length];
            double depth = depth();
            int width = 16 + random.nextInt(25);
            int height = Math.max(10, (int) (width * (0.5 + 0.5 * random.nextDouble())));
            BigDecimal[] place = kind.equals("minibrot") ? minibrot() : centre(kind, depth);
            if (place == null) {
                continue;
            }
            BigDecimal zoom = place.length > 2 ? place[2] : zoomText(depth);
            DeepView view = new DeepView(place[0], place[1], zoom, width, height);
            int maxIter = (int) Math.round(Math.pow(10.0, 2.0 + 3.0 * random.nextDouble()));
            boolean bla = random.nextInt(4) != 0;
            boolean shortcuts = random.nextInt(4) != 0;
            Sample sample = affordable(new Sample(index, kind, view, maxIter, bla, shortcuts));
            if (sample != null) {
                return sample;
            }
        }
    }

    /** log10 of the zoom: most views where they are cheap, some all the way down, a share around the hand-over at 10¹³. */
    private double depth() {
        int band = random.nextInt(20);
        if (band < 4) {
            return 12.0 + 2.0 * random.nextDouble();
        }
        if (band < 13) {
            return 14.0 + 50.0 * random.nextDouble();
        }
        if (band < 18) {
            return 64.0 + 300.0 * random.nextDouble();
        }
        return 364.0 + 636.0 * random.nextDouble();
    }

    private BigDecimal[] centre(String kind, double depth) {
        int digits = (int) depth + 25;
        int bits = (int) ((depth + 30) * 3.33);
        switch (kind) {
            case "antenna": {
                // −2 plus a real offset anywhere from far outside the view to well inside a pixel, either side
                BigDecimal offset = power(1.0 + random.nextDouble() * (depth + 3.0)).multiply(signed(0.7));
                BigDecimal y = random.nextBoolean() ? BigDecimal.ZERO : power(depth - 2.0 + random.nextDouble() * (depth + 2.0))
                        .multiply(signed(0.5));
                return new BigDecimal[] {BigDecimal.valueOf(-2).add(offset), y};
            }
            case "real axis":
                return new BigDecimal[] {randomDigits(-2.0, 0.25, digits), BigDecimal.ZERO};
            case "feigenbaum":
                return new BigDecimal[] {FEIGENBAUM.add(power(14.0 + random.nextDouble() * depth).multiply(signed(0.5))), BigDecimal.ZERO};
            case "cusp":
                return near(new BigDecimal("0.25"), depth);
            case "neck":
                return near(NECKS[random.nextInt(NECKS.length)], depth);
            case "misiurewicz": {
                int preperiod = 1 + random.nextInt(4);
                int period = 1 + random.nextInt(4);
                BigDecimal[] point = PreperiodicPoint.find(-2.0 + 2.5 * random.nextDouble(), -1.2 + 2.4 * random.nextDouble(), preperiod,
                        period, bits);
                // Newton may land on a nucleus (its orbit returns to 0, and it repeats from there): inside, not a Misiurewicz point.
                return point == null || returnsToZero(point, preperiod + period) ? null : offCentre(point, depth);
            }
            case "nucleus":
                return nucleus(digits);
            case "boundary":
                return depth > 40.0 ? null : exactBoundaryPoint(depth);
            case "inside": {
                // c = μ/2 − μ²/4 for |μ| < 1 lies inside the main cardioid
                double r = Math.sqrt(random.nextDouble()) * 0.999;
                double t = 2 * Math.PI * random.nextDouble();
                double mx = r * Math.cos(t);
                double my = r * Math.sin(t);
                double x = mx / 2 - (mx * mx - my * my) / 4;
                double y = my / 2 - mx * my / 2;
                return new BigDecimal[] {new BigDecimal(x).add(randomDigits(-1, 1, digits).movePointLeft(17)),
                    new BigDecimal(y).add(randomDigits(-1, 1, digits).movePointLeft(17))};
            }
            default:
                return null;
        }
    }

    /**
     * The minibrot of lowest period the box method finds in a view 10⁴ to 10⁴⁰ deep around a boundary
     * point or a Misiurewicz point, and a zoom from a tenth of the one that frames it to thirty times it.
     */
    private BigDecimal[] minibrot() {
        double searchDepth = 4.0 + 36.0 * random.nextDouble();
        int bits = (int) ((searchDepth + 30) * 3.33);
        BigDecimal[] around = random.nextBoolean()
                ? PreperiodicPoint.find(-2.0 + 2.5 * random.nextDouble(), -1.2 + 2.4 * random.nextDouble(), 1 + random.nextInt(4),
                        1 + random.nextInt(4), bits)
                : offsetFrom(boundaryPoint(10_000), (int) searchDepth + 25);
        if (around == null) {
            return null;
        }
        // a little off the point, so that the view is not symmetric about it
        DeepView search = new DeepView(around[0].add(power(searchDepth + 1.0)), around[1].add(power(searchDepth + 1.3)),
                zoomText(searchDepth), 40, 30);
        Minibrot found = Minibrot.lowestPeriodIn(search, 2000);
        if (found == null) {
            return null;
        }
        BigDecimal zoom = new BigDecimal(found.zoom()).multiply(BigDecimal.valueOf(Math.pow(10.0, -1.0 + 2.5 * random.nextDouble())))
                .round(new MathContext(4));
        return new BigDecimal[] {found.x, found.y, zoom};
    }

    /**
     * The nucleus of a minibrot of period 1 to 40 that Newton's method finds from a random start, and a
     * zoom from a thirtieth of the one that frames it (zoom ≈ 1 / its size) to thirty times it (past 10⁶:
     * the perturbation path renders shallower views as well).
     */
    private BigDecimal[] nucleus(int unusedDigits) {
        int period = 1 + random.nextInt(40);
        BigDecimal[] rough = PreperiodicPoint.find(-2.0 + 2.5 * random.nextDouble(), -1.2 + 2.4 * random.nextDouble(), 0, period, 200);
        if (rough == null) {
            return null;
        }
        int roughBits = 200;
        double log10Size = Minibrot.log10Size(new java.math.BigInteger[] {ReferenceOrbit.fixed(rough[0], roughBits),
            ReferenceOrbit.fixed(rough[1], roughBits)}, period, roughBits);
        double depth = -log10Size - 1.5 + 3.0 * random.nextDouble();
        if (!(depth >= 6.0 && depth <= 1000.0)) {
            return null;
        }
        BigDecimal[] point = PreperiodicPoint.find(rough[0].doubleValue(), rough[1].doubleValue(), 0, period, (int) ((depth + 30) * 3.33));
        if (point == null) {
            return null;
        }
        BigDecimal[] moved = offCentre(point, depth);
        return new BigDecimal[] {moved[0], moved[1], zoomText(depth)};
    }

    /** Whether the critical orbit of c comes back to 0 (to double precision) within the given steps. */
    private static boolean returnsToZero(BigDecimal[] c, int steps) {
        double cx = c[0].doubleValue();
        double cy = c[1].doubleValue();
        double zx = 0.0;
        double zy = 0.0;
        for (int n = 0; n < steps; n++) {
            double next = zx * zx - zy * zy + cx;
            zy = 2 * zx * zy + cy;
            zx = next;
            if (Math.abs(zx) + Math.abs(zy) < 1e-6) {
                return true;
            }
        }
        return false;
    }

    /** The point moved by up to about the view's size, or kept where it is one time in four. */
    private BigDecimal[] offCentre(BigDecimal[] point, double depth) {
        if (point == null || random.nextInt(4) == 0) {
            return point;
        }
        return new BigDecimal[] {point[0].add(power(depth + 2.0 * random.nextDouble()).multiply(signed(0.5))),
            point[1].add(power(depth + 2.0 * random.nextDouble()).multiply(signed(0.5)))};
    }

    private BigDecimal[] offsetFrom(double[] point, int digits) {
        BigDecimal x = new BigDecimal(point[0]).add(randomDigits(-1.0, 1.0, digits).movePointLeft(15));
        BigDecimal y = new BigDecimal(point[1]).add(randomDigits(-1.0, 1.0, digits).movePointLeft(15));
        return new BigDecimal[] {x.round(new MathContext(digits)), y.round(new MathContext(digits))};
    }

    private BigDecimal zoomText(double depth) {
        int whole = (int) Math.floor(depth);
        double mantissa = Math.pow(10.0, depth - whole);
        return new BigDecimal(String.format(Locale.ROOT, "%.3fe%d", mantissa, whole));
    }

    /** The sample as it is, or with fewer iterations, or smaller, so that the oracle's work stays within the budget; null if it cannot. */
    private Sample affordable(Sample sample) {
        DeepView view = sample.view;
        int maxIter = sample.maxIter;
        double perIteration = 1.0 + view.bits / 128.0;
        int raised = 0;
        while (true) {
            PerturbedMandelbrotWorkload fast = new PerturbedMandelbrotWorkload(view, maxIter, Palettes.named("iterations"), true, true);
            DeepViewWorkload.PixelOrbits orbits = fast.newPixelOrbits();
            EscapeCounts counts = new EscapeCounts();
            double work = 0;
            boolean allAtMaxIter = true;
            for (int py = 0; py < view.height; py++) {
                for (int px = 0; px < view.width; px++) {
                    int count = EscapeData.iterations(orbits.pixel(view.offset(px, view.width), view.offset(py, view.height), counts));
                    allAtMaxIter &= count == maxIter;
                    work += count + 1;
                }
            }
            work *= perIteration;
            if (allAtMaxIter && maxIter < 100_000 && raised < 2 && work * 4 <= budget) {
                // a flat view of points that did not escape yet: look further before settling for it
                maxIter *= 4;
                raised++;
                continue;
            }
            if (work <= budget) {
                return new Sample(sample.index, sample.kind, view, maxIter, sample.bla, sample.shortcuts);
            }
            // Smaller first, down to about a hundred pixels (where one wrong pixel is still within the 99 % a view
            // must reach), then fewer iterations: fewer iterations than the pixels escape at would leave a flat view.
            if (view.width * view.height > 200) {
                view = new DeepView(view.x, view.y, view.zoom, Math.max(12, view.width * 3 / 4), Math.max(9, view.height * 3 / 4));
            } else if (maxIter > 100) {
                maxIter = Math.max(100, (int) (maxIter * budget / work * 0.9));
            } else {
                return null;
            }
        }
    }

    /** The point moved along the real axis by about the view's size (sometimes far more), and off the axis a little or not at all. */
    private BigDecimal[] near(BigDecimal point, double depth) {
        double along = random.nextInt(4) == 0 ? 2.0 + random.nextDouble() * depth : depth - 1.0 + 2.5 * random.nextDouble();
        BigDecimal x = point.add(power(along).multiply(signed(0.5)));
        BigDecimal y = random.nextBoolean() ? BigDecimal.ZERO : power(depth + random.nextDouble() * 2.0).multiply(signed(0.5));
        return new BigDecimal[] {x, y};
    }

    /**
     * A point where the set's edge (as seen at 300 iterations, so that views of more show it) crosses a segment between random
     * starts, found by bisection in doubles, then on in full precision to a hundredth of the view.
     */
    private BigDecimal[] exactBoundaryPoint(double depth) {
        double[] a = boundaryPoint(EDGE_ITERATIONS);
        int bits = (int) ((depth + 30) * 3.33);
        double angle = 2 * Math.PI * random.nextDouble();
        BigDecimal step = new BigDecimal("1e-14");
        BigDecimal[] in = {new BigDecimal(a[0]), new BigDecimal(a[1])};
        BigDecimal[] out = {in[0].add(step.multiply(BigDecimal.valueOf(Math.cos(angle)))), in[1].add(step.multiply(BigDecimal.valueOf(Math.sin(angle))))};
        boolean inStays = staysExactly(in, bits);
        if (staysExactly(out, bits) == inStays) {
            return null;
        }
        MathContext precision = new MathContext((int) depth + 25);
        BigDecimal half = new BigDecimal("0.5");
        BigDecimal target = power(depth + 2.0);
        while (in[0].subtract(out[0]).abs().add(in[1].subtract(out[1]).abs()).compareTo(target) > 0) {
            BigDecimal[] middle = {in[0].add(out[0]).multiply(half).round(precision), in[1].add(out[1]).multiply(half).round(precision)};
            if (staysExactly(middle, bits) == inStays) {
                in = middle;
            } else {
                out = middle;
            }
        }
        return in;
    }

    /** Whether c's orbit, in fixed point with the given bits, stays within |z| < 2 for the edge's iterations. */
    private static boolean staysExactly(BigDecimal[] c, int bits) {
        return FixedPointOrbit.escapeCount(c[0], c[1], bits, EDGE_ITERATIONS, 0) == EDGE_ITERATIONS;
    }

    /** A point where the set's edge crosses a segment between random starts, to double precision (escape within the iterations as the test). */
    private double[] boundaryPoint(int iterations) {
        while (true) {
            double ax = -2.0 + 2.5 * random.nextDouble();
            double ay = -1.2 + 2.4 * random.nextDouble();
            double bx = -2.0 + 2.5 * random.nextDouble();
            double by = -1.2 + 2.4 * random.nextDouble();
            boolean aIn = stays(ax, ay, iterations);
            if (aIn == stays(bx, by, iterations)) {
                continue;
            }
            for (int i = 0; i < 60; i++) {
                double mx = 0.5 * (ax + bx);
                double my = 0.5 * (ay + by);
                if (stays(mx, my, iterations) == aIn) {
                    ax = mx;
                    ay = my;
                } else {
                    bx = mx;
                    by = my;
                }
            }
            return new double[] {ax, ay};
        }
    }

    private static boolean stays(double cx, double cy, int iterations) {
        double zx = 0;
        double zy = 0;
        for (int n = 0; n < iterations; n++) {
            double next = zx * zx - zy * zy + cx;
            zy = 2 * zx * zy + cy;
            zx = next;
            if (zx * zx + zy * zy >= 4.0) {
                return false;
            }
        }
        return true;
    }

    /** 10^-exponent with a random mantissa in [1, 10). */
    private BigDecimal power(double exponent) {
        int whole = (int) Math.floor(exponent);
        double mantissa = Math.pow(10.0, 1.0 - (exponent - whole));
        return new BigDecimal(String.format(Locale.ROOT, "%.6fe-%d", mantissa, whole + 1));
    }

    /** ±1, positive with the given chance. */
    private BigDecimal signed(double positive) {
        return random.nextDouble() < positive ? BigDecimal.ONE : BigDecimal.ONE.negate();
    }

    /** A number in [low, high) with the given count of random digits. */
    private BigDecimal randomDigits(double low, double high, int digits) {
        StringBuilder text = new StringBuilder("0.");
        for (int i = 0; i < digits; i++) {
            text.append((char) ('0' + random.nextInt(10)));
        }
        BigDecimal unit = new BigDecimal(text.toString());
        return new BigDecimal(low).add(unit.multiply(new BigDecimal(high - low))).round(new MathContext(digits, RoundingMode.HALF_EVEN));
    }
}
