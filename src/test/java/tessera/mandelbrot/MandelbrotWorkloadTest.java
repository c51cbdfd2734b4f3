package tessera.mandelbrot;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;
import tessera.escapetime.ComplexView;
import tessera.escapetime.EscapeCounts;
import tessera.escapetime.EscapeData;
import tessera.escapetime.Palettes;
import tessera.escapetime.SeedPalette;
import tessera.jvm.JvmRenderer;
import tessera.render.RenderPlan;
import tessera.render.Rgba;
import tessera.render.TileGrid;
import tessera.render.Workload;

class MandelbrotWorkloadTest {
    /** Escape counts the renderer would tally: these tests look at the pictures only. */
    private static final EscapeCounts NO_COUNTS = new EscapeCounts();

    /** The picture, both passes, on one thread. */
    private static int[] render(Workload workload, int tileSize) throws InterruptedException {
        return JvmRenderer.render(RenderPlan.of(workload, tileSize, 1), null).frame;
    }

    /** The escape data alone, tile by tile. */
    private static int[] escapeData(MandelbrotWorkload workload, int tileSize) {
        int[] frame = new int[workload.width() * workload.height()];
        TileGrid grid = new TileGrid(workload.width(), workload.height(), tileSize);
        for (int i = 0; i < grid.tileCount(); i++) {
            var tile = grid.tile(i);
            workload.paint(tile, frame, tile.y * workload.width() + tile.x, workload.width(), NO_COUNTS);
        }
        return frame;
    }

    private static MandelbrotWorkload seed(int width, int height, int maxIter) {
        return new MandelbrotWorkload(width, height, ComplexView.SEED, maxIter, new SeedPalette(), true);
    }

    /**
     * An 8×2 frame, worked by hand. Column px maps to c = px·0.4375 − 2.5, row 1 to imaginary part 0.
     * (0,0): c = −2.5 − i, |z₁|² = 7.25 → escapes after 1 iteration; (1,1): c = −2.0625, |z₁|² = 4.25 → 1;
     * (4,1): c = −0.75 and (6,1): c = 0.125 stay bounded → black; (7,1): c = 0.5625: z = 0.5625, 0.8789,
     * 1.3350, 2.3447 → escapes after 4 of 8 iterations, t = 0.5.
     */
    @Test
    void handWorkedPixels() throws InterruptedException {
        int[] frame = render(seed(8, 2, 4), 8);
        int quarter = Rgba.pack(26, 134, 228, 255);
        int black = Rgba.pack(0, 0, 0, 255);
        assertEquals(quarter, frame[0]);
        assertEquals(quarter, frame[8 + 1]);
        assertEquals(black, frame[8 + 4]);
        assertEquals(black, frame[8 + 6]);
        assertEquals(Rgba.pack(143, 239, 135, 255), render(seed(8, 2, 8), 8)[8 + 7]);
    }

    @Test
    void theSeedsBoundaryQuirkIsKept() {
        // c = −2 is in the set, but the seed's strict |z|² < 4 stops after one iteration: (1/7)·3.5 − 2.5 = −2.
        MandelbrotWorkload workload = seed(7, 2, 1000);
        assertEquals(1, EscapeData.iterations(workload.pixel(-2.0, 0.0, NO_COUNTS)));
        assertEquals(Rgba.pack(0, 0, 2, 255), new SeedPalette().color(workload.pixel(-2.0, 0.0, NO_COUNTS), 1000));
    }

    @Test
    void articleFrameMatchesALiteralTranscriptionOfTheSeedByteForByte() throws InterruptedException {
        int width = 1920;
        int height = 1080;
        int[] frame = render(seed(width, height, 1000), 64);
        int[] expected = new int[width * height];
        for (int i = 0; i < expected.length; i++) {
            expected[i] = SeedReference.pixel(i % width, i / width, width, height, 1000);
        }
        assertArrayEquals(expected, frame);
    }

    @Test
    void tileSizeDoesNotChangeThePicture() throws InterruptedException {
        MandelbrotWorkload workload = seed(200, 120, 300);
        assertArrayEquals(render(workload, 8), render(workload, 64));
        assertArrayEquals(render(workload, 8), render(workload, 1024));
    }

    /**
     * Neighbouring points are iterated in pairs; each must come out as if iterated alone, including
     * the final z that the continuous count comes from. Odd frame and tile widths leave single
     * points at row ends; the view straddles the set's edge, so partners escape at very different times.
     */
    @Test
    void pairedPointsIterateAsIfAlone() {
        int width = 101;
        int height = 37;
        ComplexView view = ComplexView.centered(-0.745, 0.11, 40.0, width, height);
        MandelbrotWorkload workload = new MandelbrotWorkload(width, height, view, 700, new SeedPalette(), true);
        int[] expected = new int[width * height];
        for (int i = 0; i < expected.length; i++) {
            double cx = ((double) (i % width) / (double) width) * view.xSpan + view.xMin;
            double cy = ((double) (i / width) / (double) height) * view.ySpan + view.yMin;
            expected[i] = workload.pixel(cx, cy, NO_COUNTS);
        }
        assertArrayEquals(expected, escapeData(workload, 7));
        assertArrayEquals(expected, escapeData(workload, 64));
    }

    @Test
    void centredViewHasSquarePixelsAroundItsCentre() {
        ComplexView view = ComplexView.centered(-0.5, 0.25, 4.0, 400, 200);
        assertEquals(-0.5 - 0.5, view.xMin, 1e-15);
        assertEquals(1.0, view.xSpan, 1e-15);
        assertEquals(0.25 - 0.25, view.yMin, 1e-15);
        assertEquals(0.5, view.ySpan, 1e-15);
        assertEquals(view.xSpan / 400, view.ySpan / 200, 1e-15);
    }

    @Test
    void smoothPaletteDiffersFromSeedButAgreesInside() throws InterruptedException {
        int[] seed = render(seed(64, 36, 200), 16);
        int[] smooth = render(new MandelbrotWorkload(64, 36, ComplexView.SEED, 200, Palettes.named("smooth"), true), 16);
        // Pixel (2, 4) is c = −2.39 − 0.78i, outside; pixel (50, 18) is c = 0.234, inside the main cardioid.
        assertNotEquals(seed[4 * 64 + 2], smooth[4 * 64 + 2]);
        assertEquals(seed[18 * 64 + 50], smooth[18 * 64 + 50]);
    }
}
