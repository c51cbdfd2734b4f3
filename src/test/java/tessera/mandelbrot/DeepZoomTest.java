package tessera.mandelbrot;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import tessera.render.EscapeTimeRenderer;

/**
 * Perturbation against the full-precision oracle: at depths doubles cannot reach, almost every
 * pixel escapes at the same iteration as its own orbit computed with all the digits the view needs.
 */
class DeepZoomTest {
    /** Escape counts the renderer would tally: these tests look at colours only. */
    private static final EscapeTimeRenderer NO_COUNTS = new EscapeTimeRenderer(null);

    private static final Palette COUNTS = Palettes.named("iterations");

    private static int count(int pixel) {
        return ((pixel & 0xff) << 16) | (pixel & 0xff00) | ((pixel >>> 16) & 0xff);
    }

    /**
     * c = i is a Misiurewicz point (0 → i → −1 + i → −i → −1 + i …): the boundary branches around it
     * the same way at every scale, and escape counts grow only with the logarithm of the depth. The
     * view is centred a little off it, so that nothing is symmetric by accident.
     */
    @ParameterizedTest(name = "zoom 1e{0}, bla {1}")
    @CsvSource({"20, true, 40", "50, true, 40", "100, true, 40", "100, false, 40", "320, true, 40", "320, false, 40",
            "1000, true, 24"})
    void aroundAMisiurewiczPointPerturbationAgreesWithTheOracle(int exponent, boolean bla, int width) {
        DeepView view = nearI(exponent, width, width * 3 / 4);
        assertAgrees(view, 4000, bla, 10);
    }

    /**
     * The minibrot of lowest period in a view 10⁻⁸⁰ wide near i lies 10⁻¹⁶⁰ deep: a view centred
     * on it, where most pixels never escape and the others circle the minibrot many periods first.
     */
    @ParameterizedTest(name = "bla {0}")
    @ValueSource(booleans = {true, false})
    void aroundADeepMinibrotPerturbationAgreesWithTheOracle(boolean bla) {
        Minibrot minibrot = Minibrot.lowestPeriodIn(nearI(80, 40, 30), 10_000);
        assertTrue(minibrot.log10Size < -100, "a deep minibrot: 1e" + minibrot.log10Size);
        DeepView view = new DeepView(minibrot.x, minibrot.y, new BigDecimal(minibrot.zoom()), 24, 18);
        assertAgrees(view, 20 * minibrot.period, bla, 5);
    }

    private static DeepView nearI(int exponent, int width, int height) {
        BigDecimal off = new BigDecimal("3.7e-" + (exponent + 1));
        return new DeepView(off, BigDecimal.ONE.add(off.multiply(new BigDecimal("0.61"))), new BigDecimal("1e" + exponent), width,
                height);
    }

    private static void assertAgrees(DeepView view, int maxIter, boolean bla, int distinctCounts) {
        PerturbedMandelbrotWorkload fast = new PerturbedMandelbrotWorkload(view, maxIter, COUNTS, bla);
        ExactMandelbrotWorkload exact = new ExactMandelbrotWorkload(view, maxIter, COUNTS);
        int same = 0;
        Set<Integer> counts = new HashSet<>();
        for (int py = 0; py < view.height; py++) {
            for (int px = 0; px < view.width; px++) {
                double dx = view.offset(px, view.width);
                double dy = view.offset(py, view.height);
                int expected = count(exact.pixel(dx, dy, NO_COUNTS));
                counts.add(expected);
                if (count(fast.pixel(dx, dy, NO_COUNTS)) == expected) {
                    same++;
                }
            }
        }
        double share = same / (double) (view.width * view.height);
        assertTrue(counts.size() >= distinctCounts, "a view with structure: " + counts.size() + " different counts");
        System.out.println("AGREE counts " + counts.size() + " max " + java.util.Collections.max(counts) + " share " + share);
        assertTrue(share >= 0.999, "agreement " + share);
    }
}
