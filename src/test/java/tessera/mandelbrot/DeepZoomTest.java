package tessera.mandelbrot;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import tessera.escapetime.EscapeCounts;
import tessera.escapetime.EscapeData;
import tessera.escapetime.EscapeTimeFields;
import tessera.escapetime.Palette;
import tessera.escapetime.Palettes;

/**
 * Perturbation against the full-precision oracle: at depths doubles cannot reach, almost every
 * pixel escapes at the same iteration as its own orbit computed with all the digits the view needs.
 */
class DeepZoomTest {
    /** Escape counts the renderer would tally: these tests look at escape data only. */
    private static final EscapeCounts NO_COUNTS = new EscapeCounts();

    private static final Palette COUNTS = Palettes.named("iterations");

    private static int count(int data) {
        return EscapeData.iterations(data);
    }

    /**
     * c = i is a Misiurewicz point (0 → i → −1 + i → −i → −1 + i …): the boundary branches around it
     * the same way at every scale, and escape counts grow only with the logarithm of the depth. The
     * view is centred a little off it, so that nothing is symmetric by accident.
     */
    @ParameterizedTest(name = "zoom 1e{0}, bla {1}")
    @CsvSource({"20, true, 40", "50, true, 40", "100, true, 40", "100, false, 40", "250, true, 40", "320, true, 40",
            "320, false, 40"})
    void aroundAMisiurewiczPointPerturbationAgreesWithTheOracle(int exponent, boolean bla, int width) {
        DeepView view = nearI(exponent, width, width * 3 / 4);
        assertAgrees(view, 4000, bla, 10);
    }

    /** The same 10¹⁰⁰⁰ deep, where the oracle's orbits have a thousand digits (seconds a pixel). */
    @Test
    @Tag("slow")
    void aroundAMisiurewiczPointTenToTheThousandDeep() {
        assertAgrees(nearI(1000, 24, 18), 4000, true, 10);
    }

    /**
     * The minibrot of lowest period in a view 10⁻ᵏ wide near i lies 10⁻²ᵏ deep: a view centred on
     * it, where most pixels circle the minibrot many periods before they escape, each period
     * bringing their orbit back next to 0 (below a double's range past 10³⁰⁰) and rebasing it.
     */
    @ParameterizedTest(name = "search depth 1e{0}, bla {1}")
    @CsvSource({"80, true", "80, false", "160, true", "160, false"})
    void aroundADeepMinibrotPerturbationAgreesWithTheOracle(int searchExponent, boolean bla) {
        Minibrot minibrot = Minibrot.lowestPeriodIn(nearI(searchExponent, 40, 30), 10_000);
        assertTrue(minibrot.log10Size < -1.9 * searchExponent, "a deep minibrot: 1e" + minibrot.log10Size);
        DeepView view = new DeepView(minibrot.x, minibrot.y, new BigDecimal(minibrot.zoom()), 24, 18);
        assertAgrees(view, 20 * minibrot.period, bla, 5);
    }

    /**
     * The tip of the antenna: for c near −2 the orbit lingers next to the fixed point 2 of c = −2,
     * where Z's double is exactly ±2 and |Z|² rounds to the bailout's 4. Views to either side of −2,
     * on and off the real axis, from the hand-over at 10¹³ to past a double's range; the first is
     * the one first seen wrong (every pixel escaping at iteration 1).
     */
    @ParameterizedTest(name = "centre {0} + {1}i at zoom {2}")
    @CsvSource({"-1.99999999999999999999, 0, 1e30, 5000", "-1.999999999997134344, -4.002401E-20, 1.134E+12, 1936",
        "-2.0000000000000000000000000000000000000000000000000000000000000000004134244, 1e-70, 5.802E+63, 3000",
        "-1.9999999999999999999999999994116891, 0, 1.140E+198, 152", "-1.99999999999999999999999999999999999991193428, 2.021597E-58, 1.465E+42, 3509",
        "-1.99999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999995708588, 0, 1.996E+516, 8105"})
    void atTheTipOfTheAntennaPerturbationAgreesWithTheOracle(String x, String y, String zoom, int maxIter) {
        for (boolean bla : new boolean[] {true, false}) {
            DeepView view = new DeepView(new BigDecimal(x), new BigDecimal(y), new BigDecimal(zoom), 24, 13);
            PerturbedMandelbrotWorkload fast = new PerturbedMandelbrotWorkload(view, maxIter, COUNTS, bla, true);
            ExactMandelbrotWorkload exact = new ExactMandelbrotWorkload(view, maxIter, COUNTS);
            int[] expected = counts(exact.newPixelOrbits(), view);
            assertTrue(Arrays.stream(expected).distinct().count() >= 2 || expected[0] > 1, "not a view of iteration 1 only");
            assertArrayEquals(expected, counts(fast.newPixelOrbits(), view), "bla " + bla);
        }
    }

