package tessera.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

class RenderLimitsTest {
    @Test
    void aWorkloadGetsAsManyWorkersAsItsCopiesFitTogetherAndOneAtLeast() {
        assertEquals(16, RenderLimits.workersWithin(0, 16), "a small workload: every worker");
        assertEquals(2, RenderLimits.workersWithin(900_000_000L, 16));
        assertEquals(1, RenderLimits.workersWithin(RenderLimits.MAX_WORKERS_BYTES * 3, 16), "one, however large");
        Random random = new Random(20261207);
        for (int trial = 0; trial < 10_000; trial++) {
            long bytes = (long) (random.nextDouble() * 2 * RenderLimits.MAX_WORKERS_BYTES);
            int asked = 1 + random.nextInt(64);
            int workers = RenderLimits.workersWithin(bytes, asked);
            assertTrue(workers >= 1 && workers <= asked, bytes + " " + asked + " → " + workers);
            assertTrue(workers == 1 || workers * bytes <= RenderLimits.MAX_WORKERS_BYTES, "within the budget");
            assertTrue(workers == asked || (workers + 1) * bytes > RenderLimits.MAX_WORKERS_BYTES, "and no fewer than fit");
        }
    }
}
