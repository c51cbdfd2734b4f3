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

    /**
     * In the Multibrot sets z^d + c (d = 3 … 8), from views drawn at random: the nucleus found is one
     * (z_p(c) = 0 to the digits given, and no earlier return), in the view or deeper, and the view it
     * gives shows its inside at the centre.
     */
    @Test
    void findsNucleiOfTheMultibrotSets() {
        java.util.SplittableRandom random = new java.util.SplittableRandom(28);
        int found = 0;
        for (int trial = 0; trial < 12; trial++) {
            int power = 3 + random.nextInt(6);
            double x = -0.8 + 1.2 * random.nextDouble();
            double y = 0.2 + 0.7 * random.nextDouble();
            String params = "\"formula\":\"multibrot\",\"power\":" + power + ",\"maxIter\":1000";
            JsonValue result = find("{" + params + ",\"center\":{\"x\":" + x + ",\"y\":" + y + "},\"zoom\":5}");
            if (result.members().containsKey("error")) {
                continue;
            }
            found++;
            int period = (int) result.members().get("period").asDouble();
            BigDecimal cx = new BigDecimal(result.members().get("x").asString());
            BigDecimal cy = new BigDecimal(result.members().get("y").asString());
            tessera.escapetime.Formula formula = tessera.escapetime.Formula.named("multibrot", power);
            int bits = 400;
            java.math.BigInteger[] z = {java.math.BigInteger.ZERO, java.math.BigInteger.ZERO};
            for (int n = 1; n <= period; n++) {
                formula.exactStep(z, ReferenceOrbit.fixed(cx, bits), ReferenceOrbit.fixed(cy, bits), bits, null);
                double size = Math.hypot(ReferenceOrbit.toDouble(z[0], bits), ReferenceOrbit.toDouble(z[1], bits));
                assertTrue(n == period ? size < 1e-20 : size > 1e-10, "power " + power + ", period " + period + ": |z_" + n + "| = " + size);
            }
            String view = "{\"workload\":\"mandelbrot\",\"width\":33,\"height\":19,\"params\":{" + params + ",\"palette\":\"iterations\","
                    + "\"center\":{\"x\":\"" + cx + "\",\"y\":\"" + cy + "\"},\"zoom\":\"" + result.members().get("zoom").asString() + "\"}}";
            tessera.escapetime.PixelSampler sampler = ((tessera.escapetime.EscapeTimeWorkload) Workloads.create(Workloads.parse(view, 1),
                    tessera.render.Preparation.none())).sampler();
            assertEquals(1000, tessera.escapetime.EscapeData.iterations(sampler.sample(16, 9)), "the centre is inside: " + view);
        }
        assertTrue(found >= 5, found + " of 12 searches found one (a view all inside or all outside has none)");
    }

    /** From the start view the lowest period in view is the main cardioid's, 1, at the view's own size: the search goes in instead. */
    @Test
    void fromTheStartViewItGoesIn() {
        JsonValue found = find("{\"center\":{\"x\":-0.5,\"y\":0},\"zoom\":1,\"maxIter\":1000}");
        assertTrue(found.members().get("period").asDouble() > 1, found.toJson());
        assertTrue(Double.parseDouble(found.members().get("zoom").asString()) > 4, "deeper than the view: " + found.toJson());
    }

    /**
     * Views about the nuclei of big components (the cardioid, bulbs, the period-3 minibrot) at zooms
     * where they fill the view, each with some of their boundary in view: the search goes in, never out.
     */
    @Test
    void whereAComponentFillsTheViewItGoesDeeperOnViewsOfEverySize() {
        java.util.SplittableRandom random = new java.util.SplittableRandom(33);
        double[][] nuclei = {{0, 0}, {-1, 0}, {-0.1225611668766536, 0.7448617666197442}, {-1.754877666246693, 0},
            {0.2822713907669139, 0.5300606175785253}};
        for (int trial = 0; trial < 10; trial++) {
            double[] nucleus = nuclei[random.nextInt(nuclei.length)];
            double zoom = Math.pow(10, random.nextDouble() * 0.5);
            double x = nucleus[0] + (random.nextDouble() - 0.5) * 0.5 / zoom;
            double y = nucleus[1] + (random.nextDouble() - 0.5) * 0.5 / zoom;
            DeepView view = new DeepView(new BigDecimal(x), new BigDecimal(y), new BigDecimal(zoom), 160, 90);
            Minibrot found = Minibrot.toGoIn(view, 1000);
            String where = x + ", " + y + " at zoom " + zoom;
            assertTrue(found != null && found.zoomIsAtLeast(view, 1.0), "goes in from " + where + ": " + (found == null ? null : found.zoom()));
            Minibrot inView = Minibrot.lowestPeriodIn(view, 1000);
            assertTrue(inView == null || found.period >= inView.period, "no lower period than the one in view: " + where);
        }
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

    @Test
    void refusesAFrameItCouldNotRenderNamingTheField() {
        String params = "\"params\":{\"center\":{\"x\":-1.75,\"y\":0},\"zoom\":100}";
        JsonValue noWidth = JsonReader.parse(Workloads.find(Workloads.parse("{\"workload\":\"mandelbrot\",\"height\":180," + params + "}", 1)));
        assertEquals("width", noWidth.members().get("field").asString(), noWidth.toJson());
        JsonValue huge = JsonReader.parse(Workloads.find(Workloads.parse("{\"workload\":\"mandelbrot\",\"width\":16384,\"height\":16384," + params + "}", 1)));
        assertTrue(huge.members().get("error").asString().contains("pixels"), huge.toJson());
    }
}
