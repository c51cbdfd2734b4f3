package tessera.workloads;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tessera.escapetime.Formula;
import tessera.escapetime.FormulaEdge;
import tessera.json.JsonReader;
import tessera.json.JsonValue;
import tessera.jvm.FrameHash;
import tessera.jvm.JvmRenderer;
import tessera.render.InvalidRequestException;
import tessera.render.Preparation;
import tessera.render.RenderPlan;

/** The formula of an escape-time request: what describe() says of it is what the readers accept and render. */
class FormulaRequestTest {
    private static int[] render(String json) throws InterruptedException {
        return JvmRenderer.render(RenderPlan.of(Workloads.create(Workloads.parse(json, 2), Preparation.none()), 16, 2), null).frame;
    }

    private static String mandelbrot(String params) {
        return "{\"workload\":\"mandelbrot\",\"width\":24,\"height\":16,\"params\":{" + params + "}}";
    }

    private static InvalidRequestException refusal(String json) {
        return assertThrows(InvalidRequestException.class, () -> Workloads.create(Workloads.parse(json, 2), Preparation.none()), json);
    }

    @Test
    void describeListsEveryFormulaWithItsPowersAndDepth() {
        JsonValue description = JsonReader.parse(Workloads.describe()).members().get("workloads");
        for (String workload : List.of("mandelbrot", "julia")) {
            Map<String, JsonValue> facts = description.members().get(workload).members();
            assertEquals(Formula.DEFAULT, facts.get("formula").asString());
            List<String> ids = new ArrayList<>();
            facts.get("formulas").elements().forEach(f -> ids.add(f.members().get("id").asString()));
            assertEquals(Formula.ids(), ids);
        }
        for (JsonValue formula : description.members().get("mandelbrot").members().get("formulas").elements()) {
            String id = formula.members().get("id").asString();
            String maxZoom = formula.members().get("maxZoom").asString();
            // the deepest zoom described renders (as far as reading it goes); ten times deeper is refused, naming the zoom
            Workloads.check(Workloads.parse(mandelbrot("\"formula\":\"" + id + "\",\"center\":{\"x\":\"-1.7\",\"y\":\"0.01\"},\"zoom\":\""
                    + maxZoom + "\""), 2), Preparation.none());
            String deeper = new java.math.BigDecimal(maxZoom).scaleByPowerOfTen(1).toString();
            assertEquals("params.zoom", refusal(mandelbrot("\"formula\":\"" + id + "\",\"center\":{\"x\":\"-1.7\",\"y\":\"0.01\"},\"zoom\":\""
                    + deeper + "\"")).field());
            assertEquals(id.equals(Formula.DEFAULT), formula.members().containsKey("power"), id);
        }
    }

    @Test
    void eachFormulaDrawsItsOwnPictureShallowAndDeep() throws Exception {
        List<String> hashes = new ArrayList<>();
        for (String id : Formula.ids()) {
            String edge = "\"center\":{\"x\":\"-0.3\",\"y\":\"" + new java.math.BigDecimal(FormulaEdge.above(Formula.named(id, 2))) + "\"},\"zoom\":\"1e14\"";
            for (String place : List.of("\"center\":{\"x\":-0.5,\"y\":-0.4},\"zoom\":0.8", edge)) {
                String request = mandelbrot("\"formula\":\"" + id + "\",\"maxIter\":300,\"palette\":\"smooth\"," + place);
                int[] pixels = render(request);
                assertTrue(java.util.Arrays.stream(pixels).distinct().count() > 1, request + " is not one colour");
                if (place != edge) {
                    hashes.add(FrameHash.sha256(pixels));
                }
            }
        }
        // (Deep at their edges on x = −0.3 the Burning Ship, the Tricorn and the Perpendicular Burning Ship agree:
        // where x < 0 < y, (|x| + i|y|)², (x − iy)² and (x − i|y|)² are one number.)
        assertEquals(hashes.size(), hashes.stream().distinct().count(), "no two formulas draw the same whole set");
    }

    @Test
    void theClassicFormulaNamedIsTheDefaultByteForByte() throws Exception {
        assertEquals(FrameHash.sha256(render(mandelbrot("\"maxIter\":200"))),
                FrameHash.sha256(render(mandelbrot("\"maxIter\":200,\"formula\":\"multibrot\",\"power\":2"))));
        String julia = "{\"workload\":\"julia\",\"width\":24,\"height\":16,\"params\":{\"maxIter\":200}}";
        assertEquals(FrameHash.sha256(render(julia)), FrameHash.sha256(render(julia.replace("200", "200,\"formula\":\"multibrot\""))));
        assertNotEquals(FrameHash.sha256(render(julia)), FrameHash.sha256(render(julia.replace("200", "200,\"formula\":\"celtic\""))));
    }

    @Test
    void badFormulasAreRefusedNamingTheField() {
        InvalidRequestException unknown = refusal(mandelbrot("\"formula\":\"spider\""));
        assertEquals("params.formula", unknown.field());
        assertTrue(unknown.getMessage().contains("burning-ship"), unknown.getMessage());
        InvalidRequestException power = refusal(mandelbrot("\"formula\":\"burning-ship\",\"power\":3"));
        assertEquals("params.power", power.field());
        assertTrue(power.getMessage().contains("only the multibrot formula"), power.getMessage());
        assertEquals("params.power", refusal(mandelbrot("\"power\":9")).field());
        assertTrue(Workloads.find(Workloads.parse(mandelbrot("\"formula\":\"tricorn\",\"center\":{\"x\":-0.1,\"y\":0.8},\"zoom\":100"), 2))
                .contains("\"field\":\"params.formula\""));
    }
}
