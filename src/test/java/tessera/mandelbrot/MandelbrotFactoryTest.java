package tessera.mandelbrot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tessera.escapetime.ComplexView;
import tessera.escapetime.EscapeCounts;
import tessera.escapetime.Palette;
import tessera.escapetime.Palettes;
import tessera.escapetime.SeedPalette;
import tessera.render.InvalidRequestException;
import tessera.render.RenderRequest;
import tessera.render.Workload;

class MandelbrotFactoryTest {
    /** Escape counts the renderer would tally: these tests look at colours only. */
    private static final EscapeCounts NO_COUNTS = new EscapeCounts();

    private static Workload create(String params) {
        return create(1920, 1080, params);
    }

    private static Workload create(int width, int height, String params) {
        String json = "{\"workload\": \"mandelbrot\", \"width\": " + width + ", \"height\": " + height
                + ", \"params\": " + params + "}";
        return new MandelbrotFactory().create(RenderRequest.parse(json, List.of("mandelbrot"), 2), tessera.render.Preparation.none());
    }

    @Test
    void defaultsToTheSeedRequest() {
        Workload workload = create("{}");
        assertEquals(1920, workload.width());
        assertEquals(1080, workload.height());
        MandelbrotWorkload seed = new MandelbrotWorkload(1920, 1080, ComplexView.SEED, 1000, new SeedPalette(), true);
        assertEquals(seed.pixel(-0.7, 0.3, NO_COUNTS), ((MandelbrotWorkload) workload).pixel(-0.7, 0.3, NO_COUNTS));
        assertEquals(seed.pixel(-1.9, 0.01, NO_COUNTS), ((MandelbrotWorkload) workload).pixel(-1.9, 0.01, NO_COUNTS));
    }

    @Test
    void acceptsAViewOrACentreWithZoom() throws Exception {
        int[] view = assertDraws(new ComplexView(-2, 0.5, -1.25, 1.25), 1000, "seed",
                "{\"view\": {\"xMin\": -2, \"xMax\": 0.5, \"yMin\": -1.25, \"yMax\": 1.25}}");
        int[] centred = assertDraws(ComplexView.centered(-0.743643887, 0.131825904, 1e5, 64, 36), 5000, "smooth",
                "{\"center\": {\"x\": -0.743643887, \"y\": 0.131825904}, \"zoom\": 1e5, \"maxIter\": 5000, \"palette\": \"smooth\"}");
        int[] zoomed = assertDraws(ComplexView.centered(ComplexView.DEFAULT_CENTER_X, ComplexView.DEFAULT_CENTER_Y, 2, 64, 36), 1000, "seed",
                "{\"zoom\": 2}");
        assertTrue(!java.util.Arrays.equals(view, centred) && !java.util.Arrays.equals(view, zoomed), "three different pictures");
    }

    /** The 64 × 36 picture the request's params draw is that of the view, iterations and palette given; returns it. */
    private static int[] assertDraws(ComplexView expected, int maxIter, String palette, String params) throws Exception {
        Palette colours = "seed".equals(palette) ? new SeedPalette() : Palettes.named(palette);
        int[] wanted = tessera.jvm.JvmRenderer.render(tessera.render.RenderPlan.of(
                new MandelbrotWorkload(64, 36, expected, maxIter, colours, true), 16, 1), null).frame;
        int[] drawn = tessera.jvm.JvmRenderer.render(tessera.render.RenderPlan.of(create(64, 36, params), 16, 1), null).frame;
        org.junit.jupiter.api.Assertions.assertArrayEquals(wanted, drawn, params);
        assertTrue(java.util.Arrays.stream(drawn).distinct().count() > 8, "a picture with detail: " + params);
        return drawn;
    }

    @Test
    void widthAndHeightAreRequired() {
        String json = "{\"workload\": \"mandelbrot\", \"height\": 10}";
        InvalidRequestException e = assertThrows(InvalidRequestException.class,
                () -> new MandelbrotFactory().create(RenderRequest.parse(json, List.of("mandelbrot"), 2), tessera.render.Preparation.none()));
        assertEquals("width", e.field());
        assertTrue(e.getMessage().contains("missing; must be an integer from 1 to 16384"), e.getMessage());
    }

