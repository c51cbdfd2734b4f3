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
}
