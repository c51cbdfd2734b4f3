package tessera.workloads;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tessera.escapetime.Palettes;
import tessera.json.JsonReader;
import tessera.json.JsonValue;
import tessera.render.InvalidRequestException;
import tessera.render.Picture;
import tessera.render.RenderLimits;
import tessera.render.RequestFiles;

/** describe() is what pages build their controls from: it must say exactly what the readers accept. */
class WorkloadsDescribeTest {
    private static final JsonValue DESCRIPTION = JsonReader.parse(Workloads.describe());
    private static final RequestFiles PICTURES = name -> new Picture(8, 8, new int[64]);

    private static Map<String, JsonValue> workload(String name) {
        return DESCRIPTION.members().get("workloads").members().get(name).members();
    }

    private static void accepted(String json) {
        assertDoesNotThrow(() -> Workloads.create(Workloads.parse(json, 2), tessera.render.Preparation.of(PICTURES)), json);
    }

    private static void refused(String json) {
        assertThrows(InvalidRequestException.class, () -> Workloads.create(Workloads.parse(json, 2), tessera.render.Preparation.of(PICTURES)), json);
    }

    @Test
    void describesEveryWorkloadOfTheCatalogue() {
        assertEquals(Workloads.names(), new ArrayList<>(DESCRIPTION.members().get("workloads").members().keySet()));
    }

    @Test
    void theLimitsAreTheOnesRequestsAreCheckedAgainst() {
        Map<String, JsonValue> limits = DESCRIPTION.members().get("limits").members();
        assertEquals(RenderLimits.MAX_PIXELS, limits.get("maxPixels").asDouble());
        int maxSide = (int) limits.get("maxSide").asDouble();
        accepted("{\"workload\":\"mandelbrot\",\"width\":" + maxSide + ",\"height\":1}");
        refused("{\"workload\":\"mandelbrot\",\"width\":" + (maxSide + 1) + ",\"height\":1}");
        Map<String, JsonValue> tileSize = limits.get("tileSize").members();
        accepted("{\"workload\":\"mandelbrot\",\"width\":8,\"height\":8,\"tileSize\":" + (int) tileSize.get("min").asDouble() + "}");
        refused("{\"workload\":\"mandelbrot\",\"width\":8,\"height\":8,\"tileSize\":" + ((int) tileSize.get("min").asDouble() - 1) + "}");
        refused("{\"workload\":\"mandelbrot\",\"width\":8,\"height\":8,\"tileSize\":" + ((int) tileSize.get("max").asDouble() + 1) + "}");
    }

    @Test
    void palettesAndIterationsAreTheMandelbrotReaders() {
        Map<String, JsonValue> mandelbrot = workload("mandelbrot");
        List<String> palettes = new ArrayList<>();
        mandelbrot.get("palettes").elements().forEach(p -> palettes.add(p.asString()));
        assertEquals(Palettes.names(), palettes);
        for (String palette : palettes) {
            accepted("{\"workload\":\"mandelbrot\",\"width\":8,\"height\":8,\"params\":{\"palette\":\"" + palette + "\"}}");
        }
        int max = (int) mandelbrot.get("maxIter").members().get("max").asDouble();
        accepted("{\"workload\":\"mandelbrot\",\"width\":8,\"height\":8,\"params\":{\"maxIter\":" + max + "}}");
        refused("{\"workload\":\"mandelbrot\",\"width\":8,\"height\":8,\"params\":{\"maxIter\":" + (max + 1) + "}}");
        Map<String, JsonValue> zoom = mandelbrot.get("zoom").members();
        for (String bound : List.of("min", "max")) {
            accepted("{\"workload\":\"mandelbrot\",\"width\":8,\"height\":8,\"params\":{\"center\":{\"x\":0,\"y\":0},\"zoom\":"
                    + zoom.get(bound).asDouble() + "}}");
        }
        // Past max the view is a deep one, up to deepMax; past that it is refused.
        String deepMax = zoom.get("deepMax").asString();
        accepted("{\"workload\":\"mandelbrot\",\"width\":8,\"height\":8,\"params\":{\"maxIter\":50,\"zoom\":\"" + deepMax + "\"}}");
        refused("{\"workload\":\"mandelbrot\",\"width\":8,\"height\":8,\"params\":{\"zoom\":\"" + deepMax + "0\"}}");
    }

    @Test
    void everyFilterParameterIsAcceptedAtItsBoundsAndDefaultAndRefusedBeyond() {
        for (JsonValue op : workload("pipeline").get("ops").elements()) {
            String name = op.members().get("op").asString();
            Map<String, JsonValue> params = op.members().get("params").members();
            for (String which : List.of("min", "max", "default")) {
                accepted(pipeline(name, params, which, 0));
            }
            for (Map.Entry<String, JsonValue> param : params.entrySet()) {
                double step = param.getValue().members().get("integer").asBoolean() ? 1 : 0.01;
                refused(pipeline(name, Map.of(param.getKey(), param.getValue()), "max", step));
                refused(pipeline(name, Map.of(param.getKey(), param.getValue()), "min", -step));
            }
        }
    }

    /** A pipeline request of the one op with each parameter at {@code which} (min, max, default), plus {@code beyond}. */
    private static String pipeline(String op, Map<String, JsonValue> params, String which, double beyond) {
        StringBuilder json = new StringBuilder("{\"workload\":\"pipeline\",\"params\":{\"image\":\"a.png\",\"ops\":[{\"op\":\"" + op + "\"");
        params.forEach((name, spec) -> json.append(",\"").append(name).append("\":")
                .append(spec.members().get(which).asDouble() + beyond));
        return json.append("}]}}").toString();
    }
}
