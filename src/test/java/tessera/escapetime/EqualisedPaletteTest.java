package tessera.escapetime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tessera.json.JsonReader;
import tessera.json.JsonValue;
import tessera.jvm.JvmRenderer;
import tessera.jvm.RenderResult;
import tessera.render.RenderPlan;
import tessera.workloads.Workloads;

/** Histogram equalisation: the view's own counts decide the colours, so a deep view is not one flat colour. */
class EqualisedPaletteTest {
    private static int[] render(String params) throws InterruptedException {
        String request = "{\"workload\":\"mandelbrot\",\"width\":160,\"height\":90,\"params\":" + params + "}";
        RenderResult result = JvmRenderer.render(RenderPlan.of(Workloads.create(Workloads.parse(request, 2), tessera.render.Preparation.none()), 32, 2), null);
        return result.frame;
    }

    /** The largest share of the frame that one colour takes. */
    private static double largestShare(int[] frame) {
        Map<Integer, Integer> counts = new HashMap<>();
        for (int pixel : frame) {
            counts.merge(pixel, 1, Integer::sum);
        }
        return counts.values().stream().mapToInt(Integer::intValue).max().orElseThrow() / (double) frame.length;
    }

    /**
     * Just past the cusp, a 150th of a unit across, the counts span about two iterations:
     * smooth colouring, one turn of the gradient every 48 iterations, shows a few shades of one
     * colour; equalised, the whole gradient, evenly.
     */
    @Test
    void aViewWhoseCountsBarelyVarySpreadsOverTheWholeGradient() throws Exception {
        String view = "\"center\":{\"x\":0.3,\"y\":0.0},\"zoom\":300,\"maxIter\":1000";
        int[] smooth = render("{" + view + ",\"palette\":\"smooth\"}");
        int[] equalised = render("{" + view + ",\"palette\":\"equalised\"}");
        assertTrue(largestShare(equalised) < 0.03, "no colour takes more than 3 %: " + largestShare(equalised));
        assertTrue(span(equalised) > 5 * span(smooth), "the colours reach " + span(equalised) + " against " + span(smooth));
    }

    /** How far the colours reach: the sum over red, green and blue of the largest minus the smallest. */
    private static int span(int[] frame) {
        int span = 0;
        for (int shift = 0; shift <= 16; shift += 8) {
            int channel = shift;
            span += java.util.Arrays.stream(frame).map(p -> p >>> channel & 0xff).max().orElseThrow()
                    - java.util.Arrays.stream(frame).map(p -> p >>> channel & 0xff).min().orElseThrow();
        }
        return span;
    }

    @Test
    void theRankOfACountAmongTheViewsIsItsShareOfTheSamplesBelowIt() {
        EqualisedPalette palette = (EqualisedPalette) Palettes.named("equalised");
        double[] counts = {10, 20, 30, 40, 50};
        int[] next = {0};
        // A sampler that hands the palette five escaped counts and one point inside, which is not ranked.
        palette.learn((px, py) -> next[0] < counts.length ? EscapeData.of((int) counts[next[0]++], counts[next[0] - 1] + 0.5)
                : EscapeData.inside(1000), 6, 1, 1000);
        assertEquals(0.0, palette.rank(10.5));
        assertEquals(0.5, palette.rank(30.5), 1e-12);
        assertEquals(1.0, palette.rank(50.5));
        assertTrue(palette.rank(35.5) > 0.5 && palette.rank(35.5) < 0.75);
        assertEquals(0xff000000, palette.color(EscapeData.inside(1000), 1000), "the inside stays black, and opaque");
    }

    /** Ranks against a linear scan, on seeded random samples with ties, and between and beyond them. */
    @Test
    void rankIsTheInterpolatedPlaceAmongTheSortedSamplesOnRandomViews() {
        java.util.SplittableRandom draws = new java.util.SplittableRandom(36);
        for (int trial = 0; trial < 300; trial++) {
            int n = 2 + draws.nextInt(60);
            double[] samples = new double[n];
            for (int i = 0; i < n; i++) {
                // Few distinct values in some trials, so that ties are common.
                double nu = trial % 3 == 0 ? 1 + draws.nextInt(5) : draws.nextDouble(1, 500);
                // As the escape data keep it (ν's fraction in fewer bits than a double's).
                samples[i] = EscapeData.nu(EscapeData.of((int) nu, nu));
            }
            EqualisedPalette palette = (EqualisedPalette) Palettes.named("equalised");
            int[] next = {0};
            palette.learn((px, py) -> next[0] < n ? EscapeData.of((int) samples[next[0]], samples[next[0]++]) : EscapeData.inside(1000), n, 1, 1000);
            double[] sorted = samples.clone();
            java.util.Arrays.sort(sorted);
            double previous = -1;
            for (int k = 0; k < 200; k++) {
                double nu = k == 0 ? sorted[draws.nextInt(n)] : draws.nextDouble(0, 510);
                double expected;
                if (nu <= sorted[0]) {
                    expected = 0;
                } else if (nu >= sorted[n - 1]) {
                    expected = 1;
                } else {
                    int low = 0;
                    while (sorted[low + 1] <= nu) {
                        low++;
                    }
                    expected = (low + (nu - sorted[low]) / (sorted[low + 1] - sorted[low])) / (n - 1);
                }
                assertEquals(expected, palette.rank(nu), 1e-12, "trial " + trial + ", ν " + nu);
            }
            for (double nu = 0; nu < 510; nu += 0.37) {
                double rank = palette.rank(nu);
                assertTrue(rank >= previous, "rank never falls as ν rises");
                previous = rank;
            }
        }
    }

    @Test
    void itLooksOverAnEvenGridOfTheViewAtMost64Across() {
        for (int[] size : new int[][] {{10, 7}, {64, 64}, {1920, 1080}, {100, 3}}) {
            java.util.List<int[]> asked = new java.util.ArrayList<>();
            EqualisedPalette palette = (EqualisedPalette) Palettes.named("equalised");
            palette.learn((px, py) -> {
                asked.add(new int[] {px, py});
                return EscapeData.of(5, 5.5);
            }, size[0], size[1], 1000);
            int across = Math.min(64, size[0]);
            int down = Math.min(64, size[1]);
            assertEquals(across * down, asked.size());
            for (int j = 0; j < down; j++) {
                for (int i = 0; i < across; i++) {
                    int[] at = asked.get(j * across + i);
                    assertEquals((int) ((i + 0.5) * size[0] / across), at[0]);
                    assertEquals((int) ((j + 0.5) * size[1] / down), at[1]);
                }
            }
        }
    }
}
