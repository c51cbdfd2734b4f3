package tessera.mandelbrot;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import tessera.escapetime.ComplexView;
import tessera.escapetime.DistancePalette;
import tessera.escapetime.EscapeCounts;
import tessera.escapetime.EscapeData;
import tessera.escapetime.EscapeWindow;
import tessera.escapetime.Palettes;
import tessera.jvm.JvmRenderer;
import tessera.render.RenderPlan;
import tessera.render.TileGrid;

/**
 * The distance palette's estimate, taken from the stored continuous counts of neighbouring pixels,
 * against the analytic one, |z|·ln|z| / |dz/dc|, iterated here with the derivative.
 */
class DistancePaletteTest {
    private static final int WIDTH = 240;
    private static final int HEIGHT = 160;
    private static final int MAX_ITER = 2000;
    private static final ComplexView VIEW = ComplexView.centered(-0.745, 0.112, 30.0, WIDTH, HEIGHT);

    private static MandelbrotWorkload workload(String palette) {
        return new MandelbrotWorkload(WIDTH, HEIGHT, VIEW, MAX_ITER, Palettes.named(palette), true);
    }

    private static int[] escapeData() {
        MandelbrotWorkload workload = workload("distance");
        int[] data = new int[WIDTH * HEIGHT];
        workload.paint(new TileGrid(WIDTH, HEIGHT, WIDTH).tile(0), data, 0, WIDTH, new EscapeCounts());
        return data;
    }

    /** The analytic estimate for c, in pixels: z and dz/dc iterated until |z| is far past the escape radius. */
    private static double analytic(double cx, double cy) {
        double zx = 0;
        double zy = 0;
        double dx = 0;
        double dy = 0;
        for (int n = 0; n < MAX_ITER && zx * zx + zy * zy < 1e20; n++) {
            double nextDx = 2 * (zx * dx - zy * dy) + 1;
            dy = 2 * (zx * dy + zy * dx);
            dx = nextDx;
            double nextZx = zx * zx - zy * zy + cx;
            zy = 2 * zx * zy + cy;
            zx = nextZx;
        }
        double modulus = Math.hypot(zx, zy);
        return modulus * Math.log(modulus) / Math.hypot(dx, dy) / (VIEW.ySpan / HEIGHT);
    }

    @Test
    void theEstimateFromNeighbouringCountsAgreesWithTheDerivative() {
        int[] data = escapeData();
        EscapeWindow window = new EscapeWindow().set(data, 0, 0, WIDTH, WIDTH, HEIGHT);
        int compared = 0;
        int close = 0;
        for (int py = 1; py < HEIGHT - 1; py++) {
            for (int px = 1; px < WIDTH - 1; px++) {
                double cx = ((double) px / WIDTH) * VIEW.xSpan + VIEW.xMin;
                double cy = ((double) py / HEIGHT) * VIEW.ySpan + VIEW.yMin;
                double expected = analytic(cx, cy);
                if (EscapeData.iterations(data[py * WIDTH + px]) == MAX_ITER || expected < 2 || expected > 20) {
                    continue;
                }
                compared++;
                double ratio = DistancePalette.distance(window, px, py, MAX_ITER) / expected;
                if (ratio > 0.9 && ratio < 1.1) {
                    close++;
                }
            }
        }
        assertTrue(compared > 2000, compared + " pixels 2 to 20 pixels from the set");
        assertTrue(close > 0.9 * compared, close + " of " + compared + " within 10 %");
    }

    @Test
    void theBoundaryIsDarkerThanTheSmoothGradientAndTheInsideIsBlack() throws InterruptedException {
        int[] data = escapeData();
        int[] frame = JvmRenderer.render(RenderPlan.of(workload("distance"), 32, 1), null).frame;
        int[] smooth = JvmRenderer.render(RenderPlan.of(workload("smooth"), 32, 1), null).frame;
        EscapeWindow window = new EscapeWindow().set(data, 0, 0, WIDTH, WIDTH, HEIGHT);
        int boundary = 0;
        int darker = 0;
        int far = 0;
        for (int py = 1; py < HEIGHT - 1; py++) {
            for (int px = 1; px < WIDTH - 1; px++) {
                int i = py * WIDTH + px;
                if (EscapeData.iterations(data[i]) == MAX_ITER) {
                    assertEquals(0xff000000, frame[i]);
                    continue;
                }
                double distance = DistancePalette.distance(window, px, py, MAX_ITER);
                if (EscapeData.iterations(data[i + 1]) == MAX_ITER) {
                    assertTrue(distance <= 1.0, "beside the inside, the boundary is within a pixel: " + distance);
                }
                if (distance < 0.5 && brightness(smooth[i]) > 30) {
                    boundary++;
                    darker += brightness(frame[i]) < brightness(smooth[i]) ? 1 : 0;
                } else if (distance > 5) {
                    far++;
                    assertEquals(smooth[i], frame[i], "far from the set, the gradient's own colour");
                }
            }
        }
        assertTrue(boundary > 500 && far > 500, boundary + " pixels within half a pixel of the set, " + far + " further than 5");
        assertEquals(boundary, darker);
    }

    private static int brightness(int pixel) {
        return (pixel & 0xff) + (pixel >> 8 & 0xff) + (pixel >> 16 & 0xff);
    }

    @Test
    void tilesMeetWithoutSeams() throws InterruptedException {
        assertArrayEquals(JvmRenderer.render(RenderPlan.of(workload("distance"), 7, 2), null).frame,
                JvmRenderer.render(RenderPlan.of(workload("distance"), 240, 1), null).frame);
    }
}
