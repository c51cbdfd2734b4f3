package tessera.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RenderRequestTest {
    private static final List<String> WORKLOADS = List.of("mandelbrot");

    private static RenderRequest parse(String json) {
        return RenderRequest.parse(json, WORKLOADS, 4);
    }

    @Test
    void readsTheDocumentedShape() {
        RenderRequest r = parse("{\"workload\": \"mandelbrot\", \"width\": 1920, \"height\": 1080, \"workers\": 2,"
                + " \"tileSize\": 32, \"params\": {\"maxIter\": 10}}");
        assertEquals("mandelbrot", r.workload());
        assertEquals(1920, r.width(0));
        assertEquals(1080, r.height(0));
        assertEquals(2, r.workers(9));
        assertEquals(32, r.tileSize());
        assertEquals(10, r.params().optionalInt("maxIter", 1, 100, 1));
    }

    @Test
    void fillsInDefaults() {
        RenderRequest r = parse("{\"workload\": \"mandelbrot\"}");
        assertEquals(RenderLimits.DEFAULT_TILE_SIZE, r.tileSize());
        assertEquals(3, r.workers(3));
        assertEquals(640, r.width(640));
        assertEquals(-1, r.params().optionalInt("anything", -5, 5, -1));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "{\"workload\": \"julia\"}                           | workload  | must be one of \"mandelbrot\", got \"julia\"",
        "{\"width\": 10}                                     | workload  | missing",
        "{\"workload\": 3}                                   | workload  | got 3",
        "{\"workload\": \"mandelbrot\", \"width\": \"wide\"} | width     | must be an integer from 1 to 16384, got \"wide\"",
        "{\"workload\": \"mandelbrot\", \"width\": 2.5}      | width     | got 2.5",
        "{\"workload\": \"mandelbrot\", \"width\": \"NaN\"}  | width     | got \"NaN\"",
        "{\"workload\": \"mandelbrot\", \"width\": 0}        | width     | got 0",
        "{\"workload\": \"mandelbrot\", \"height\": -3}      | height    | got -3",
        "{\"workload\": \"mandelbrot\", \"height\": 16385}   | height    | got 16385",
        "{\"workload\": \"mandelbrot\", \"width\": 1e300}    | width     | got 1e300",
        "{\"workload\": \"mandelbrot\", \"workers\": 0}      | workers   | must be an integer from 1 to 4, got 0",
        "{\"workload\": \"mandelbrot\", \"workers\": 5}      | workers   | from 1 to 4, got 5",
        "{\"workload\": \"mandelbrot\", \"tileSize\": 0}     | tileSize  | must be an integer from 8 to 1024, got 0",
        "{\"workload\": \"mandelbrot\", \"tileSize\": -64}   | tileSize  | got -64",
        "{\"workload\": \"mandelbrot\", \"params\": 7}       | params    | must be a JSON object, got 7",
        "{\"workload\": \"mandelbrot\", \"widht\": 10}       | widht     | did you mean \"width\"?",
        "[1, 2]                                              | request   | must be a JSON object, got an array",
        "{\"workload\": \"mandelbrot\",                      | request   | invalid JSON at line 1",
    })
    void refusesBadRequestsNamingTheField(String json, String field, String problem) {
        InvalidRequestException e = assertThrows(InvalidRequestException.class, () -> parse(json));
        assertEquals(field, e.field(), e.getMessage());
        assertTrue(e.getMessage().startsWith(field + ": "), e.getMessage());
        assertTrue(e.getMessage().contains(problem), e.getMessage());
    }

    @Test
    void pointsAtTheOffendingValue() {
        InvalidRequestException e = assertThrows(InvalidRequestException.class,
                () -> parse("{\n  \"workload\": \"mandelbrot\",\n  \"width\": \"wide\"\n}"));
        assertEquals(3, e.line());
        assertEquals(12, e.column());
    }

    @Test
    void requireSizeNamesTheMissingSide() {
        RenderRequest r = parse("{\"workload\": \"mandelbrot\", \"width\": 10}");
        InvalidRequestException e = assertThrows(InvalidRequestException.class, r::requireSize);
        assertEquals("height", e.field());
    }

    @Test
    void frameLimitCountsPixelsNotSides() {
        RenderLimits.checkFrame(7680, 4320);
        InvalidRequestException e = assertThrows(InvalidRequestException.class, () -> RenderLimits.checkFrame(16384, 16384));
        assertTrue(e.getMessage().contains("268435456 pixels"), e.getMessage());
        assertTrue(e.getMessage().contains(String.valueOf(RenderLimits.MAX_PIXELS)), e.getMessage());
    }
}
