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
        assertEquals(0, palette.color(EscapeData.inside(1000), 1000) & 0xffffff, "the inside stays black");
    }
}
