package tessera.mandelbrot;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import tessera.escapetime.EscapeCounts;
import tessera.escapetime.EscapeData;
import tessera.escapetime.Formula;
import tessera.escapetime.Palette;
import tessera.escapetime.Palettes;
import tessera.render.Preparation;

/**
 * Every formula's deep renderer ({@link PerturbedFormulaWorkload}) against its full-precision
 * oracle on views drawn at random: centres on the edge of the set at some iteration count (found by
 * bisection in full precision from random pairs of points), on the real and the imaginary axis and
 * on the diagonals (where the absolute values fold), just off the axes (where the reference's parts
 * are far below a double's range), and inside; depths from 10¹² to 10¹⁰⁰⁰, 100 to 3,000 iterations. Escape counts are compared pixel by pixel; a pixel whose count
 * the oracle itself changes when each step is disturbed by a double's rounding is ill-conditioned
 * and counted apart, as in {@link OracleSweep} (the Buffalo's edges are mostly such dust).
 * {@code bin/oracle-sweep --formula ID|all --views N --seed S} runs it from the command line;
 * {@code FormulaOracleSweepTest} runs a fixed seed in the test suite.
 */
final class FormulaOracleSweep {
    static final double DEFAULT_BUDGET = 400_000;
    private static final String[] KINDS = {"edge", "real axis", "imaginary axis", "diagonal", "edge", "inside", "near an axis"};
    /** The iteration count whose edge "edge" views sit on: a deeper view there shows the counts change across it. */
    private static final int EDGE_ITERATIONS = 200;
    /** The deepest views drawn by default: as deep as {@link OracleSweep}'s, where the oracle takes seconds a view. */
    static final double DEEPEST = 1000;

    /** Every formula the sweep covers: all but z² + c, which {@link OracleSweep} sweeps. */
    static List<Formula> formulas() {
        List<Formula> formulas = new ArrayList<>();
        for (int power = 3; power <= Formula.MAX_POWER; power++) {
            formulas.add(Formula.named(Formula.DEFAULT, power));
        }
        for (String id : Formula.ids()) {
            if (!id.equals(Formula.DEFAULT)) {
                formulas.add(Formula.named(id, 2));
            }
        }
        return formulas;
    }

    /** One drawn view and how it compared. */
    static final class Outcome {
        final int index;
        final String kind;
        final Formula formula;
        final DeepView view;
        final int maxIter;
        final int same;
        final int illConditioned;
        final int distinctCounts;
        /** The Julia set's constant c, or null for the Mandelbrot set's view ({@link JuliaOracleSweep}). */
        final BigDecimal juliaX;
        final BigDecimal juliaY;

        Outcome(int index, String kind, Formula formula, DeepView view, int maxIter, int same, int illConditioned, int distinctCounts) {
            this(index, kind, formula, null, null, view, maxIter, same, illConditioned, distinctCounts);
        }

        Outcome(int index, String kind, Formula formula, BigDecimal juliaX, BigDecimal juliaY, DeepView view, int maxIter, int same,
                int illConditioned, int distinctCounts) {
            this.juliaX = juliaX;
            this.juliaY = juliaY;
            this.index = index;
            this.kind = kind;
            this.formula = formula;
            this.view = view;
            this.maxIter = maxIter;
            this.same = same;
            this.illConditioned = illConditioned;
            this.distinctCounts = distinctCounts;
        }

        /** The pixels held to the oracle's count. */
        int pixels() {
            return view.width * view.height - illConditioned;
        }

        /** Whether one pixel in twenty or more is ill-conditioned. */
        boolean chaotic() {
            return illConditioned * 20 >= view.width * view.height;
        }

        double share() {
            return pixels() == 0 ? 1.0 : same / (double) pixels();
        }

        String request() {
            String constant = juliaX == null ? "" : String.format(Locale.ROOT, "\"c\":{\"x\":\"%s\",\"y\":\"%s\"},",
                    juliaX.toPlainString(), juliaY.toPlainString());
            return String.format(Locale.ROOT, "{\"workload\":\"%s\",\"width\":%d,\"height\":%d,\"params\":{%s\"formula\":\"%s\","
                    + "\"power\":%d,\"center\":{\"x\":\"%s\",\"y\":\"%s\"},\"zoom\":\"%s\",\"maxIter\":%d,\"palette\":\"iterations\"}}",
                    juliaX == null ? "mandelbrot" : "julia", view.width, view.height, constant, formula.id, formula.power, view.x.toPlainString(),
                    view.y.toPlainString(), view.zoom.toString(), maxIter);
        }
    }