    private static int[] counts(DeepViewWorkload.PixelOrbits orbits, DeepView view) {
        int[] frame = new int[view.width * view.height];
        for (int py = 0; py < view.height; py++) {
            for (int px = 0; px < view.width; px++) {
                frame[py * view.width + px] = count(orbits.pixel(view.offset(px, view.width), view.offset(py, view.height), NO_COUNTS));
            }
        }
        return frame;
    }

    /**
     * Inside a minibrot past 10³⁰⁰ the orbits settle into their cycle; one that comes back to the
     * same state after a rebase stops as inside, and the picture is the one that running every
     * orbit to maxIter draws.
     */
    @Test
    @Tag("slow")
    void orbitsCaughtInACycleStopAndThePictureIsUnchanged() {
        Minibrot minibrot = Minibrot.lowestPeriodIn(nearI(160, 40, 30), 10_000);
        DeepView view = new DeepView(minibrot.x, minibrot.y, new BigDecimal(minibrot.zoom()), 32, 18);
        int maxIter = 200_000;
        int[] quick = render(new PerturbedMandelbrotWorkload(view, maxIter, COUNTS, true, true));
        int[] full = render(new PerturbedMandelbrotWorkload(view, maxIter, COUNTS, true, false));
        assertArrayEquals(full, quick);
        assertTrue(Arrays.stream(full).filter(pixel -> count(pixel) == maxIter).count() >= 10, "a view with an inside");
    }

    /**
     * Ten million iterations, the most a request may ask for, around a minibrot past 10³⁰⁰: the
     * reference ends after one period, bilinear steps cross each period in a few, and orbits that
     * settle into their cycle stop; the picture has an inside and an outside.
     */
    @Test
    @Tag("slow")
    void tenMillionIterationsAroundADeepMinibrot() {
        Minibrot minibrot = Minibrot.lowestPeriodIn(nearI(160, 40, 30), 10_000);
        DeepView view = new DeepView(minibrot.x, minibrot.y, new BigDecimal(minibrot.zoom()), 32, 18);
        int maxIter = EscapeTimeFields.MAX_ITERATIONS;
        int[] frame = render(new PerturbedMandelbrotWorkload(view, maxIter, COUNTS, true, true));
        long inside = Arrays.stream(frame).filter(pixel -> count(pixel) == maxIter).count();
        assertTrue(inside >= 10 && inside < frame.length - 10, inside + " of " + frame.length + " inside");
    }

    private static int[] render(PerturbedMandelbrotWorkload workload) {
        DeepViewWorkload.PixelOrbits colors = workload.newPixelOrbits();
        DeepView view = workload.view;
        int[] frame = new int[view.width * view.height];
        for (int py = 0; py < view.height; py++) {
            for (int px = 0; px < view.width; px++) {
                frame[py * view.width + px] = colors.pixel(view.offset(px, view.width), view.offset(py, view.height), NO_COUNTS);
            }
        }
        return frame;
    }

    private static DeepView nearI(int exponent, int width, int height) {
        BigDecimal off = new BigDecimal("3.7e-" + (exponent + 1));
        return new DeepView(off, BigDecimal.ONE.add(off.multiply(new BigDecimal("0.61"))), new BigDecimal("1e" + exponent), width,
                height);
    }

    private static void assertAgrees(DeepView view, int maxIter, boolean bla, int distinctCounts) {
        PerturbedMandelbrotWorkload fast = new PerturbedMandelbrotWorkload(view, maxIter, COUNTS, bla, true);
        ExactMandelbrotWorkload exact = new ExactMandelbrotWorkload(view, maxIter, COUNTS);
        DeepViewWorkload.PixelOrbits fastColors = fast.newPixelOrbits();
        DeepViewWorkload.PixelOrbits exactColors = exact.newPixelOrbits();
        int same = 0;
        Set<Integer> counts = new HashSet<>();
        for (int py = 0; py < view.height; py++) {
            for (int px = 0; px < view.width; px++) {
                double dx = view.offset(px, view.width);
                double dy = view.offset(py, view.height);
                int expected = count(exactColors.pixel(dx, dy, NO_COUNTS));
                counts.add(expected);
                if (count(fastColors.pixel(dx, dy, NO_COUNTS)) == expected) {
                    same++;
                }
            }
        }
        double share = same / (double) (view.width * view.height);
        assertTrue(counts.size() >= distinctCounts, "a view with structure: " + counts.size() + " different counts");
        assertTrue(share >= 0.999, "agreement " + share);
    }
}
