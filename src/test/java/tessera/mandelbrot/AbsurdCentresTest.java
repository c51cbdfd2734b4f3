package tessera.mandelbrot;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Random;
import org.junit.jupiter.api.Test;
import tessera.jvm.JvmRenderer;
import tessera.render.InvalidRequestException;
import tessera.render.RenderLimits;
import tessera.render.RenderPlan;
import tessera.render.RenderRequest;
import tessera.workloads.Workloads;

/**
 * Centres written with exponents far past what their zoom resolves: a coordinate too small to tell
 * from 0 at the view's depth draws the picture of 0 (without big-number arithmetic on its digits), one
 * of absurd size is refused from its text, naming the field, and a zero keeps no exponent.
 */
class AbsurdCentresTest {
    private static String request(String x, String y, String zoom) {
        return "{\"workload\":\"mandelbrot\",\"width\":24,\"height\":16,\"params\":{\"center\":{\"x\":\"" + x + "\",\"y\":\"" + y
                + "\"},\"zoom\":\"" + zoom + "\",\"maxIter\":300,\"palette\":\"iterations\"}}";
    }

    private static int[] render(String request) throws InterruptedException {
        RenderRequest parsed = Workloads.parse(request, RenderLimits.MAX_JVM_THREADS);
        return JvmRenderer.render(RenderPlan.of(Workloads.create(parsed, tessera.render.Preparation.none()), 64, 1), null).frame;
    }

    @Test
    void aCoordinateTooSmallToTellFromZeroDrawsThePictureOfZero() throws Exception {
        // Near the Misiurewicz point i, so that the picture has structure at every depth.
        Random random = new Random(20261207);
        for (int trial = 0; trial < 6; trial++) {
            int depth = 14 + random.nextInt(300);
            String zoom = "1e" + depth;
            String tiny = (1 + random.nextInt(9)) + "e-" + (depth + 60 + random.nextInt(20_000));
            int[] zero = render(request("0", "1", zoom));
            assertArrayEquals(zero, render(request(tiny, "1", zoom)), "x = " + tiny + " at zoom " + zoom);
            assertArrayEquals(zero, render(request("-" + tiny, "1", zoom)), "x = -" + tiny + " at zoom " + zoom);
        }
    }

    @Test
    void theCentreKeepsEveryDigitItsDepthCanUse() {
        BigDecimal x = new BigDecimal("-1.7499999999999999999999999999999999999999123456789");
        DeepView view = new DeepView(x, new BigDecimal("1e-99999"), new BigDecimal("1e20"), 24, 16);
        assertEquals(x, view.x);
        assertEquals(0, view.y.signum());
        assertTrue(view.y.scale() <= view.precision.getPrecision() + 10, "y rounded to " + view.y.scale() + " decimals");
    }

    @Test
    void absurdExponentsAreRefusedNamingTheFieldAndZeroIsZero() throws Exception {
        for (String absurd : new String[] {"1e-99999999", "1e-999999999", "3e999999999"}) {
            InvalidRequestException e = assertThrows(InvalidRequestException.class, () -> render(request(absurd, "0", "1e300")));
            assertEquals("params.center.x", e.field(), e.getMessage());
        }
        assertArrayEquals(render(request("0", "0", "1e300")), render(request("0e999999999", "0e-999999999", "1e300")));
    }
}
