package tessera.workloads;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import tessera.render.InvalidRequestException;

class ZoomSequenceTest {
    @Test
    void aWorkloadWithoutAZoomIsRefusedAsSuchNotForItsSize() {
        InvalidRequestException e = assertThrows(InvalidRequestException.class, () -> new ZoomSequence(
                "{\"workload\":\"pipeline\",\"params\":{\"image\":\"a.png\",\"ops\":[]}}", new BigDecimal("1e6"), 10));
        assertEquals("workload", e.field());
        assertEquals("workload: a zoom needs a workload whose view has a zoom (mandelbrot, julia), got pipeline", e.getMessage());
    }

    @Test
    void theZoomToGoToIsReadFromItsTextWithItsSizeChecked() {
        assertEquals(new BigDecimal("2.5e40"), ZoomSequence.toZoom(" 2.5e40 ", "toZoom"));
        assertEquals(new BigDecimal("1e100000"), ZoomSequence.toZoom("+1e100000", "toZoom"));
        for (String bad : new String[] {"0", "-1e5", "deep", "", "1e", "0e999999999"}) {
            InvalidRequestException e = assertThrows(InvalidRequestException.class, () -> ZoomSequence.toZoom(bad, "toZoom"), bad);
            assertEquals("toZoom", e.field());
            assertEquals("toZoom: must be a positive number such as 1e300 or 2.5e40, got \"" + bad + "\"", e.getMessage());
        }
        assertEquals("toZoom: must be at most 1e100000 (far past any view), got 1e2147483648",
                assertThrows(InvalidRequestException.class, () -> ZoomSequence.toZoom("1e2147483648", "toZoom")).getMessage());
    }

    /**
     * Checking every frame of a zoom reads each frame's fields but prepares none: to 10^10000 at a
     * million iterations, the last frame's reference orbit alone would take minutes. A hang
     * detector, not a timing.
     */
    @Test
    void checkingTheFramesPreparesNoReferenceOrbit() {
        String request = "{\"workload\":\"mandelbrot\",\"width\":64,\"height\":36,\"params\":{\"center\":"
                + "{\"x\":\"-0.1\",\"y\":\"0.0000001\"},\"maxIter\":1000000}}";
        ZoomSequence sequence = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(60),
                () -> new ZoomSequence(request, new BigDecimal("1e10000"), 100));
        assertEquals(new BigDecimal("1e10000"), sequence.zoom(99));
        InvalidRequestException e = assertThrows(InvalidRequestException.class,
                () -> new ZoomSequence(request.replace("1000000", "0"), new BigDecimal("1e10000"), 100));
        assertEquals("params.maxIter", e.field(), "and still refuses what create refuses");
    }

    private static final String CYCLING = "{\"workload\":\"mandelbrot\",\"width\":32,\"height\":18,\"params\":{\"maxIter\":300,"
            + "\"gradient\":{\"stops\":[{\"at\":0,\"color\":\"#102030\"},{\"at\":0.5,\"color\":\"#f0a000\"}],\"offset\":0.75}}}";

    @Test
    void cyclingTurnsTheGradientsOffsetAFrameInExactDecimalsModuloOne() {
        java.util.SplittableRandom draws = new java.util.SplittableRandom(43);
        for (int trial = 0; trial < 200; trial++) {
            int frames = 2 + draws.nextInt(300);
            // Turns a frame with few digits or many, forwards and backwards.
            BigDecimal cycle = new BigDecimal(String.format(java.util.Locale.ROOT, "%.7f", draws.nextDouble(-1, 1))).stripTrailingZeros();
            if (cycle.signum() == 0) {
                continue;
            }
            ZoomSequence sequence = new ZoomSequence(CYCLING, new BigDecimal("1e6"), frames, cycle);
            for (int k : new int[] {0, 1, frames / 2, frames - 1}) {
                tessera.json.JsonValue params = tessera.json.JsonReader.parse(sequence.frameRequest(k)).members().get("params");
                BigDecimal offset = new BigDecimal(params.members().get("gradient").members().get("offset").toJson());
                BigDecimal expected = new BigDecimal("0.75").add(cycle.multiply(BigDecimal.valueOf(k)));
                BigDecimal turns = expected.subtract(offset);
                org.junit.jupiter.api.Assertions.assertTrue(turns.signum() == 0 || turns.stripTrailingZeros().scale() <= 0,
                        "a whole number of turns apart: " + turns + " at frame " + k);
                org.junit.jupiter.api.Assertions.assertTrue(offset.signum() >= 0 && offset.compareTo(BigDecimal.ONE) < 0, offset.toString());
                // The rest of the gradient and the request as given.
                assertEquals(tessera.json.JsonReader.parse(CYCLING).members().get("params").members().get("gradient").members().get("stops").toJson(),
                        params.members().get("gradient").members().get("stops").toJson());
            }
        }
        // Not cycling: the gradient as given, offset and all.
        assertEquals(new ZoomSequence(CYCLING, new BigDecimal("1e6"), 10).frameRequest(5),
                new ZoomSequence(CYCLING, new BigDecimal("1e6"), 10, BigDecimal.ZERO).frameRequest(5));
    }

    @Test
    void cyclingNeedsADesignedGradientAndATurnAFrameAtMost() {
        String plain = CYCLING.replaceAll(",\"gradient\":.*\\}\\}\\}$", "}}");
        InvalidRequestException none = assertThrows(InvalidRequestException.class,
                () -> new ZoomSequence(plain, new BigDecimal("1e6"), 10, new BigDecimal("0.1")));
        assertEquals("cycle", none.field(), none.getMessage() + " for " + plain);
        assertEquals(new BigDecimal("-0.25"), ZoomSequence.cycle(" -0.25 ", "--cycle"));
        for (String bad : new String[] {"1.5", "-2", "fast", "", "1e400"}) {
            InvalidRequestException e = assertThrows(InvalidRequestException.class, () -> ZoomSequence.cycle(bad, "--cycle"), bad);
            assertEquals("--cycle", e.field());
        }
    }
}
