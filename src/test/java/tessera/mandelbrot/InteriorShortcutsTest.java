package tessera.mandelbrot;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tessera.escapetime.ComplexView;
import tessera.escapetime.Palettes;
import tessera.escapetime.SeedPalette;
import tessera.render.TileGrid;

/**
 * The interior shortcuts (cardioid and bulb, exact cycles) change nothing but the time: every view
 * renders to the same pixels with them as with the seed's loop run to the end.
 */
class InteriorShortcutsTest {
    private static int[] render(MandelbrotWorkload workload) {
        int[] frame = new int[workload.width() * workload.height()];
        TileGrid grid = new TileGrid(workload.width(), workload.height(), 64);
        var renderer = workload.newTileRenderer();
        var job = new tessera.render.TileJob();
        job.side.none();
        for (int i = 0; i < grid.tileCount(); i++) {
            var tile = grid.tile(i);
            job.at(0, tile, null).output.set(frame, tile.y * workload.width() + tile.x, workload.width());
            renderer.render(job);
        }
        return frame;
    }

    @ParameterizedTest(name = "{0}, {1}, zoom {2}, {3} iterations, {4}")
    @CsvSource({
        "-0.75,   0.0,    1,      1000,  seed",
        "-0.75,   0.0,    1,      20000, smooth",
        "-0.75,   0.0,    10000,  5000,  seed",
        "0.25,    0.0,    100000, 20000, smooth",
        "-0.122,  0.745,  20,     20000, fire",
        "-1.3107, 0.0,    500,    20000, seed",
        "-0.1011, 0.9563, 2000,   30000, smooth",
    })
    void everyViewIsTheSameWithAndWithoutShortcuts(double x, double y, double zoom, int maxIter, String palette) {
        ComplexView view = ComplexView.centered(x, y, zoom, 160, 90);
        int[] quick = render(new MandelbrotWorkload(160, 90, view, maxIter, Palettes.named(palette), true));
        int[] naive = render(new MandelbrotWorkload(160, 90, view, maxIter, Palettes.named(palette), false));
        assertArrayEquals(naive, quick);
    }

    @Test
    void theSeedFrameIsTheSame() {
        int[] quick = render(new MandelbrotWorkload(480, 270, ComplexView.SEED, 1000, new SeedPalette(), true));
        int[] naive = render(new MandelbrotWorkload(480, 270, ComplexView.SEED, 1000, new SeedPalette(), false));
        assertArrayEquals(naive, quick);
    }

    /** Points just inside the cardioid's and the bulb's boundaries, where the test is tightest, never escape. */
    @Test
    void whatTheTestCallsInsideNeverEscapes() {
        int claimed = 0;
        for (double shrink : new double[] {1e-4, 1e-6, 1e-8}) {
            for (int i = 0; i < 400; i++) {
                double t = 2 * Math.PI * i / 400;
                // The cardioid's boundary e^{it}/2 − e^{2it}/4, drawn towards its centre 0; the bulb's, −1 + e^{it}/4.
                double[][] points = {
                    {(Math.cos(t) / 2 - Math.cos(2 * t) / 4) * (1 - shrink), (Math.sin(t) / 2 - Math.sin(2 * t) / 4) * (1 - shrink)},
                    {-1 + Math.cos(t) / 4 * (1 - shrink), Math.sin(t) / 4 * (1 - shrink)},
                };
                for (double[] c : points) {
                    if (MandelbrotWorkload.knownInside(c[0], c[1])) {
                        claimed++;
                        assertTrue(staysBounded(c[0], c[1], 20000), Arrays.toString(c));
                    }
                }
            }
        }
        assertTrue(claimed > 1500, "the test claims most of these points: " + claimed);
        assertTrue(!MandelbrotWorkload.knownInside(0.26, 0.0) && !MandelbrotWorkload.knownInside(-0.7, 0.3)
                && !MandelbrotWorkload.knownInside(-1.26, 0.0), "points outside are not claimed");
    }

    private static boolean staysBounded(double cx, double cy, int maxIter) {
        double x = 0;
        double y = 0;
        for (int i = 0; i < maxIter; i++) {
            double next = x * x - y * y + cx;
            y = 2 * x * y + cy;
            x = next;
            if (x * x + y * y >= 4) {
                return false;
            }
        }
        return true;
    }
}
