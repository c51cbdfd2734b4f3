package tessera.workloads;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class ZoomPathTest {
    @Test
    void theEndsAreTheGivenZoomsAndTheMiddleIsTheGeometricMean() {
        ZoomPath path = new ZoomPath(BigDecimal.ONE, new BigDecimal("1e5000"), 11);
        assertEquals(BigDecimal.ONE, path.zoom(0));
        assertEquals(new BigDecimal("1e5000"), path.zoom(10));
        assertEquals(0, new BigDecimal("1e2500").compareTo(path.zoom(5)), path.zoom(5).toString());
        assertEquals(0, new BigDecimal("1e500").compareTo(path.zoom(1)), path.zoom(1).toString());
    }

    @Test
    void outwardFromADeepViewEveryStepIsTheSameFactor() {
        ZoomPath path = new ZoomPath(new BigDecimal("3.2e1234"), BigDecimal.ONE, 101);
        double first = ZoomPath.log10(path.zoom(0));
        assertEquals(1234.505149978319, first, 1e-9);
        for (int k = 1; k <= 100; k++) {
            double step = ZoomPath.log10(path.zoom(k - 1)) - ZoomPath.log10(path.zoom(k));
            assertEquals(first / 100, step, 1e-9, "step " + k);
        }
    }
}
