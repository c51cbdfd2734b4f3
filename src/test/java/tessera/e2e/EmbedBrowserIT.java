package tessera.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;

/**
 * embed.html: the runtime alone on a page of its own. Its button paints the canvas; scripts render
 * through its window.tessera with no canvas at all, cancel with an AbortSignal, and ask describe().
 */
class EmbedBrowserIT {
    private static final String REQUEST = "{\"workload\":\"mandelbrot\",\"width\":480,\"height\":270,\"params\":{\"maxIter\":300}}";

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void theRuntimeAloneRendersPaintsCancelsAndDescribes(boolean isolated) throws Exception {
        try (Site site = isolated ? Site.start() : Site.startWithoutIsolation(); Chrome chrome = Chrome.start()) {
            chrome.driver.get(site.baseUrl + "embed.html");
            Map<String, Object> ready = chrome.await("return await window.tessera.ready;");
            assertEquals(isolated ? "shared" : "transfer", ready.get("mode"), ready.toString());

            Map<String, Object> headless = chrome.await("return await window.tessera.render({...JSON.parse(args[0]), workers: 2});", REQUEST);
            assertEquals(Cli.hash(REQUEST, 2), headless.get("hash"), "a render without a canvas");
            assertEquals((Object) 0L, chrome.await("const c = document.getElementById('picture');"
                    + "return c.getContext('2d').getImageData(0, 0, c.width, c.height).data.filter(b => b !== 0).length;"),
                    "a render without a canvas paints nothing");

            Map<String, Object> aborted = chrome.await("const controller = new AbortController();"
                    + "const pending = window.tessera.render({...JSON.parse(args[0]), width: 1920, height: 1080, params: {maxIter: 5000}},"
                    + " {signal: controller.signal, canvas: document.getElementById('picture')}).then(() => 'finished', e => e.name);"
                    + "controller.abort();"
                    + "const early = await window.tessera.render(args[0], {signal: AbortSignal.abort()}).then(() => 'finished', e => e.name);"
                    + "return {pending: await pending, early};", REQUEST);
            assertEquals(Map.of("pending", "AbortError", "early", "AbortError"), aborted);

            chrome.driver.findElement(By.id("render")).click();
            String status = chrome.await("const status = document.getElementById('status');"
                    + "while (!status.textContent.startsWith('Rendered')) await new Promise(r => requestAnimationFrame(r));"
                    + "return status.textContent;");
            assertTrue(status.startsWith("Rendered 960 × 540"), status);
            String embedRequest = "{\"workload\":\"mandelbrot\",\"width\":960,\"height\":540,\"params\":{\"maxIter\":500,\"palette\":\"smooth\"}}";
            assertEquals(Cli.hash(embedRequest, 2), chrome.await("const c = document.getElementById('picture');"
                    + "const bytes = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;"
                    + "const digest = await crypto.subtle.digest('SHA-256', bytes);"
                    + "return Array.from(new Uint8Array(digest), b => b.toString(16).padStart(2, '0')).join('');"),
                    "the button's picture on the canvas is the JVM's");

            Map<String, Object> description = chrome.await("return await window.tessera.describe();");
            assertTrue(((Map<?, ?>) description.get("workloads")).containsKey("mandelbrot"), description.toString());
        }
    }
}