    private FormulaOracleSweep() {
    }

    /** Views {@code 0 … views − 1} of each formula's sweep drawn from {@code seed}, to zoom 10^deepest, on {@code threads} threads. */
    static List<Outcome> run(List<Formula> formulas, long seed, int views, double budget, double deepest, int threads) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Outcome>> futures = new ArrayList<>();
            for (Formula formula : formulas) {
                for (int i = 0; i < views; i++) {
                    int index = i;
                    futures.add(pool.submit(() -> drawAndCompare(formula, seed, index, budget, deepest)));
                }
            }
            List<Outcome> outcomes = new ArrayList<>();
            for (Future<Outcome> future : futures) {
                outcomes.add(future.get());
            }
            return outcomes;
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * The bar: at least 99.9 % of all compared pixels equal, and no view under 99 % but by one pixel,
     * or chaotic. Ill-conditioning is found by sampling disturbances, which in transient chaos (the
     * Buffalo's dust, where disturbed orbits wander for long and rarely leave) change few counts: in
     * a view where they changed one count in twenty, the other mismatches are of the same kind, and
     * are held to the total's bar only.
     */
    static boolean passes(List<Outcome> outcomes) {
        long pixels = outcomes.stream().mapToLong(Outcome::pixels).sum();
        long same = outcomes.stream().mapToLong(o -> o.same).sum();
        return same >= 0.999 * pixels && outcomes.stream().allMatch(o -> o.share() >= 0.99 || o.pixels() - o.same <= 1 || o.chaotic());
    }

    /** Per formula: views, views with more than one escape count, chaotic views, pixels compared, equal, ill-conditioned. */
    static String byFormula(List<Outcome> outcomes) {
        java.util.Map<String, long[]> formulas = new java.util.LinkedHashMap<>();
        for (Outcome o : outcomes) {
            long[] f = formulas.computeIfAbsent(o.formula.toString(), name -> new long[6]);
            f[0]++;
            f[1] += o.distinctCounts > 1 ? 1 : 0;
            f[2] += o.chaotic() ? 1 : 0;
            f[3] += o.pixels();
            f[4] += o.same;
            f[5] += o.illConditioned;
        }
        StringBuilder text = new StringBuilder("| formula | views | with structure | chaotic | pixels compared | equal | ill-conditioned |\n"
                + "|---|---|---|---|---|---|---|\n");
        formulas.forEach((name, f) -> text.append(String.format(Locale.ROOT, "| %s | %d | %d | %d | %d | %d | %d |%n", name, f[0], f[1], f[2],
                f[3], f[4], f[5])));
        return text.toString();
    }

    static String summary(List<Outcome> outcomes) {
        long pixels = outcomes.stream().mapToLong(Outcome::pixels).sum();
        long same = outcomes.stream().mapToLong(o -> o.same).sum();
        Outcome worst = outcomes.stream().filter(o -> !o.chaotic()).min((a, b) -> Double.compare(a.share(), b.share()))
                .orElse(outcomes.get(0));
        return String.format(Locale.ROOT, "%d views, %d pixels compared, %d equal (%.4f %%), %d ill-conditioned left out, %d chaotic views; %d views "
                + "with structure; worst other #%d %s (%s) %d of %d: %s", outcomes.size(), pixels, same, 100.0 * same / pixels,
                outcomes.stream().mapToLong(o -> o.illConditioned).sum(), outcomes.stream().filter(Outcome::chaotic).count(), outcomes.stream().filter(o -> o.distinctCounts > 1).count(),
                worst.index, worst.formula, worst.kind, worst.same, worst.pixels(), worst.request());
    }

    static Outcome drawAndCompare(Formula formula, long seed, int index, double budget, double deepest) {
        Random random = new Random(seed * 0x9E3779B97F4A7C15L + index * 0xBF58476D1CE4E5B9L + formula.toString().hashCode());
        while (true) {
            String kind = KINDS[index % KINDS.length];
            double depth = depth(random, deepest);
            int width = 12 + random.nextInt(13);
            int height = Math.max(8, (int) (width * (0.5 + 0.5 * random.nextDouble())));
            BigDecimal[] centre = centre(formula, kind, depth, random);
            if (centre == null) {
                continue;
            }
            BigDecimal zoom = new BigDecimal(String.format(Locale.ROOT, "%.3fe%d", Math.pow(10.0, depth - Math.floor(depth)), (int) depth));
            DeepView view = new DeepView(centre[0], centre[1], zoom, width, height);
            int maxIter = (int) Math.round(Math.pow(10.0, 2.0 + 1.5 * random.nextDouble()));
            double perIteration = (1.0 + view.bits / 128.0) * (formula.power - 1);
            maxIter = (int) Math.max(100, Math.min(maxIter, budget / (width * height * perIteration)));
            return compare(index, kind, formula, view, maxIter);
        }
    }

    static Outcome compare(int index, String kind, Formula formula, DeepView view, int maxIter) {
        Palette counts = Palettes.named("iterations");
        DeepViewWorkload.PixelOrbits fast = new PerturbedFormulaWorkload(view, formula, maxIter, counts, true, Preparation.none())
                .newPixelOrbits();
        DeepViewWorkload.PixelOrbits exact = new ExactMandelbrotWorkload(view, formula, maxIter, counts).newPixelOrbits();
        ViewComparison compared = ViewComparison.of(view, fast, exact,
                (dx, dy, expected) -> FixedPointOrbit.illConditioned(formula, view, maxIter, dx, dy, expected));
        return new Outcome(index, kind, formula, view, maxIter, compared.same, compared.illConditioned, compared.distinctCounts);
    }

    /** log10 of the zoom: a share around the hand-over at 10¹³, most where views are cheap, some down to 10¹⁰⁰⁰. */
    static double depth(Random random, double deepest) {
        int band = random.nextInt(10);
        if (band < 2) {
            return 12.0 + 2.0 * random.nextDouble();
        }
        if (band < 6) {
            return 14.0 + 46.0 * random.nextDouble();
        }
        if (band < 9 || deepest <= 360.0) {
            return 60.0 + (Math.min(deepest, 360.0) - 60.0) * random.nextDouble();
        }
        return 360.0 + (deepest - 360.0) * random.nextDouble();
    }

    private static BigDecimal[] centre(Formula formula, String kind, double depth, Random random) {
        int digits = (int) depth + 20;
        switch (kind) {
            case "real axis":
                return new BigDecimal[] {randomDigits(random, -2.0, 1.0, digits), BigDecimal.ZERO};
            case "imaginary axis":
                return new BigDecimal[] {BigDecimal.ZERO, randomDigits(random, -2.0, 2.0, digits)};
            case "near an axis": {
                // off an axis by 10^-k, k from a third of the depth to past a pixel: Z's part there is far below a double's range
                BigDecimal off = BigDecimal.ONE.movePointLeft((int) (depth / 3 + random.nextDouble() * (depth * 2 / 3 + 3)))
                        .multiply(BigDecimal.valueOf(random.nextBoolean() ? 3 : -7));
                BigDecimal along = randomDigits(random, -2.0, 1.0, digits);
                return random.nextBoolean() ? new BigDecimal[] {along, off} : new BigDecimal[] {off, along};
            }
            case "diagonal": {
                BigDecimal x = randomDigits(random, -1.5, 1.0, digits);
                return new BigDecimal[] {x, random.nextBoolean() ? x : x.negate()};
            }
            case "inside": {
                for (int tries = 0; tries < 200; tries++) {
                    double x = -2.0 + 3.0 * random.nextDouble();
                    double y = -2.0 + 4.0 * random.nextDouble();
                    if (EscapeData.iterations(formula.escape(0, 0, x, y, 2000, new EscapeCounts())) == 2000) {
                        return new BigDecimal[] {new BigDecimal(x).add(randomDigits(random, -1, 1, digits).movePointLeft(17)),
                            new BigDecimal(y).add(randomDigits(random, -1, 1, digits).movePointLeft(17))};
                    }
                }
                return null;
            }
            default:
                return edge(formula, depth, random);
        }
    }

    /**
     * A point within 10^-(depth + 2) of the edge of the points that stay {@link #EDGE_ITERATIONS}
     * iterations: bisection in full precision between a point that stays and one that escapes.
     */
    private static BigDecimal[] edge(Formula formula, double depth, Random random) {
        double[] inside = null;
        for (int tries = 0; tries < 200 && inside == null; tries++) {
            double x = -2.0 + 3.0 * random.nextDouble();
            double y = -2.0 + 4.0 * random.nextDouble();
            if (EscapeData.iterations(formula.escape(0, 0, x, y, EDGE_ITERATIONS, new EscapeCounts())) == EDGE_ITERATIONS) {
                inside = new double[] {x, y};
            }
        }
        if (inside == null) {
            return null;
        }
        double angle = 2 * Math.PI * random.nextDouble();
        int bits = (int) ((depth + 10) * 3.33);
        BigDecimal[] in = {new BigDecimal(inside[0]), new BigDecimal(inside[1])};
        BigDecimal[] out = {new BigDecimal(inside[0] + 4 * Math.cos(angle)), new BigDecimal(inside[1] + 4 * Math.sin(angle))};
        int steps = (int) ((depth + 2) * 3.33) + 3;
        for (int i = 0; i < steps; i++) {
            BigDecimal[] middle = {in[0].add(out[0]).divide(BigDecimal.valueOf(2)), in[1].add(out[1]).divide(BigDecimal.valueOf(2))};
            if (stays(formula, middle, bits)) {
                in = middle;
            } else {
                out = middle;
            }
        }
        return in;
    }

    private static boolean stays(Formula formula, BigDecimal[] c, int bits) {
        BigInteger cx = ReferenceOrbit.fixed(c[0], bits);
        BigInteger cy = ReferenceOrbit.fixed(c[1], bits);
        BigInteger four = BigInteger.valueOf(4).shiftLeft(2 * bits);
        BigInteger[] z = {BigInteger.ZERO, BigInteger.ZERO};
        for (int n = 0; n < EDGE_ITERATIONS; n++) {
            if (z[0].multiply(z[0]).add(z[1].multiply(z[1])).compareTo(four) >= 0) {
                return false;
            }
            formula.exactStep(z, cx, cy, bits, null);
        }
        return true;
    }

    static BigDecimal randomDigits(Random random, double from, double to, int digits) {
        StringBuilder text = new StringBuilder(String.format(Locale.ROOT, "%.15f", from + (to - from) * random.nextDouble()));
        for (int i = 15; i < digits; i++) {
            text.append((char) ('0' + random.nextInt(10)));
        }
        return new BigDecimal(text.toString());
    }

    /**
     * {@code --formula ID|all [--views N] [--seed S] [--budget B] [--threads T]}, or {@code --julia ID|all …} for
     * the deep views of their Julia sets ({@link JuliaOracleSweep}): prints every view not all equal, then a summary.
     */
    public static void main(String[] args) throws Exception {
        String which = "all";
        boolean julia = false;
        int views = 100;
        long seed = 1;
        double budget = DEFAULT_BUDGET;
        int threads = Runtime.getRuntime().availableProcessors();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--formula":
                    which = args[++i];
                    break;
                case "--julia":
                    which = args[++i];
                    julia = true;
                    break;
                case "--views":
                    views = Integer.parseInt(args[++i]);
                    break;
                case "--seed":
                    seed = Long.parseLong(args[++i]);
                    break;
                case "--budget":
                    budget = Double.parseDouble(args[++i]);
                    break;
                case "--threads":
                    threads = Integer.parseInt(args[++i]);
                    break;
                default:
                    System.err.println("usage: oracle-sweep --formula|--julia ID|all [--views N] [--seed S] [--budget B] [--threads T]");
                    System.exit(2);
            }
        }
        String chosen = which;
        List<Formula> all = julia ? JuliaOracleSweep.formulas() : formulas();
        List<Formula> formulas = all.stream().filter(f -> chosen.equals("all") || f.id.equals(chosen)
                || (f.id + "-" + f.power).equals(chosen)).toList();
        if (formulas.isEmpty()) {
            System.err.println("no formula " + which + ": one of " + all.stream().map(f -> f.power == 2 ? f.id : f.id + "-" + f.power)
                    .toList() + " or all");
            System.exit(2);
        }
        long start = System.nanoTime();
        List<Outcome> outcomes = julia ? JuliaOracleSweep.run(formulas, seed, views, budget, DEEPEST, threads)
                : run(formulas, seed, views, budget, DEEPEST, threads);
        for (Outcome o : outcomes) {
            if (o.same < o.pixels()) {
                System.out.printf(Locale.ROOT, "#%d %s (%s): %d of %d equal, %d ill-conditioned%s, %d counts: %s%n", o.index, o.formula, o.kind,
                        o.same, o.pixels(), o.illConditioned, o.chaotic() ? " (chaotic)" : "", o.distinctCounts, o.request());
            }
        }
        System.out.print(byFormula(outcomes));
        System.out.println(summary(outcomes));
        System.out.printf(Locale.ROOT, "seed %d, %.1f s%n", seed, (System.nanoTime() - start) / 1e9);
        System.exit(passes(outcomes) ? 0 : 1);
    }
}
