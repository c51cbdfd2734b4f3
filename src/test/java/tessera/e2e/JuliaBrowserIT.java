package tessera.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.interactions.Actions;

/**
 * The Julia workload, added in a room of its own: the browser's pictures equal the JVM's on 1 and 2
 * workers in shared and transfer mode, Alt-clicking the Mandelbrot picture opens the Julia set
 * of the point clicked, and the Julia tab zooms past doubles as the Mandelbrot tab does, saying how deep.
 */
class JuliaBrowserIT {
    private static final String REQUEST = "{\"workload\":\"julia\",\"width\":1280,\"height\":720,"
            + "\"params\":{\"c\":{\"x\":-0.7269,\"y\":0.1889},\"maxIter\":800,\"palette\":\"smooth\"}}";
    /** Equalised: the palette looks over the view through the workload before the render, in every worker. */
    private static final String ZOOMED = "{\"workload\":\"julia\",\"width\":640,\"height\":360,"
            + "\"params\":{\"c\":{\"x\":0.285,\"y\":0.01},\"center\":{\"x\":0.1,\"y\":-0.2},\"zoom\":40,\"maxIter\":2000,"
            + "\"palette\":\"equalised\"}}";

    @Test
    void sharedModeHashesLikeTheJvm() throws Exception {
        try (BrowserPage page = BrowserPage.open()) {
            assertEquals("shared", ((Map<String, Object>) page.chrome.await("return await window.tessera.ready;")).get("mode"));
            page.assertRendersLikeTheJvm(REQUEST);
            page.assertRendersLikeTheJvm(ZOOMED);
        }
    }

    @Test
    void transferModeHashesLikeTheJvm() throws Exception {
        try (BrowserPage page = BrowserPage.open(Site.startWithoutIsolation(), true)) {
            assertEquals("transfer", ((Map<String, Object>) page.chrome.await("return await window.tessera.ready;")).get("mode"));
            page.assertRendersLikeTheJvm(REQUEST);
            page.assertRendersLikeTheJvm(ZOOMED);
        }
    }

    /** Waits until the Mandelbrot picture fills the window (at its size in device pixels) and is rendered. */
    static final String FITTED_PICTURE_SHOWN = "const m = document.getElementById('message');"
            + "const s = document.getElementById('stages'); const c = document.getElementById('canvas-mandelbrot');"
            + "while (!(m.textContent.includes('tiles on') && c.width === Math.round(s.clientWidth * devicePixelRatio)"
            + " && c.height === Math.round(s.clientHeight * devicePixelRatio))) await new Promise(r => requestAnimationFrame(r));"
            + "return 1;";

    @Test
    void altClickingTheMandelbrotPictureOpensTheJuliaSetOfThatPoint() throws Exception {
        try (BrowserPage page = BrowserPage.open()) {
            Chrome chrome = page.chrome;
            chrome.await("const m = document.getElementById('message');"
                    + "while (!m.textContent.includes('tiles on')) await new Promise(r => requestAnimationFrame(r)); return 1;");
            var canvas = chrome.driver.findElement(By.id("canvas-mandelbrot"));
            chrome.await(FITTED_PICTURE_SHOWN);
            // The picture fits the window: its size in pixels is the canvas's.
            List<Number> size = chrome.await("const c = document.getElementById('canvas-mandelbrot'); return [c.width, c.height];");
            int width = size.get(0).intValue();
            int height = size.get(1).intValue();
            // The Douady rabbit's c, −0.122 + 0.745i, in the first picture's view (centre −0.75, 2 units over the height).
            double cssPerPixel = canvas.getRect().getWidth() / (double) width;
            int offsetX = (int) Math.round((-0.122 + 0.75) / (2.0 / height) * cssPerPixel);
            int offsetY = (int) Math.round(0.745 / (2.0 / height) * cssPerPixel);
            new Actions(chrome.driver).keyDown(org.openqa.selenium.Keys.ALT).moveToElement(canvas, offsetX, offsetY).click()
                    .keyUp(org.openqa.selenium.Keys.ALT).perform();
            Map<String, Object> shown = chrome.await("const m = document.getElementById('message');"
                    + "while (document.getElementById('tab-julia').getAttribute('aria-selected') !== 'true'"
                    + " || !m.textContent.includes('tiles on')) await new Promise(r => requestAnimationFrame(r));"
                    + "return {cx: Number(document.getElementById('julia-cx').value), cy: Number(document.getElementById('julia-cy').value),"
                    + " message: m.textContent};");
            double cx = ((Number) shown.get("cx")).doubleValue();
            double cy = ((Number) shown.get("cy")).doubleValue();
            // Within two CSS pixels of where the pointer was aimed.
            double tolerance = 2 / cssPerPixel * 2.0 / height;
            assertTrue(Math.abs(cx - -0.122) < tolerance && Math.abs(cy - 0.745) < tolerance, shown.toString());
            List<Number> juliaSize = chrome.await("const c = document.getElementById('canvas-julia'); return [c.width, c.height];");
            assertTrue(String.valueOf(shown.get("message")).startsWith(juliaSize.get(0) + " × " + juliaSize.get(1)), shown.toString());
            String request = "{\"workload\":\"julia\",\"width\":" + juliaSize.get(0) + ",\"height\":" + juliaSize.get(1)
                    + ",\"params\":{\"c\":{\"x\":" + cx + ",\"y\":" + cy
                    + "},\"maxIter\":1000,\"palette\":\"smooth\"}}";
            assertEquals(Cli.hash(request, 2), page.canvasHash(), "the Julia set of the clicked point is on the canvas");
            long colours = ((Number) chrome.await("const c = document.getElementById('canvas-julia');"
                    + "const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data; const seen = new Set();"
                    + "for (let i = 0; i < d.length; i += 4) seen.add((d[i] << 16) | (d[i + 1] << 8) | d[i + 2]); return seen.size;")).longValue();
            assertTrue(colours > 50, "a connected Julia set in many colours, not a blank picture: " + colours + " colours");
            Files.write(Site.outputDir().resolve("julia.png"), chrome.driver.getScreenshotAs(OutputType.BYTES));
        }
    }