    @Test
    void pixelLimitIsCheckedBeforeAnythingIsAllocated() {
        InvalidRequestException e = assertThrows(InvalidRequestException.class, () -> create(16384, 16384, "{}"));
        assertTrue(e.getMessage().contains("more than the limit of 40000000 pixels"), e.getMessage());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "{\"maxIter\": 0}                      | params.maxIter      | must be an integer from 1 to 10000000, got 0",
        "{\"maxIter\": 10000001}               | params.maxIter      | got 10000001",
        "{\"maxIter\": 10.5}                   | params.maxIter      | got 10.5",
        "{\"maxIter\": \"many\"}               | params.maxIter      | got \"many\"",
        "{\"maxIter\": null}                   | params.maxIter      | got null",
        "{\"maxIterations\": 10}               | params.maxIterations | did you mean \"maxIter\"?",
        "{\"palette\": \"rainbow\"}            | params.palette      | must be one of \"seed\", \"smooth\", \"equalised\", \"distance\", \"fire\", \"ice\", \"grey\", \"iterations\", got \"rainbow\"",
        "{\"palette\": 1}                      | params.palette      | got 1",
        "{\"zoom\": 0}                         | params.zoom         | must be a number from",
        "{\"zoom\": -1}                        | params.zoom         | got -1",
        "{\"zoom\": 1e10001}                   | params.zoom         | must be from 0.001 to 1e10000, got 1e10001",
        "{\"zoom\": \"deep\"}                   | params.zoom         | must be a decimal number",
        "{\"center\": {\"x\": \"-0.7.5\", \"y\": 0}} | params.center.x     | must be a decimal number",
        "{\"zoom\": \"Infinity\"}              | params.zoom         | got \"Infinity\"",
        "{\"center\": {\"x\": 0}}              | params.center.y     | missing",
        "{\"center\": {\"x\": 0, \"y\": 0, \"z\": 0}} | params.center.z | unknown field",
        "{\"center\": {\"x\": \"0\", \"y\": \"0\", \"z\": 0}, \"zoom\": \"1e30\"} | params.center.z | unknown field",
        "{\"center\": {\"x\": \"4.000000000000000000001\", \"y\": \"0\"}, \"zoom\": \"1e30\"} | params.center.x | must be from -4 to 4 in a deep view",
        "{\"center\": {\"x\": \"0\", \"y\": \"-4.000000000000000000001\"}, \"zoom\": \"1e30\"} | params.center.y | must be from -4 to 4 in a deep view",
        "{\"zoom\": \"0.000999999999999999999\"}  | params.zoom         | must be from 0.001 to 1e10000",
        "{\"center\": [0, 0]}                  | params.center       | must be a JSON object",
        "{\"view\": {\"xMin\": 1, \"xMax\": 0, \"yMin\": 0, \"yMax\": 1}} | params.view.xMax | must be greater than xMin",
        "{\"view\": {\"xMin\": 0, \"xMax\": 1, \"yMin\": 0, \"yMax\": 0}} | params.view.yMax | must be greater than yMin",
        "{\"view\": {\"xMin\": 0, \"xMax\": 1, \"yMin\": 0}}              | params.view.yMax | missing",
        "{\"view\": {\"xMin\": 0, \"xMax\": 1, \"yMin\": 0, \"yMax\": 1}, \"zoom\": 2} | params.zoom | not both",
    })
    void refusesBadParametersNamingTheField(String params, String field, String problem) {
        InvalidRequestException e = assertThrows(InvalidRequestException.class, () -> create(params));
        assertEquals(field, e.field(), e.getMessage());
        assertTrue(e.getMessage().contains(problem), e.getMessage());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "{\"center\": {\"x\": \"4\", \"y\": \"-4\"}, \"zoom\": \"1e30\"}",
        "{\"zoom\": \"1e10000\"}",
        "{\"zoom\": \"0.001\"}",
    })
    void acceptsADeepViewAtTheEdgesOfItsRanges(String params) {
        assertTrue(create(64, 36, params) instanceof PerturbedMandelbrotWorkload, params);
    }

    @Test
    void aNumberZoomIsDeepOnlyPastTheLimitOfDoublesAndAStringOneAlways() {
        double limit = tessera.escapetime.ViewReader.PRECISION_LIMIT_ZOOM;
        assertTrue(create(64, 36, "{\"zoom\": " + limit + "}") instanceof MandelbrotWorkload);
        assertTrue(create(64, 36, "{\"zoom\": " + Math.nextUp(limit) + "}") instanceof PerturbedMandelbrotWorkload);
        assertTrue(create(64, 36, "{\"zoom\": \"2\"}") instanceof PerturbedMandelbrotWorkload);
    }
}
