package tessera.mandelbrot;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Deep views of every formula's Julia sets, z² + c among them, against their full-precision oracle
 * on views nobody chose (seed fixed, so a failure names a view that fails again): five a formula,
 * each half the oracle work of the command line's, on the sets' edges, the axes, at the critical
 * point and inside, for constants inside the parameter set and by its edge, depths from 10¹² to
 * 10⁴⁰⁰. {@code bin/oracle-sweep --julia ID|all --views N --seed S} runs any number.
 */
class JuliaOracleSweepTest {
    /** About half a minute on two cores: in the whole run, not in bin/test --quick. */
    @Tag("slow")
    @Test
    void deepJuliaViewsDrawnAtRandomAgreeWithTheOracleForEveryFormula() throws Exception {
        List<FormulaOracleSweep.Outcome> outcomes = JuliaOracleSweep.run(JuliaOracleSweep.formulas(), 20261207L, 5,
                FormulaOracleSweep.DEFAULT_BUDGET / 2, 400, 2);
        String summary = FormulaOracleSweep.summary(outcomes);
        assertTrue(FormulaOracleSweep.passes(outcomes), summary);
        assertTrue(outcomes.stream().filter(o -> o.distinctCounts > 1).count() >= 8, "views with structure: " + summary);
    }
}
