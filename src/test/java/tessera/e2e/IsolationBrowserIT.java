package tessera.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** Served without COOP/COEP, the page says which headers are missing instead of failing silently. */
class IsolationBrowserIT {
    @Test
    void missingHeadersAreNamedOnThePageAndByReady() throws Exception {
        try (BrowserPage page = BrowserPage.open(Site.startWithoutIsolation(), false)) {
            Chrome chrome = page.chrome;
            assertEquals(Boolean.FALSE, chrome.await("return crossOriginIsolated;"));
            Map<String, Object> outcome = chrome.await("return await window.tessera.ready;");
            String message = String.valueOf(outcome.get("thrown"));
            assertTrue(message.contains("Cross-Origin-Opener-Policy: same-origin"), outcome.toString());
            assertTrue(message.contains("Cross-Origin-Embedder-Policy: require-corp"), outcome.toString());
            assertTrue(chrome.driver.findElement(By.id("unsupported")).isDisplayed());
            assertTrue(chrome.driver.findElement(By.id("unsupported")).getText().contains("SharedArrayBuffer"));
            assertFalse(chrome.driver.findElement(By.id("render")).isEnabled(), "no dead Render button");
            Map<String, Object> render = chrome.await("return await window.tessera.render({workload: 'mandelbrot', width: 8, height: 8});");
            assertEquals(message, render.get("thrown"));
        }
    }
}
