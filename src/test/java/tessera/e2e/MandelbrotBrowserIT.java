package tessera.e2e;


import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.OutputType;

/** The whole path in real Chromium: dev server headers, worker pool, WebAssembly, shared framebuffer, canvas. */
class MandelbrotBrowserIT extends PageTest {
    private static final String SEED_REQUEST =
            "{\"workload\":\"mandelbrot\",\"width\":1920,\"height\":1080,\"params\":{\"maxIter\":1000,\"palette\":\"seed\"}}";

    private Map<String, Object> render(String request, int workers) {
        return page.render(request, workers);
    }

    @Test
    void pageIsCrossOriginIsolatedAndThePoolStarts() {
        Map<String, Object> ready = chrome.await("return await window.tessera.ready;");
        assertEquals(Boolean.TRUE, chrome.await("return crossOriginIsolated;"));
        assertEquals(Boolean.TRUE, ready.get("isolated"), ready.toString());
        assertEquals("wasm", ready.get("engine"));
        assertEquals("shared", ready.get("mode"), ready.toString());
        assertTrue(((Number) ready.get("workers")).intValue() >= 1);
    }

    @Test
    void seedRequestHashesLikeTheJvmOnOneAndTwoWorkers() throws Exception {
        String jvm = Cli.hash(SEED_REQUEST, 2);
        Map<String, Object> one = render(SEED_REQUEST, 1);
        Map<String, Object> two = render(SEED_REQUEST, 2);
        assertEquals(jvm, one.get("hash"), one.toString());
        assertEquals(jvm, two.get("hash"), two.toString());
        assertEquals(1L, one.get("workers"));
        assertEquals(2L, two.get("workers"));
        assertEquals(510L, two.get("tiles"));
        System.out.printf("seed 1920x1080x1000: 1 worker %.0f ms, 2 workers %.0f ms%n",
                ((Number) one.get("ms")).doubleValue(), ((Number) two.get("ms")).doubleValue());
    }

    @Test
    void canvasShowsExactlyTheRenderedPicture() throws Exception {
        Map<String, Object> result = render(SEED_REQUEST, 2);
        assertEquals(result.get("hash"), page.canvasHash());
        byte[] png = chrome.driver.getScreenshotAs(OutputType.BYTES);
        Files.write(Site.outputDir().resolve("mandelbrot-page.png"), png);
    }

    @Test
    void cancelStopsTheRenderAndTheNextRenderIsCorrect() throws Exception {
        String heavy = "{\"workload\":\"mandelbrot\",\"width\":1920,\"height\":1080,\"tileSize\":32,"
                + "\"params\":{\"maxIter\":200000,\"palette\":\"seed\",\"shortcuts\":false}}";
        Map<String, Object> cancelled = chrome.await(
                "const progress = document.getElementById('progress');"
                + "const pending = window.tessera.render(JSON.parse(args[0]));"
                + "await new Promise(function waitForTiles(resolve) {"
                + "  if (progress.value > 0) resolve(); else requestAnimationFrame(() => waitForTiles(resolve)); });"
                + "window.tessera.cancel();"
                + "try { await pending; return {resolved: true}; }"
                + "catch (e) { return {name: e.name, message: e.message,"
                + " progress: progress.value}; }", heavy);
        assertEquals("AbortError", cancelled.get("name"), cancelled.toString());
        assertTrue(((Number) cancelled.get("progress")).doubleValue() < 1.0, cancelled.toString());
        String small = "{\"workload\":\"mandelbrot\",\"width\":320,\"height\":200,\"params\":{\"maxIter\":500}}";
        assertEquals(Cli.hash(small, 1), render(small, 2).get("hash"));
    }

    /** Perturbation in WebAssembly gives the JVM's bytes: the reference orbit's decimals and every double alike. */
    @Test
    void aDeepViewAtZoomTenToTheHundredHashesLikeTheJvm() throws Exception {
        page.assertRendersLikeTheJvm("{\"workload\":\"mandelbrot\",\"width\":320,\"height\":180,\"params\":{\"maxIter\":2000,"
                + "\"palette\":\"smooth\",\"center\":{\"x\":\"3.7e-101\",\"y\":\"1.0000000000000000000000000000000000000000000000000"
                + "0000000000000000000000000000000000000000000000000226\"},\"zoom\":\"1e100\"}}");
    }

    /** The equalised palette looks over the view (a grid of its pixels) before the render, in every worker alike. */
    @Test
    void anEqualisedDeepViewHashesLikeTheJvm() throws Exception {
        page.assertRendersLikeTheJvm("{\"workload\":\"mandelbrot\",\"width\":320,\"height\":180,\"params\":{\"maxIter\":2000,"
                + "\"palette\":\"equalised\",\"center\":{\"x\":\"3.7e-101\",\"y\":\"1.0000000000000000000000000000000000000000000000000"
                + "0000000000000000000000000000000000000000000000000226\"},\"zoom\":\"1e100\"}}");
    }

