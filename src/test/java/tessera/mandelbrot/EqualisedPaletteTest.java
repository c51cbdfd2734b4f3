package tessera.mandelbrot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tessera.render.JsonReader;
import tessera.render.JsonValue;
import tessera.render.JvmRenderer;
import tessera.render.RenderPlan;
import tessera.render.RenderResult;
import tessera.workloads.Workloads;

/** Histogram equalisation: the view's own counts decide the colours, so a deep view is not one flat colour. */
class EqualisedPaletteTest {
    private static int[] render(String params) throws InterruptedException {
        String request = "{\"workload\":\"mandelbrot\",\"width\":160,\"height\":90,\"params\":" + params + "}";
        RenderResult result = JvmRenderer.render(RenderPlan.of(Workloads.create(Workloads.parse(request, 2), null), 32, 2), null);
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
     * Far out, a thousandth of a unit across, every pixel escapes after 2 or 3 iterations: smooth
     * colouring, one turn of the gradient every 48 iterations, shows a few shades of one colour;
     * equalised, the whole gradient, evenly.
     */
    @Test
    void aViewWhoseCountsBarelyVarySpreadsOverTheWholeGradient() throws Exception {
        String view = "\"center\":{\"x\":-2.1,\"y\":1.3},\"zoom\":1000,\"maxIter\":1000";
        int[] smooth = render("{" + view + ",\"palette\":\"smooth\"}");
        int[] equalised = render("{" + view + ",\"palette\":\"equalised\"}");
        assertTrue(largestShare(equalised) < 0.02, "no colour takes more than 2 %: " + largestShare(equalised));
        assertTrue(distinct(equalised) > 10 * distinct(smooth), distinct(equalised) + " colours against " + distinct(smooth));
    }

    private static long distinct(int[] frame) {
        return java.util.Arrays.stream(frame).distinct().count();
    }

    @Test
    void theRankOfACountAmongTheViewsIsItsShareOfTheSamplesBelowIt() {
        EqualisedPalette palette = (EqualisedPalette) Palettes.named("equalised");
        double[] counts = {10, 20, 30, 40, 50};
        int[] next = {0};
        // A sampler that hands the palette five escaped counts (z far out, so that ν ≈ n + a constant).
        palette.learn((px, py) -> next[0] < counts.length ? palette.color((int) counts[next[0]++], 1000, 1e10, 0, 0, 0) : 0, 5, 1);
        double low = palette.rank(SmoothPalette.nu(10, 1e10, 0, 0, 0));
        double middle = palette.rank(SmoothPalette.nu(30, 1e10, 0, 0, 0));
        double high = palette.rank(SmoothPalette.nu(50, 1e10, 0, 0, 0));
        assertEquals(0.0, low);
        assertEquals(0.5, middle, 1e-12);
        assertEquals(1.0, high);
        assertTrue(palette.rank(SmoothPalette.nu(35, 1e10, 0, 0, 0)) > 0.5 && palette.rank(SmoothPalette.nu(35, 1e10, 0, 0, 0)) < 0.75);
        assertEquals(0, palette.color(1000, 1000, 0, 0, 0, 0) & 0xffffff, "the inside stays black");
    }
}
