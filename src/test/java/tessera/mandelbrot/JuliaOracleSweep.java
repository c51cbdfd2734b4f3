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
 * Deep views of Julia sets ({@link PerturbedFormulaWorkload#julia}) against their full-precision
 * oracle ({@link ExactMandelbrotWorkload#julia}), for every formula, z² + c among them. The
 * constant c is drawn inside the formula's parameter set (connected Julia sets, with their Fatou
 * components) or on its edge (dendrites, parabolic and Cantor-dust sets); the view's centre on the
 * Julia set's edge at some iteration count (bisection in full precision), on the real or imaginary
 * axis (where absolute values fold), at the critical point 0 (whose pixels rebase onto the
 * critical orbit at once) or inside. Depths, sizes, iterations and the judge of ill-conditioned
 * pixels as in {@link FormulaOracleSweep}, whose outcomes, tables and bar it shares.
 * {@code bin/oracle-sweep --julia ID|all --views N --seed S} runs it from the command line
 * ({@link FormulaOracleSweep#main});
 * {@code JuliaOracleSweepTest} runs a fixed seed in the test suite.
 */
final class JuliaOracleSweep {
    private static final String[] KINDS = {"edge", "real axis", "edge", "imaginary axis", "critical point", "edge", "inside"};
    /** The iteration count whose edge "edge" views sit on. */
    private static final int EDGE_ITERATIONS = 200;

    private JuliaOracleSweep() {
    }

    /** Every formula: z² + c first, then those {@link FormulaOracleSweep} covers. */
    static List<Formula> formulas() {
        List<Formula> formulas = new ArrayList<>();
        formulas.add(Formula.named(Formula.DEFAULT, 2));
        formulas.addAll(FormulaOracleSweep.formulas());
        return formulas;
    }

    /** Views {@code 0 … views − 1} of each formula's Julia sweep drawn from {@code seed}, to zoom 10^deepest. */
    static List<FormulaOracleSweep.Outcome> run(List<Formula> formulas, long seed, int views, double budget, double deepest, int threads)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<FormulaOracleSweep.Outcome>> futures = new ArrayList<>();
            for (Formula formula : formulas) {
                for (int i = 0; i < views; i++) {
                    int index = i;
                    futures.add(pool.submit(() -> drawAndCompare(formula, seed, index, budget, deepest)));
                }
            }
            List<FormulaOracleSweep.Outcome> outcomes = new ArrayList<>();
            for (Future<FormulaOracleSweep.Outcome> future : futures) {
                outcomes.add(future.get());
            }
            return outcomes;
        } finally {
            pool.shutdownNow();
        }
    }

    static FormulaOracleSweep.Outcome drawAndCompare(Formula formula, long seed, int index, double budget, double deepest) {
        Random random = new Random(seed * 0x9E3779B97F4A7C15L + index * 0xBF58476D1CE4E5B9L + formula.toString().hashCode() + 0x4A554C4941L);
        while (true) {
            String kind = KINDS[index % KINDS.length];
            double depth = FormulaOracleSweep.depth(random, deepest);
            BigDecimal[] c = constant(formula, random);
            if (c == null) {
                continue;
            }
            BigDecimal[] centre = centre(formula, c, kind, depth, random);
            if (centre == null) {
                continue;
            }
            int width = 12 + random.nextInt(13);
            int height = Math.max(8, (int) (width * (0.5 + 0.5 * random.nextDouble())));
            BigDecimal zoom = new BigDecimal(String.format(Locale.ROOT, "%.3fe%d", Math.pow(10.0, depth - Math.floor(depth)), (int) depth));
            DeepView view = new DeepView(centre[0], centre[1], zoom, width, height);
            // past the edge's count, where the counts change across the view
            int maxIter = (int) Math.round(Math.pow(10.0, 2.0 + 1.5 * random.nextDouble())) + (kind.equals("edge") ? 2 * EDGE_ITERATIONS : 0);
            double perIteration = (1.0 + view.bits / 128.0) * (formula.power - 1);
            maxIter = (int) Math.max(100, Math.min(maxIter, budget / (width * height * perIteration)));
            return compare(index, kind, formula, c, view, maxIter);
        }
    }

    static FormulaOracleSweep.Outcome compare(int index, String kind, Formula formula, BigDecimal[] c, DeepView view, int maxIter) {
        Palette counts = Palettes.named("iterations");
        DeepViewWorkload.PixelOrbits fast = PerturbedFormulaWorkload.julia(view, formula, c[0], c[1], maxIter, counts, true, Preparation.none())
                .newPixelOrbits();
        DeepViewWorkload.PixelOrbits exact = ExactMandelbrotWorkload.julia(view, formula, c[0], c[1], maxIter, counts).newPixelOrbits();
        ViewComparison compared = ViewComparison.of(view, fast, exact,
                (dx, dy, expected) -> FixedPointOrbit.illConditioned(formula, c[0], c[1], view, maxIter, dx, dy, expected));
        return new FormulaOracleSweep.Outcome(index, kind, formula, c[0], c[1], view, maxIter, compared.same, compared.illConditioned,
                compared.distinctCounts);
    }

    /**
     * c inside the formula's parameter set (three times in five) or next to its edge, found in
     * doubles: a Julia set with inside and edge, or a thin one.
     */
    private static BigDecimal[] constant(Formula formula, Random random) {
        double[] inside = null;
        for (int tries = 0; tries < 200 && inside == null; tries++) {
            double x = -2.0 + 3.0 * random.nextDouble();
            double y = -1.5 + 3.0 * random.nextDouble();
            if (EscapeData.iterations(formula.escape(0, 0, x, y, 2000, new EscapeCounts())) == 2000) {
                inside = new double[] {x, y};
            }
        }
        if (inside == null) {
            return null;
        }
        if (random.nextInt(5) < 3) {
            return new BigDecimal[] {new BigDecimal(inside[0]), new BigDecimal(inside[1])};
        }
        double angle = 2 * Math.PI * random.nextDouble();
        double[] in = inside;
        double[] out = {inside[0] + 4 * Math.cos(angle), inside[1] + 4 * Math.sin(angle)};
        for (int i = 0; i < 60; i++) {
            double[] middle = {(in[0] + out[0]) / 2, (in[1] + out[1]) / 2};
            if (EscapeData.iterations(formula.escape(0, 0, middle[0], middle[1], EDGE_ITERATIONS, new EscapeCounts())) == EDGE_ITERATIONS) {
                in = middle;
            } else {
                out = middle;
            }
        }
        double[] chosen = random.nextBoolean() ? in : out;
        return new BigDecimal[] {new BigDecimal(chosen[0]), new BigDecimal(chosen[1])};
    }

    private static BigDecimal[] centre(Formula formula, BigDecimal[] c, String kind, double depth, Random random) {
        int digits = (int) depth + 20;
        switch (kind) {
            case "real axis":
                return new BigDecimal[] {FormulaOracleSweep.randomDigits(random, -1.8, 1.8, digits), BigDecimal.ZERO};
            case "imaginary axis":
                return new BigDecimal[] {BigDecimal.ZERO, FormulaOracleSweep.randomDigits(random, -1.8, 1.8, digits)};
            case "critical point": {
                // 0 moved by up to a few pixels, or by a hair of one
                BigDecimal off = BigDecimal.ONE.movePointLeft((int) (depth + random.nextDouble() * (depth / 2 + 2)));
                return new BigDecimal[] {off.multiply(BigDecimal.valueOf(random.nextInt(7) - 3)), off.multiply(BigDecimal.valueOf(random.nextInt(7) - 3))};
            }
            case "inside": {
                for (int tries = 0; tries < 200; tries++) {
                    double x = -1.8 + 3.6 * random.nextDouble();
                    double y = -1.8 + 3.6 * random.nextDouble();
                    if (EscapeData.iterations(formula.escape(x, y, c[0].doubleValue(), c[1].doubleValue(), 2000, new EscapeCounts())) == 2000) {
                        return new BigDecimal[] {new BigDecimal(x).add(FormulaOracleSweep.randomDigits(random, -1, 1, digits).movePointLeft(17)),
                            new BigDecimal(y).add(FormulaOracleSweep.randomDigits(random, -1, 1, digits).movePointLeft(17))};
                    }
                }
                return null;
            }
            default:
                return edge(formula, c, depth, random);
        }
    }

    /**
     * A point within 10^-(depth + 2) of the edge of the starting points that stay
     * {@link #EDGE_ITERATIONS} iterations: bisection in full precision between one that stays and one
     * that escapes.
     */
    private static BigDecimal[] edge(Formula formula, BigDecimal[] c, double depth, Random random) {
        int bits = (int) ((depth + 10) * 3.33);
        BigDecimal[] in = null;
        for (int tries = 0; tries < 200 && in == null; tries++) {
            BigDecimal[] z = {new BigDecimal(-1.8 + 3.6 * random.nextDouble()), new BigDecimal(-1.8 + 3.6 * random.nextDouble())};
            if (stays(formula, z, c, bits)) {
                in = z;
            }
        }
        if (in == null) {
            return null;
        }
        double angle = 2 * Math.PI * random.nextDouble();
        BigDecimal[] out = {in[0].add(new BigDecimal(4 * Math.cos(angle))), in[1].add(new BigDecimal(4 * Math.sin(angle)))};
        int steps = (int) ((depth + 2) * 3.33) + 3;
        for (int i = 0; i < steps; i++) {
            BigDecimal[] middle = {in[0].add(out[0]).divide(BigDecimal.valueOf(2)), in[1].add(out[1]).divide(BigDecimal.valueOf(2))};
            if (stays(formula, middle, c, bits)) {
                in = middle;
            } else {
                out = middle;
            }
        }
        return in;
    }

    private static boolean stays(Formula formula, BigDecimal[] start, BigDecimal[] c, int bits) {
        BigInteger cx = ReferenceOrbit.fixed(c[0], bits);
        BigInteger cy = ReferenceOrbit.fixed(c[1], bits);
        BigInteger four = BigInteger.valueOf(4).shiftLeft(2 * bits);
        BigInteger[] z = {ReferenceOrbit.fixed(start[0], bits), ReferenceOrbit.fixed(start[1], bits)};
        for (int n = 0; n < EDGE_ITERATIONS; n++) {
            if (z[0].multiply(z[0]).add(z[1].multiply(z[1])).compareTo(four) >= 0) {
                return false;
            }
            formula.exactStep(z, cx, cy, bits, null);
        }
        return true;
    }
}
