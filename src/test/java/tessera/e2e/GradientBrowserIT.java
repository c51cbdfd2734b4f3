package tessera.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A designed gradient (params.gradient) colours the same bytes in the browser as on the JVM, on
 * the Mandelbrot set shallow and deep and on a Julia set, and a new gradient on the same view
 * recolours what the last render kept instead of iterating again.
 */
class GradientBrowserIT extends PageTest {
    private static final String GRADIENT = "\"gradient\":{\"stops\":[{\"at\":0.1,\"color\":\"#1b0a3c\"},{\"at\":0.45,\"color\":\"#e0603a\"},"
            + "{\"at\":0.7,\"color\":\"#fbe7a1\"}],\"density\":37.5,\"offset\":0.3}";

    @Test
    void designedGradientsAreTheJvmsBytes() throws Exception {
        page.assertRendersLikeTheJvm("{\"workload\":\"mandelbrot\",\"width\":160,\"height\":90,\"params\":{\"maxIter\":500," + GRADIENT + "}}");
        page.assertRendersLikeTheJvm("{\"workload\":\"mandelbrot\",\"width\":96,\"height\":54,\"params\":{\"maxIter\":4000,\"palette\":\"distance\","
                + "\"center\":{\"x\":\"-0.743643887037158704752191506114774\",\"y\":\"0.131825904205311970493132056385139\"},"
                + "\"zoom\":\"1e30\"," + GRADIENT + "}}");
        page.assertRendersLikeTheJvm("{\"workload\":\"julia\",\"width\":120,\"height\":80,\"params\":{\"maxIter\":300,\"palette\":\"equalised\","
                + GRADIENT.replace(",\"density\":37.5", "") + "}}");
    }

    @Test
    void aNewGradientOnTheSameViewRecoloursWithoutIterating() throws Exception {
        String view = "{\"workload\":\"mandelbrot\",\"width\":200,\"height\":120,\"params\":{\"maxIter\":2000,\"palette\":\"smooth\"";
        String first = view + "}}";
        String second = view + "," + GRADIENT + "}}";
        Map<String, Object> result = page.chrome.await("await window.tessera.render(JSON.parse(args[0]));"
                + "return await window.tessera.render(JSON.parse(args[1]));", first, second);
        assertEquals(true, result.get("reused"), result.toString());
        assertEquals(Cli.hash(second, 2, Site.siteDir()), result.get("hash"));
    }
}
