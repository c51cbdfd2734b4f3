package tessera.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;

/**
 * A tile that never ends (one 1024-pixel tile inside the Mandelbrot set at a million iterations a
 * pixel): cancelling frees its worker, the page says "Cancelled.", and the next render is right,
 * in both modes. Without the fix the next render waited for the stuck tile for ever.
 */
class StuckTileIT {
    private static final String ENDLESS = "{\"workload\":\"mandelbrot\",\"width\":1024,\"height\":1024,\"tileSize\":1024,"
            + "\"workers\":1,\"params\":{\"center\":{\"x\":-0.2,\"y\":0},\"zoom\":4,\"maxIter\":1000000,\"shortcuts\":false}}";
    private static final String NEXT = "{\"workload\":\"mandelbrot\",\"width\":320,\"height\":180,\"params\":{\"maxIter\":200}}";

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void cancellingFreesAWorkerStuckInATile(boolean isolated) throws Exception {
        try (BrowserPage page = BrowserPage.open(isolated ? Site.start() : Site.startWithoutIsolation(), true)) {
            Chrome chrome = page.chrome;
            Map<String, Object> outcome = chrome.await(
                    "const endless = window.tessera.render(JSON.parse(args[0])).then(() => 'finished', e => e.name);"
                    // Wait until the worker has the tile in its hands.
                    + "const strip = document.getElementById('live-strip');"
                    + "while (!strip.textContent.includes('worker 0: tile 0')) await new Promise(r => setTimeout(r, 20));"
                    + "window.tessera.cancel();"
                    + "const first = await endless;"
                    + "const message = document.getElementById('message').textContent;"
                    // A hang detector, not a timing: the render either completes or the test fails.
                    + "const next = await Promise.race([window.tessera.render({...JSON.parse(args[1]), workers: 2}),"
                    + "  new Promise(r => setTimeout(() => r({hash: 'still waiting after 30 s'}), 30000))]);"
                    + "return {first, message, hash: next.hash, workers: (await window.tessera.ready).workers};", ENDLESS, NEXT);
            assertEquals("AbortError", outcome.get("first"), outcome.toString());
            assertEquals("Cancelled.", outcome.get("message"), outcome.toString());
            assertEquals(Cli.hash(NEXT, 2), outcome.get("hash"), outcome.toString());
            assertEquals(2L, outcome.get("workers"));
            assertEquals(List.of(), chrome.driver.findElements(By.cssSelector("#message.error")), "no error shown");
        }
    }
}