    /** 160 × 90 near the Misiurewicz point i at zoom 10¹⁰⁰⁰. */
    private static String nearIAtTenToTheThousand(int maxIter, String palette) {
        BigDecimal off = new BigDecimal("3.7e-1001");
        return "{\"workload\":\"mandelbrot\",\"width\":160,\"height\":90,\"params\":{\"maxIter\":" + maxIter
                + ",\"palette\":\"" + palette + "\",\"center\":{\"x\":\"" + off + "\",\"y\":\""
                + BigDecimal.ONE.add(off.multiply(new BigDecimal("0.61"))).toPlainString() + "\"},\"zoom\":\"1e1000\"}}";
    }

    /**
     * Past 10³⁰⁰ the pixel offsets are below a double's range: orbits start as scaled pairs and the
     * bilinear steps take over. The browser gives the JVM's bytes and the same iteration count.
     */
    @Test
    void aViewAtZoomTenToTheThousandGivesTheJvmsBytesAndIterations() throws Exception {
        String request = nearIAtTenToTheThousand(4000, "smooth");
        String jvm = Cli.report(request, 2);
        long iterations = Cli.iterations(jvm);
        assertTrue(iterations > 160 * 90 * 1000, "most pixels escape after thousands of iterations: " + jvm);
        // Twice with 2 workers: the second render finds the request prepared, and counts from naught all the same.
        for (int workers : new int[] {1, 2, 2}) {
            Map<String, Object> browser = render(request, workers);
            assertEquals(Cli.hashOf(jvm), browser.get("hash"), workers + " workers: " + browser);
            assertEquals(iterations, counter(browser, "iterations"), workers + " workers: " + browser);
        }
    }

    /**
     * A new palette over the view just rendered recolours the escape counts kept from that render:
     * no iteration, the JVM's bytes. Another view iterates again.
     */
    @Test
    void aNewPaletteOverTheSameDeepViewOnlyRecolours() throws Exception {
        String script = "return await window.tessera.render(JSON.parse(args[0]));";
        Map<String, Object> smooth = chrome.await(script, nearIAtTenToTheThousand(4001, "smooth"));
        assertEquals(Boolean.FALSE, smooth.get("reused"), smooth.toString());
        assertTrue(counter(smooth, "iterations") > 0, smooth.toString());
        for (String palette : new String[] {"distance", "equalised", "iterations"}) {
            String request = nearIAtTenToTheThousand(4001, palette);
            Map<String, Object> recoloured = chrome.await(script, request);
            assertEquals(Boolean.TRUE, recoloured.get("reused"), palette + ": " + recoloured);
            assertEquals(0L, counter(recoloured, "iterations"), palette + ": " + recoloured);
            assertEquals(Cli.hash(request, 2), recoloured.get("hash"), palette);
        }
        Map<String, Object> deeper = chrome.await(script, nearIAtTenToTheThousand(4002, "distance"));
        assertEquals(Boolean.FALSE, deeper.get("reused"), "other iterations, other escape counts: " + deeper);
        assertEquals(Cli.hash(nearIAtTenToTheThousand(4002, "distance"), 2), deeper.get("hash"));
    }

    /** Counter {@code name} of a render's result (its {@code counters}). */
    @SuppressWarnings("unchecked")
    private static long counter(Map<String, Object> result, String name) {
        return ((Number) ((Map<String, Object>) result.get("counters")).get(name)).longValue();
    }

    @Test
    void javascriptEngineGivesTheSameBytes() throws Exception {
        String request = "{\"workload\":\"mandelbrot\",\"width\":640,\"height\":360,"
                + "\"params\":{\"maxIter\":800,\"palette\":\"smooth\",\"center\":{\"x\":-0.743643887037151,"
                + "\"y\":0.13182590420533},\"zoom\":1234.5678}}";
        String jvm = Cli.hash(request, 1);
        Map<String, Object> wasm = render(request, 2);
        assertEquals(jvm, wasm.get("hash"), "wasm engine");
        try {
            Map<String, Object> ready = chrome.await("return await window.tessera.useEngine('js');");
            assertEquals("js", ready.get("engine"));
            assertEquals(jvm, render(request, 2).get("hash"), "js engine");
        } finally {
            chrome.await("return await window.tessera.useEngine('wasm');");
        }
        assertNotEquals(jvm, Cli.hash(request.replace("smooth", "seed"), 1), "palettes must differ");
    }
}
