package tessera.escapetime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The distance palette's estimate on seeded random escape data, edges and insides included, against
 * its rule written out again: ν's change per pixel across the two neighbours that escaped, or
 * towards the one that did, at the frame's edge one-sided; 1 / (ln 2 · |∇ν|); at most one pixel
 * beside the inside. (Against the derivative of the real potential, see DistancePaletteTest.)
 */
class DistanceRuleTest {
    private static final int MAX_ITER = 100;

    @Test
    void theEstimateFollowsItsRuleEverywhereInRandomFrames() {
        SplittableRandom draws = new SplittableRandom(37);
        for (int trial = 0; trial < 400; trial++) {
            int width = 1 + draws.nextInt(6);
            int height = 1 + draws.nextInt(6);
            int[] data = new int[width * height];
            double insideShare = draws.nextDouble(0, 0.5);
            for (int i = 0; i < data.length; i++) {
                double nu = draws.nextDouble(1, MAX_ITER - 1);
                data[i] = draws.nextDouble() < insideShare ? EscapeData.inside(MAX_ITER) : EscapeData.of((int) nu, nu);
            }
            EscapeWindow window = new EscapeWindow().set(data, 0, 0, width, width, height);
            for (int y = 0; y < height; y++) {
                for (int x = 0; x < width; x++) {
                    assertEquals(expected(data, width, height, x, y), DistancePalette.distance(window, x, y, MAX_ITER), 1e-9,
                            "trial " + trial + " at " + x + ", " + y + " of " + width + " × " + height);
                }
            }
        }
    }

    @Test
    void aWindowOfATileReadsTheSameAsTheWholeFrame() {
        SplittableRandom draws = new SplittableRandom(38);
        int width = 9;
        int height = 7;
        int[] frame = new int[width * height];
        for (int i = 0; i < frame.length; i++) {
            double nu = draws.nextDouble(1, 90);
            frame[i] = i % 5 == 0 ? EscapeData.inside(MAX_ITER) : EscapeData.of((int) nu, nu);
        }
        EscapeWindow whole = new EscapeWindow().set(frame, 0, 0, width, width, height);
        // The tile from (3, 2) to (6, 5), with its halo of one pixel: (2, 1) to (7, 6).
        int left = 2;
        int top = 1;
        int stride = 6;
        int[] tile = new int[stride * 6];
        for (int y = 0; y < 6; y++) {
            System.arraycopy(frame, (top + y) * width + left, tile, y * stride, stride);
        }
        EscapeWindow window = new EscapeWindow().set(tile, left, top, stride, width, height);
        for (int y = 2; y <= 5; y++) {
            for (int x = 3; x <= 6; x++) {
                assertEquals(DistancePalette.distance(whole, x, y, MAX_ITER), DistancePalette.distance(window, x, y, MAX_ITER));
                assertEquals(Palettes.named("distance").color(whole, x, y, MAX_ITER), Palettes.named("distance").color(window, x, y, MAX_ITER));
            }
        }
    }

    @Test
    void theShadeDarkensTheGradientTowardsTheBoundaryAndTheInsideIsBlack() {
        Palette palette = Palettes.named("distance");
        Palette smooth = Palettes.named("smooth");
        int far = EscapeData.of(10, 10.25);
        // A flat row: no slope, infinitely far, the smooth colour itself.
        int[] flat = {far, far, far};
        EscapeWindow window = new EscapeWindow().set(flat, 0, 0, 3, 3, 1);
        assertEquals(smooth.color(window, 1, 0, MAX_ITER), palette.color(window, 1, 0, MAX_ITER));
        // ν rising by 2.5 a pixel: 1 / (2.5 ln 2) ≈ 0.577 pixels, each channel times its square root.
        int[] steep = {EscapeData.of(5, 5.5), EscapeData.of(8, 8.0), EscapeData.of(10, 10.5)};
        window.set(steep, 0, 0, 3, 3, 1);
        double shade = Math.sqrt(1 / (2.5 * Math.log(2)));
        int full = smooth.color(window, 1, 0, MAX_ITER);
        int shaded = palette.color(window, 1, 0, MAX_ITER);
        for (int shift = 0; shift <= 16; shift += 8) {
            assertEquals(Math.round((full >>> shift & 0xff) * shade), shaded >>> shift & 0xff, 1, "channel at " + shift);
        }
        int[] inside = {far, EscapeData.inside(MAX_ITER), far};
        window.set(inside, 0, 0, 3, 3, 1);
        assertEquals(0xff000000, palette.color(window, 1, 0, MAX_ITER));
        assertTrue(palette.halo() >= 1, "it reads its neighbours");
    }

    private static double expected(int[] data, int width, int height, int x, int y) {
        double here = EscapeData.nu(data[y * width + x]);
        double gx = slope(data, width, x - 1, y, x + 1, y, x > 0, x < width - 1, here);
        double gy = slope(data, width, x, y - 1, x, y + 1, y > 0, y < height - 1, here);
        double gradient = Math.hypot(gx, gy);
        double distance = gradient > 0 ? 1 / (Math.log(2) * gradient) : Double.POSITIVE_INFINITY;
        boolean besideInside = false;
        int[][] neighbours = {{Math.max(0, x - 1), y}, {Math.min(width - 1, x + 1), y}, {x, Math.max(0, y - 1)}, {x, Math.min(height - 1, y + 1)}};
        for (int[] n : neighbours) {
            besideInside |= EscapeData.iterations(data[n[1] * width + n[0]]) == MAX_ITER;
        }
        return besideInside ? Math.min(1, distance) : distance;
    }

    private static double slope(int[] data, int width, int bx, int by, int ax, int ay, boolean hasBefore, boolean hasAfter, double here) {
        boolean before = hasBefore && EscapeData.iterations(data[by * width + bx]) != MAX_ITER;
        boolean after = hasAfter && EscapeData.iterations(data[ay * width + ax]) != MAX_ITER;
        if (before && after) {
            return (EscapeData.nu(data[ay * width + ax]) - EscapeData.nu(data[by * width + bx])) / 2;
        }
        if (after) {
            return EscapeData.nu(data[ay * width + ax]) - here;
        }
        if (before) {
            return here - EscapeData.nu(data[by * width + bx]);
        }
        return 0;
    }
}
