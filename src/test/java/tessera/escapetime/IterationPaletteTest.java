package tessera.escapetime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import tessera.jvm.JvmRenderer;
import tessera.jvm.RenderResult;
import tessera.mandelbrot.MandelbrotWorkload;
import tessera.render.RenderPlan;
import tessera.render.Rgba;

/** The "iterations" palette writes the escape count into the pixel, where it can be read back exactly. */
class IterationPaletteTest {
    private static int count(int pixel) {
        return Rgba.red(pixel) * 65536 + Rgba.green(pixel) * 256 + Rgba.blue(pixel);
    }

    @Test
    void eachPixelHoldsItsEscapeCountAndTheInsideHoldsMaxIterAndTheRendererSumsTheEscapedOnes() throws InterruptedException {
        int maxIter = 70_000;
        MandelbrotWorkload workload = new MandelbrotWorkload(64, 36, ComplexView.SEED, maxIter, Palettes.named("iterations"), true);
        RenderResult result = JvmRenderer.render(RenderPlan.of(workload, 64, 1), null);
        int[] frame = result.frame;
        long escaped = 0;
        for (int py = 0; py < 36; py++) {
            for (int px = 0; px < 64; px++) {
                double cx = (px / 64.0) * 3.5 - 2.5;
                double cy = (py / 36.0) * 2.0 - 1.0;
                int pixel = frame[py * 64 + px];
                assertEquals(255, Rgba.alpha(pixel));
                int expected = escapeCount(cx, cy, maxIter);
                assertEquals(expected, count(pixel), "pixel " + px + ", " + py);
                escaped += expected < maxIter ? expected : 0;
            }
        }
        assertEquals(escaped, result.counter("iterations"), "the renderer's tally: the escape counts of the pixels that escaped");
    }

    @Test
    void countsBeyondTwoBytesKeepTheirHighByte() {
        PointPalette palette = (PointPalette) Palettes.named("iterations");
        assertEquals(1_000_000, count(palette.color(EscapeData.inside(1_000_000), 1_000_000)));
        assertEquals(65_537, count(palette.color(EscapeData.of(65_537, 65_537.9), 1_000_000)));
    }

    /** The seed's loop, written out again. */
    private static int escapeCount(double cx, double cy, int maxIter) {
        double x = 0;
        double y = 0;
        int n = 0;
        while (n < maxIter && x * x + y * y < 4) {
            double next = x * x - y * y + cx;
            y = 2 * x * y + cy;
            x = next;
            n++;
        }
        return n;
    }
}