    /** Records every message the page posts to a worker, as JSON, before the page's own scripts run. */
    private static final String POSTED = "window.posted = []; const post = Worker.prototype.postMessage;"
            + "Worker.prototype.postMessage = function (message, ...rest) {"
            + "  try { window.posted.push(JSON.stringify(message)); } catch (e) { }"
            + "  return post.call(this, message, ...rest); };";

    @Test
    void theJuliaTabZoomsPastDoublesWithEveryDigitOfItsCentreAndSaysHowDeep() throws Exception {
        try (Site site = Site.start(); Chrome chrome = Chrome.start()) {
            chrome.driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", POSTED));
            chrome.driver.get(site.baseUrl);
            Map<String, Object> deep = chrome.await("""
                    const $ = (id) => document.getElementById(id);
                    const finished = () => / in [\\d.]+ (ms|s)/.test($('message').textContent) && $('cancel').disabled;
                    const pictured = () => $('canvas-julia').closest('.frame')?.classList.contains('pictured');
                    while (!finished()) await new Promise((r) => setTimeout(r, 20));
                    $('tab-julia').click();
                    while (!(pictured() && finished())) await new Promise((r) => setTimeout(r, 20));
                    const before = {depth: $('julia-depth').textContent, message: $('message').textContent};
                    $('canvas-julia').focus();
                    for (let i = 0; i < 8; i++) {
                      $('canvas-julia').dispatchEvent(new KeyboardEvent('keydown', {key: 'PageUp', bubbles: true}));
                    }
                    const deadline = performance.now() + 60000;
                    while (!(finished() && $('message').textContent !== before.message) && performance.now() < deadline) {
                      await new Promise((r) => setTimeout(r, 20));
                    }
                    const julia = window.posted.filter((m) => m.includes('julia'));
                    return {before: before.depth, depth: $('julia-depth').textContent, message: $('message').textContent,
                      error: $('message').classList.contains('error'), request: julia[julia.length - 1] ?? 'none'};""");
            assertEquals("Zoom 0.8", deep.get("before"), deep.toString());
            assertEquals("Zoom 8 × 10²³", deep.get("depth"), deep.toString());
            assertEquals(Boolean.FALSE, deep.get("error"), deep.toString());
            assertTrue(((String) deep.get("message")).contains("tiles on"), deep.toString());
            // past doubles the centre and the zoom go as decimal strings, every digit kept
            String request = ((String) deep.get("request")).replace("\\\"", "\"");
            assertTrue(request.matches(".*\"zoom\":\"8(\\.0+)?e\\+?23\".*"), request);
            assertTrue(request.matches(".*\"center\":\\{\"x\":\"[-0-9.e]+\",\"y\":\"[-0-9.e]+\"\\}.*"), request);
        }
    }
}
