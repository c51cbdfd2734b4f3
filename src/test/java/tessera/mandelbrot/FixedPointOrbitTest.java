package tessera.mandelbrot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tessera.escapetime.Formula;

/** The sweeps' judge of ill-conditioning: its disturbed runs must sample many directions, not a few. */
class FixedPointOrbitTest {
    private static final Formula CLASSIC = Formula.named(Formula.DEFAULT, 2);

    @Test
    void disturbedRunsOfAChaoticOrbitEndAtManyCounts() {
        // a hair above the antenna near −2: the real orbit doubles every error for ~80 iterations
        // before the imaginary part grows out, so a rounding anywhere moves the count by a few
        BigDecimal x = new BigDecimal("-1.9999998329135");
        BigDecimal y = new BigDecimal("-5.206208E-43");
        int bits = 183;
        Set<Integer> counts = new HashSet<>();
        for (long seed = 1; seed <= 16; seed++) {
            counts.add(FixedPointOrbit.escapeCount(CLASSIC, x, y, bits, 5000, seed));
        }
        assertTrue(counts.size() >= 3, "16 disturbed runs ended at " + counts);
    }

    @Test
    void disturbedRunsOfAStableOrbitAllEndAtItsCount() {
        BigDecimal x = new BigDecimal("-0.5");
        BigDecimal y = new BigDecimal("0.7");
        int exact = FixedPointOrbit.escapeCount(CLASSIC, x, y, 120, 5000, 0);
        for (long seed = 1; seed <= 16; seed++) {
            assertEquals(exact, FixedPointOrbit.escapeCount(CLASSIC, x, y, 120, 5000, seed), "seed " + seed);
        }
    }
}
