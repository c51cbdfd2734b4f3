package tessera.mandelbrot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import tessera.json.JsonReader;
import tessera.json.JsonValue;
import tessera.workloads.Workloads;

/** "Find minibrot": the nucleus of lowest period in a view, or a message saying why there is none. */
class MinibrotSearchTest {
    /** The nucleus of the period-3 minibrot on the real axis, to 40 digits. */
    private static final BigDecimal PERIOD_THREE = new BigDecimal("-1.754877666246692760049508896358528691894");

    private static JsonValue find(String params) {
        String request = "{\"workload\":\"mandelbrot\",\"width\":320,\"height\":180,\"params\":" + params + "}";
        return JsonReader.parse(Workloads.find(Workloads.parse(request, 1)));
    }

    @Test
    void findsThePeriodThreeMinibrotToItsLastDigit() {
        JsonValue found = find("{\"center\":{\"x\":-1.76,\"y\":0.001},\"zoom\":30,\"maxIter\":1000}");
        assertEquals(3, found.members().get("period").asDouble());
        BigDecimal x = new BigDecimal(found.members().get("x").asString());
        // As many digits as a view showing it whole needs, and some: 30 more than its size's.
        assertTrue(x.subtract(PERIOD_THREE).abs().compareTo(new BigDecimal("1e-30")) < 0, x.toString());
        assertTrue(new BigDecimal(found.members().get("y").asString()).abs().compareTo(new BigDecimal("1e-30")) < 0);
        // The zoom shows it whole: its size is about 0.019 of the main cardioid's.
        double zoom = Double.parseDouble(found.members().get("zoom").asString());
        assertTrue(zoom > 10 && zoom < 200, "zoom " + zoom);
    }

    @Test
    void findsADeepOneInADeepView() {
        String y = "1." + "0".repeat(80) + "2257";
        JsonValue found = find("{\"center\":{\"x\":\"3.7e-81\",\"y\":\"" + y + "\"},\"zoom\":\"1e80\",\"maxIter\":1000}");
        // Near the Misiurewicz point i, the lowest period 10⁻⁸⁰ around is in the hundreds and its minibrot 10⁻¹⁶⁰ small.
        double period = found.members().get("period").asDouble();
        assertTrue(period > 100 && period < 400, found.toJson());
        assertTrue(found.members().get("zoom").asString().matches(".*e1(59|60)"), found.toJson());
        BigDecimal x = new BigDecimal(found.members().get("x").asString());
        assertTrue(x.abs().compareTo(new BigDecimal("1e-79")) < 0, "in the view: " + x);
    }

    /** 10¹⁰⁴⁰ deep the corners' orbits come back far below a double's range; the winding is still seen. */
    @Test
    void findsTheMinibrotOfThePlaceTenToTheThousandDeep() throws Exception {
        JsonValue place = JsonReader.parse(Files.readString(Path.of("src/main/webapp/places.json"))).elements().stream()
                .filter(p -> p.members().get("name").asString().contains("1384")).findFirst().orElseThrow();
        JsonValue found = find("{\"center\":{\"x\":\"" + place.members().get("x").asString() + "\",\"y\":\""
                + place.members().get("y").asString() + "\"},\"zoom\":\"" + place.members().get("zoom").asString() + "\",\"maxIter\":30000}");
        assertEquals(1384, found.members().get("period").asDouble(), found.toJson());
        assertTrue(found.members().get("zoom").asString().endsWith("e1040"), found.toJson());
    }

    @Test
    void saysWhyThereIsNone() {
        JsonValue outside = find("{\"center\":{\"x\":3,\"y\":3},\"zoom\":100,\"maxIter\":1000}");
        assertTrue(outside.members().get("error").asString().startsWith("none of period up to 1000 found in this view"), outside.toJson());
        JsonValue noView = find("{\"maxIter\":1000}");
        assertEquals("params.center", noView.members().get("field").asString(), noView.toJson());
        JsonValue julia = JsonReader.parse(Workloads.find(Workloads.parse("{\"workload\":\"julia\",\"width\":8,\"height\":8}", 1)));
        assertEquals("workload", julia.members().get("field").asString());
    }
}
