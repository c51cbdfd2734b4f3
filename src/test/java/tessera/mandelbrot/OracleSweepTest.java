package tessera.mandelbrot;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The fast deep renderer against the full-precision oracle on 300 views nobody chose (seed fixed,
 * so a failure names a view that fails again): every kind of place {@link DeepViewSampler} draws,
 * depths from 10¹² to 10¹⁰⁰⁰. {@code bin/oracle-sweep --views N --seed S} runs any number.
 */
class OracleSweepTest {
    /** Forty seconds on two cores: in the whole run, not in bin/test --quick. */
    @Tag("slow")
    @Test
    void threeHundredViewsDrawnAtRandomAgreeWithTheOracle() throws Exception {
        OracleSweep.Result result = OracleSweep.run(20261207L, 300, OracleSweep.DEFAULT_BUDGET, 2);
        String summary = result.summary();
        assertTrue(result.passes(), summary);
        assertTrue(result.outcomes.stream().filter(o -> o.distinctCounts > 1).count() >= 20, "views with structure: " + summary);
        assertTrue(result.illConditioned() < result.pixels() / 1000, "ill-conditioned pixels are rare: " + summary);
    }
}
