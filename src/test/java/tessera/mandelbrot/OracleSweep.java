package tessera.mandelbrot;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import tessera.escapetime.Formula;
import tessera.escapetime.Palette;
import tessera.escapetime.Palettes;

/**
 * The fast deep renderer against the full-precision oracle on views drawn by {@link DeepViewSampler}:
 * escape counts compared pixel by pixel. {@code bin/oracle-sweep --views N --seed S} runs it from
 * the command line; {@code OracleSweepTest} runs a fixed seed in the test suite.
 */
final class OracleSweep {
    /** The work a view may cost the oracle by default (see {@link DeepViewSampler}): about a tenth of a second on one core. */
    static final double DEFAULT_BUDGET = 400_000;
    private static final Formula CLASSIC = Formula.named(Formula.DEFAULT, 2);

    /**
     * How one view compared. Pixels whose escape count the oracle itself changes when every step
     * of their orbit is disturbed by a rounding of double precision, or when it is followed with
     * more bits, are ill-conditioned ({@link FixedPointOrbit#illConditioned}): no
     * renderer in doubles can be held to their count (on the real axis near −2 the orbits are
     * chaotic and double every error for hundreds of iterations). They are counted apart, and the
     * shares are of the other pixels.
     */
    static final class Outcome {
        final DeepViewSampler.Sample sample;
        final int pixels;
        final int same;
        final int illConditioned;
        final int distinctCounts;

        Outcome(DeepViewSampler.Sample sample, int pixels, int same, int illConditioned, int distinctCounts) {
            this.sample = sample;
            this.pixels = pixels;
            this.same = same;
            this.illConditioned = illConditioned;
            this.distinctCounts = distinctCounts;
        }

        /** The pixels held to the oracle's count. */
        int compared() {
            return pixels - illConditioned;
        }

        double share() {
            return compared() == 0 ? 1.0 : same / (double) compared();
        }
    }

    /** The outcomes of a sweep, in the order of the views. */
    static final class Result {
        final List<Outcome> outcomes;

        Result(List<Outcome> outcomes) {
            this.outcomes = outcomes;
        }

        long pixels() {
            return outcomes.stream().mapToLong(Outcome::compared).sum();
        }

        long illConditioned() {
            return outcomes.stream().mapToLong(o -> o.illConditioned).sum();
        }

        /** The bar: at least 99.9 % of all compared pixels equal, and no view under 99 %. */
        boolean passes() {
            return same() >= 0.999 * pixels() && worst().share() >= 0.99;
        }

        long same() {
            return outcomes.stream().mapToLong(o -> o.same).sum();
        }

        Outcome worst() {
            Outcome worst = outcomes.get(0);
            for (Outcome outcome : outcomes) {
                if (outcome.share() < worst.share()) {
                    worst = outcome;
                }
            }
            return worst;
        }

        /** Per kind of place: views, views with more than one escape count, pixels compared, pixels equal. */
        String byKind() {
            java.util.Map<String, long[]> kinds = new java.util.TreeMap<>();
            for (Outcome o : outcomes) {
                long[] k = kinds.computeIfAbsent(o.sample.kind, name -> new long[5]);
                k[0]++;
                k[1] += o.distinctCounts > 1 ? 1 : 0;
                k[2] += o.compared();
                k[3] += o.same;
                k[4] += o.illConditioned;
            }
            StringBuilder text = new StringBuilder("| place | views | with structure | pixels compared | equal | ill-conditioned |\n|---|---|---|---|---|---|\n");
            kinds.forEach((kind, k) -> text.append(String.format(Locale.ROOT, "| %s | %d | %d | %d | %d | %d |%n", kind, k[0], k[1], k[2], k[3],
                    k[4])));
            return text.toString();
        }

        String summary() {
            Outcome worst = worst();
            return String.format(Locale.ROOT, "%d views, %d pixels compared, %d equal (%.4f %%), %d ill-conditioned left out; %d views with "
                    + "structure; worst view #%d (%s) %d of %d equal: %s", outcomes.size(), pixels(), same(), 100.0 * same() / pixels(),
                    illConditioned(), outcomes.stream().filter(o -> o.distinctCounts > 1).count(), worst.sample.index, worst.sample.kind,
                    worst.same, worst.compared(), worst.sample.request());
        }
    }

    private OracleSweep() {
    }

    /** Draws and compares {@code views} views from {@code seed} on {@code threads} threads. */
    static Result run(long seed, int views, double budget, int threads) throws Exception {
        return run(seed, 0, views, budget, threads);
    }

    /** Views {@code first} … {@code first + views − 1} of the sweep drawn from {@code seed}. */
    static Result run(long seed, int first, int views, double budget, int threads) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Outcome>> futures = new ArrayList<>();
            for (int i = first; i < first + views; i++) {
                int index = i;
                futures.add(pool.submit(() -> compare(DeepViewSampler.draw(seed, index, budget))));
            }
            List<Outcome> outcomes = new ArrayList<>();
            for (Future<Outcome> future : futures) {
                outcomes.add(future.get());
            }
            return new Result(outcomes);
        } finally {
            pool.shutdownNow();
        }
    }

    static Outcome compare(DeepViewSampler.Sample sample) {
        DeepView view = sample.view;
        Palette counts = Palettes.named("iterations");
        DeepViewWorkload.PixelOrbits fast = new PerturbedMandelbrotWorkload(view, sample.maxIter, counts, sample.bla, sample.shortcuts)
                .newPixelOrbits();
        DeepViewWorkload.PixelOrbits exact = new ExactMandelbrotWorkload(view, sample.maxIter, counts).newPixelOrbits();
        ViewComparison compared = ViewComparison.of(view, fast, exact,
                (dx, dy, expected) -> FixedPointOrbit.illConditioned(CLASSIC, view, sample.maxIter, dx, dy, expected));
        return new Outcome(sample, view.width * view.height, compared.same, compared.illConditioned, compared.distinctCounts);
    }

    /**
     * {@code --views N --seed S [--from I] [--budget B] [--threads T] [--list]}: prints each view that is not all equal (or
     * every view, with --list), then the summary. {@code --from I --views 1} draws view I of the seed's sweep again alone.
     */
    public static void main(String[] args) throws Exception {
        int views = 5000;
        int first = 0;
        long seed = 1;
        double budget = DEFAULT_BUDGET;
        int threads = Runtime.getRuntime().availableProcessors();
        boolean list = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
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
                case "--from":
                    first = Integer.parseInt(args[++i]);
                    break;
                case "--list":
                    list = true;
                    break;
                default:
                    System.err.println("usage: oracle-sweep [--views N] [--from I] [--seed S] [--budget B] [--threads T] [--list]");
                    System.exit(2);
            }
        }
        long start = System.nanoTime();
        Result result = run(seed, first, views, budget, threads);
        for (Outcome outcome : result.outcomes) {
            if (list || outcome.same < outcome.pixels) {
                System.out.printf(Locale.ROOT, "#%d %s: %d of %d equal, %d ill-conditioned, %d counts: %s%n", outcome.sample.index,
                        outcome.sample.kind, outcome.same, outcome.compared(), outcome.illConditioned, outcome.distinctCounts,
                        outcome.sample.request());
            }
        }
        System.out.print(result.byKind());
        System.out.println(result.summary());
        System.out.printf(Locale.ROOT, "seed %d, %.1f s%n", seed, (System.nanoTime() - start) / 1e9);
        System.exit(result.passes() ? 0 : 1);
    }
}
