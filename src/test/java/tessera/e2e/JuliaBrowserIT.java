package tessera.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.interactions.Actions;

/**
 * The Julia workload, added in a room of its own: the browser's pictures equal the JVM's on 1 and 2
 * workers in shared and transfer mode, and Alt-clicking the Mandelbrot picture opens the Julia set
 * of the point clicked.
 */
class JuliaBrowserIT {
    private static final String REQUEST = "{\"workload\":\"julia\",\"width\":1280,\"height\":720,"
            + "\"params\":{\"c\":{\"x\":-0.7269,\"y\":0.1889},\"maxIter\":800,\"palette\":\"smooth\"}}";
    private static final String ZOOMED = "{\"workload\":\"julia\",\"width\":640,\"height\":360,"
            + "\"params\":{\"c\":{\"x\":0.285,\"y\":0.01},\"center\":{\"x\":0.1,\"y\":-0.2},\"zoom\":40,\"maxIter\":2000}}";

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

    @Test
    void altClickingTheMandelbrotPictureOpensTheJuliaSetOfThatPoint() throws Exception {
        try (BrowserPage page = BrowserPage.open()) {
            Chrome chrome = page.chrome;
            chrome.await("const m = document.getElementById('message');"
                    + "while (!m.textContent.includes('tiles on')) await new Promise(r => requestAnimationFrame(r)); return 1;");
            // The whole picture in view, so that the pointer lands where the test aims.
            chrome.driver.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 2000));
            var canvas = chrome.driver.findElement(By.id("canvas"));
            chrome.await("args[0].scrollIntoView({block: 'center'}); return 1;", canvas);
            // The Douady rabbit's c, −0.122 + 0.745i, in the first picture's view (centre −0.75, 2 units over 1080 rows).
            double cssPerPixel = canvas.getRect().getWidth() / 1920.0;
            int offsetX = (int) Math.round((-0.122 + 0.75) / (2.0 / 1080) * cssPerPixel);
            int offsetY = (int) Math.round(0.745 / (2.0 / 1080) * cssPerPixel);
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
            double tolerance = 2 / cssPerPixel * 2.0 / 1080;
            assertTrue(Math.abs(cx - -0.122) < tolerance && Math.abs(cy - 0.745) < tolerance, shown.toString());
            assertTrue(String.valueOf(shown.get("message")).startsWith("1920 × 1080"), shown.toString());
            String request = "{\"workload\":\"julia\",\"width\":1920,\"height\":1080,\"params\":{\"c\":{\"x\":" + cx + ",\"y\":" + cy
                    + "},\"maxIter\":1000,\"palette\":\"smooth\"}}";
            assertEquals(Cli.hash(request, 2), page.canvasHash(), "the Julia set of the clicked point is on the canvas");
            long colours = ((Number) chrome.await("const c = document.getElementById('canvas');"
                    + "const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data; const seen = new Set();"
                    + "for (let i = 0; i < d.length; i += 4) seen.add((d[i] << 16) | (d[i + 1] << 8) | d[i + 2]); return seen.size;")).longValue();
            assertTrue(colours > 50, "a connected Julia set in many colours, not a blank picture: " + colours + " colours");
            Files.write(Site.outputDir().resolve("julia.png"), chrome.driver.getScreenshotAs(OutputType.BYTES));
        }
    }
}
