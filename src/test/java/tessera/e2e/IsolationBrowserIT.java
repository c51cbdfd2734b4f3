package tessera.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;

/**
 * Served without COOP/COEP the page is not cross-origin isolated: it renders in transfer mode, with
 * all workers, to the same pictures as shared mode, and a banner names the missing headers.
 */
class IsolationBrowserIT {
    private static BrowserPage page;

    @BeforeAll
    static void open() throws Exception {
        page = BrowserPage.open(Site.startWithoutIsolation(), true);
    }

    @AfterAll
    static void close() throws Exception {
        page.close();
    }

    @Test
    void theBannerNamesTheMissingHeadersAndLinksToHosting() throws Exception {
        Chrome chrome = page.chrome;
        assertEquals(Boolean.FALSE, chrome.await("return crossOriginIsolated;"));
        Map<String, Object> ready = chrome.await("return await window.tessera.ready;");
        assertEquals("transfer", ready.get("mode"), ready.toString());
        assertEquals(2L, ready.get("workers"), ready.toString());
        chrome.await("while (document.getElementById('transfer-note').hidden) await new Promise(r => setTimeout(r, 20)); return 1;");
        WebElement banner = chrome.driver.findElement(By.id("transfer-note"));
        assertTrue(banner.getText().contains("\"Cross-Origin-Opener-Policy: same-origin\" is missing"), banner.getText());
        assertTrue(banner.getText().contains("\"Cross-Origin-Embedder-Policy: require-corp\" is missing"), banner.getText());
        assertEquals(page.site.baseUrl + "hosting.html", banner.findElement(By.tagName("a")).getAttribute("href"));
        assertFalse(chrome.driver.findElement(By.id("unsupported")).isDisplayed());
        assertTrue(chrome.driver.findElement(By.id("status")).getText().contains("transfer mode"));
        Files.write(Site.outputDir().resolve("transfer-mode.png"), chrome.driver.getScreenshotAs(OutputType.BYTES));
    }

    @Test
    void mandelbrotOnTwoWorkersHashesLikeTheJvm() throws Exception {
        String request = "{\"workload\":\"mandelbrot\",\"width\":1920,\"height\":1080,\"params\":{\"maxIter\":1000}}";
        Map<String, Object> two = page.render(request, 2);
        assertEquals(Cli.hash(request, 2), two.get("hash"), two.toString());
        assertEquals(2L, two.get("workers"));
        List<Map<String, Object>> perWorker = (List<Map<String, Object>>) two.get("perWorker");
        assertTrue(perWorker.stream().allMatch(w -> ((Number) w.get("tiles")).intValue() > 0), "both workers rendered: " + perWorker);
        assertEquals(page.canvasHash(), two.get("hash"));
    }

    @Test
    void theRayTracerAndAPipelineOfSeveralStagesHashLikeTheJvm() throws Exception {
        String scene = Files.readString(Site.siteDir().resolve("scenes/demo.json"));
        page.assertRendersLikeTheJvm("{\"workload\":\"raytrace\",\"params\":{\"scene\":" + scene + "}}");
        // A model the page fetches, and path tracing.
        String bunny = Files.readString(Site.siteDir().resolve("scenes/cornell-bunny.json")).replace("\"samples\": 256", "\"samples\": 4");
        page.assertRendersLikeTheJvm("{\"workload\":\"raytrace\",\"width\":96,\"height\":72,\"params\":{\"scene\":" + bunny + "}}");
        // Converging batch by batch, the running sums travel with each tile and back.
        String converging = "{\"workload\":\"raytrace\",\"width\":96,\"height\":72,\"params\":{\"scene\":" + bunny + "}}";
        Map<String, Object> batches = page.chrome.await("return await window.tessera.render(JSON.parse(args[0]), {progressive: true});", converging);
        assertEquals(Cli.hash(converging, 2, Site.siteDir()), batches.get("hash"));
        // Stopped, it keeps the picture after its last whole batch: tiles still in flight are dropped.
        Map<String, Object> stopped = page.chrome.await("const box = document.getElementById('message');"
                + "const rendering = window.tessera.render(JSON.parse(args[0]), {progressive: true});"
                + "while (!/Path tracing: 4 of/.test(box.textContent)) await new Promise(r => setTimeout(r, 10));"
                + "window.tessera.stop(); return await rendering;", converging.replace("\"samples\": 4", "\"samples\": 4096"));
        assertEquals(true, stopped.get("stopped"), stopped.toString());
        assertEquals(page.canvasHash(), stopped.get("hash"));
        page.assertRendersLikeTheJvm("{\"workload\":\"pipeline\",\"params\":{\"image\":\"samples/spheres.png\",\"ops\":["
                + "{\"op\":\"blur\",\"radius\":4},{\"op\":\"brightness\",\"factor\":1.2},{\"op\":\"sepia\"},"
                + "{\"op\":\"gaussian\",\"sigma\":3},{\"op\":\"sharpen\",\"amount\":1.5,\"radius\":2}]}}");
    }

    @Test
    void aCancelledRenderGivesWayToTheNextOne() throws Exception {
        String request = "{\"workload\":\"mandelbrot\",\"width\":1200,\"height\":800,\"params\":{\"maxIter\":3000,\"shortcuts\":false}}";
        Map<String, Object> outcome = page.chrome.await(
                "const first = window.tessera.render({...JSON.parse(args[0]), workers: 2}).then(() => 'finished', e => e.name);"
                + "while (document.getElementById('progress').value === 0) await new Promise(r => requestAnimationFrame(r));"
                + "const second = await window.tessera.render({...JSON.parse(args[0]), workers: 2, tileSize: 32});"
                + "return {first: await first, hash: second.hash};", request);
        assertEquals("AbortError", outcome.get("first"), outcome.toString());
        assertEquals(Cli.hash(request.replace("}}", "},\"tileSize\":32}"), 2), outcome.get("hash"));
    }
}
