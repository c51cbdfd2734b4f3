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
}
