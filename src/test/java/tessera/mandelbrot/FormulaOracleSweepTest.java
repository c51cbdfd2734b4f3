package tessera.mandelbrot;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Every formula's deep renderer against its full-precision oracle on views nobody chose (seed
 * fixed, so a failure names a view that fails again): twelve views a formula, each half the oracle work of the command line's, on edges, axes,
 * diagonals and inside, depths from 10¹² to 10⁴⁰⁰ (past 10³⁰⁰ a pixel's offset is no double).
 * {@code bin/oracle-sweep --formula ID|all --views N --seed S} runs any number.
 */
class FormulaOracleSweepTest {
    /** Half a minute on two cores: in the whole run, not in bin/test --quick. */
    @Tag("slow")
    @Test
    void viewsDrawnAtRandomAgreeWithTheOracleForEveryFormula() throws Exception {
        List<FormulaOracleSweep.Outcome> outcomes = FormulaOracleSweep.run(FormulaOracleSweep.formulas(), 20261207L, 12,
                FormulaOracleSweep.DEFAULT_BUDGET / 2, 400, 2);
        String summary = FormulaOracleSweep.summary(outcomes);
        assertTrue(FormulaOracleSweep.passes(outcomes), summary);
        assertTrue(outcomes.stream().filter(o -> o.distinctCounts > 1).count() >= 10, "views with structure: " + summary);
    }
}
