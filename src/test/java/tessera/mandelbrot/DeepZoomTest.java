package tessera.mandelbrot;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Perturbation against the full-precision oracle: at depths doubles cannot reach, almost every
 * pixel escapes at the same iteration as its own orbit computed with all the digits the view needs.
 */
class DeepZoomTest {
    private static final Palette COUNTS = Palettes.named("iterations");

    private static int count(int pixel) {
        return ((pixel & 0xff) << 16) | (pixel & 0xff00) | ((pixel >>> 16) & 0xff);
    }

    /**
     * c = i is a Misiurewicz point (0 → i → −1 + i → −i → −1 + i …): the boundary branches around it
     * the same way at every scale, and escape counts grow only with the logarithm of the depth. The
     * view is centred a little off it, so that nothing is symmetric by accident.
     */
    @ParameterizedTest(name = "zoom 1e{0}")
    @ValueSource(ints = {20, 50, 100, 250})
    void aroundAMisiurewiczPointPerturbationAgreesWithTheOracle(int exponent) {
        BigDecimal off = new BigDecimal("3.7e-" + (exponent + 1));
        DeepView view = new DeepView(off, BigDecimal.ONE.add(off.multiply(new BigDecimal("0.61"))), new BigDecimal("1e" + exponent),
                40, 30);
        PerturbedMandelbrotWorkload fast = new PerturbedMandelbrotWorkload(view, 2000, COUNTS);
        ExactMandelbrotWorkload exact = new ExactMandelbrotWorkload(view, 2000, COUNTS);
        int same = 0;
        Set<Integer> counts = new HashSet<>();
        for (int py = 0; py < view.height; py++) {
            for (int px = 0; px < view.width; px++) {
                double dx = view.offset(px, view.width);
                double dy = view.offset(py, view.height);
                int expected = count(exact.pixel(dx, dy));
                counts.add(expected);
                if (count(fast.pixel(dx, dy)) == expected) {
                    same++;
                }
            }
        }
        double share = same / (double) (view.width * view.height);
        assertTrue(counts.size() >= 10, "a view with structure: " + counts.size() + " different counts");
        assertTrue(share >= 0.999, "agreement " + share);
    }
}
