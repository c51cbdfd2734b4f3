package tessera.julia;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tessera.escapetime.ComplexView;
import tessera.escapetime.EscapeCounts;
import tessera.escapetime.EscapeData;
import tessera.escapetime.Palette;
import tessera.escapetime.Palettes;
import tessera.render.InvalidRequestException;
import tessera.render.RenderRequest;
import tessera.render.Preparation;
import tessera.render.RequestFiles;
import tessera.render.TileGrid;
import tessera.render.Workload;

class JuliaWorkloadTest {
    /** Escape counts the renderer would tally: these tests look at colours only. */
    private static final EscapeCounts NO_COUNTS = new EscapeCounts();

    private static final Palette COUNT = Palettes.named("iterations");

    private static Workload create(String params) {
        String json = "{\"workload\":\"julia\",\"width\":64,\"height\":48,\"params\":" + params + "}";
        return new JuliaFactory().create(RenderRequest.parse(json, List.of("julia"), 2), Preparation.none());
    }

    private static int[] render(Workload workload, int tileSize) {
        int[] frame = new int[workload.width() * workload.height()];
        TileGrid grid = new TileGrid(workload.width(), workload.height(), tileSize);
        var job = new tessera.render.TileJob();
        job.side.none();
        for (int i = 0; i < grid.tileCount(); i++) {
            var tile = grid.tile(i);
            job.at(0, tile, null).output.set(frame, tile.y * workload.width() + tile.x, workload.width());
            workload.newTileRenderer().render(job);
        }
        return frame;
    }

    @Test
    void forCZeroTheFilledJuliaSetIsTheUnitDisc() {
        JuliaWorkload disc = new JuliaWorkload(8, 8, ComplexView.SEED, 0, 0, 200, COUNT);
        Random random = new Random(7);
        for (int i = 0; i < 2000; i++) {
            double angle = random.nextDouble() * 2 * Math.PI;
            double inside = random.nextDouble() * 0.99;
            double outside = 1.01 + random.nextDouble() * 3;
            assertEquals(200, EscapeData.iterations(disc.pixel(inside * Math.cos(angle), inside * Math.sin(angle), NO_COUNTS)), "|z| = " + inside);
            assertTrue(EscapeData.iterations(disc.pixel(outside * Math.cos(angle), outside * Math.sin(angle), NO_COUNTS)) < 200, "|z| = " + outside);
        }
    }

    @Test
    void eachPixelIsZSquaredPlusCIteratedFromItsPointAsWrittenOut() {
        double cx = -0.8;
        double cy = 0.156;
        JuliaWorkload julia = new JuliaWorkload(8, 8, ComplexView.SEED, cx, cy, 500, COUNT);
        Random random = new Random(11);
        for (int i = 0; i < 2000; i++) {
            double x = random.nextDouble() * 3.2 - 1.6;
            double y = random.nextDouble() * 2 - 1;
            // The textbook loop: z ← z² + c while |z|² < 4.
            double zx = x;
            double zy = y;
            int n = 0;
            while (n < 500 && zx * zx + zy * zy < 4) {
                double t = zx * zx - zy * zy + cx;
                zy = 2 * zx * zy + cy;
                zx = t;
                n++;
            }
            assertEquals(n, EscapeData.iterations(julia.pixel(x, y, NO_COUNTS)), x + " + " + y + "i");
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {8, 13, 64})
    void theTileSizeDoesNotChangeThePicture(int tileSize) {
        Workload julia = create("{\"c\":{\"x\":-0.4,\"y\":0.6},\"palette\":\"smooth\",\"maxIter\":300}");
        assertEquals(java.util.Arrays.toString(render(julia, 64)), java.util.Arrays.toString(render(julia, tileSize)));
    }

    @Test
    void defaultsShowTheWholeSetOfTheDefaultConstantCentredOnZero() {
        int[] defaults = render(create("{}"), 16);
        int[] spelledOut = render(create("{\"c\":{\"x\":" + JuliaFactory.DEFAULT_C_X + ",\"y\":" + JuliaFactory.DEFAULT_C_Y
                + "},\"center\":{\"x\":0,\"y\":0},\"zoom\":" + JuliaFactory.DEFAULT_ZOOM + "}"), 16);
        assertEquals(java.util.Arrays.toString(spelledOut), java.util.Arrays.toString(defaults));
        assertTrue(defaults[0] != defaults[24 * 64 + 32], "the set sits in the middle of the default view");
    }

    @Test
    void refusesWhatItCannotRender() {
        assertThrows(InvalidRequestException.class, () -> create("{\"c\":{\"x\":11,\"y\":0}}"));
        assertThrows(InvalidRequestException.class, () -> create("{\"c\":{\"x\":0}}"));
        assertThrows(InvalidRequestException.class, () -> create("{\"c\":{\"x\":0,\"y\":0,\"z\":1}}"));
        assertThrows(InvalidRequestException.class, () -> create("{\"palette\":\"neon\"}"));
        assertThrows(InvalidRequestException.class, () -> create("{\"view\":{\"xMin\":0,\"xMax\":1,\"yMin\":0,\"yMax\":1},\"zoom\":2}"));
        InvalidRequestException e = assertThrows(InvalidRequestException.class, () -> create("{\"constant\":{}}"));
        assertEquals("params.constant", e.field());
    }

    /**
     * Past a double's precision a Julia view is deep: rendered by perturbation, it gives the
     * oracle's picture (every pixel's own orbit in full precision, {@code exact: true}). Views
     * centred on the edge of the default set, found by bisection from random starting points.
     */
    @Test
    void aDeepViewIsTheOraclesPicture() {
        Random random = new Random(26);
        int views = 0;
        while (views < 2) {
            double[] in = {-1.5 + 3 * random.nextDouble(), -1.5 + 3 * random.nextDouble()};
            if (iterations(in, 400) < 400) {
                continue;
            }
            double angle = 2 * Math.PI * random.nextDouble();
            double[] out = {in[0] + 3 * Math.cos(angle), in[1] + 3 * Math.sin(angle)};
            for (int i = 0; i < 80; i++) {
                double[] middle = {(in[0] + out[0]) / 2, (in[1] + out[1]) / 2};
                if (iterations(middle, 400) == 400) {
                    in = middle;
                } else {
                    out = middle;
                }
            }
            String zoom = views % 2 == 0 ? "1e14" : "4e14";
            String view = "\"center\":{\"x\":\"" + new java.math.BigDecimal(in[0]) + "\",\"y\":\"" + new java.math.BigDecimal(in[1])
                    + "\"},\"zoom\":\"" + zoom + "\",\"maxIter\":600,\"palette\":\"iterations\"";
            int[] deep = render(create("{" + view + "}"), 16);
            int[] exact = render(create("{" + view + ",\"exact\":true}"), 16);
            assertEquals(java.util.Arrays.toString(exact), java.util.Arrays.toString(deep), view);
            assertTrue(java.util.Arrays.stream(deep).distinct().count() > 1, "the edge is in view: " + view);
            views++;
        }
    }

    @Test
    void aDeepViewTakesItsConstantWithEveryDigitAndRefusesWhatItCannotRender() {
        String view = "\"center\":{\"x\":\"0.1\",\"y\":\"0.2\"},\"zoom\":\"1e40\",\"maxIter\":50,\"palette\":\"iterations\"";
        Workload a = create("{" + view + ",\"c\":{\"x\":\"-0.8\",\"y\":\"0.156\"}}");
        Workload b = create("{" + view + ",\"c\":{\"x\":\"-0.8000000000000000000000000000001\",\"y\":\"0.156\"}}");
        assertTrue(a.width() == 64 && b.width() == 64);
        InvalidRequestException far = assertThrows(InvalidRequestException.class,
                () -> create("{" + view + ",\"c\":{\"x\":\"-11\",\"y\":\"0\"}}"));
        assertEquals("params.c.x", far.field());
        InvalidRequestException deeper = assertThrows(InvalidRequestException.class,
                () -> create("{\"center\":{\"x\":\"0\",\"y\":\"0\"},\"zoom\":\"1e10001\"}"));
        assertEquals("params.zoom", deeper.field());
    }

    /** The default set's escape count from z in doubles. */
    private static int iterations(double[] z, int maxIter) {
        double x = z[0];
        double y = z[1];
        int n = 0;
        while (n < maxIter && x * x + y * y < 4) {
            double next = x * x - y * y + JuliaFactory.DEFAULT_C_X;
            y = 2 * x * y + JuliaFactory.DEFAULT_C_Y;
            x = next;
            n++;
        }
        return n;
    }
}
