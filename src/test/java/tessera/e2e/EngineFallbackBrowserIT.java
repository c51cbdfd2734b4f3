package tessera.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;

/**
 * A browser whose WebAssembly lacks garbage collection, or that has no WebAssembly at all (as with
 * it switched off by policy): the page starts the JavaScript engine by itself, says so, and renders
 * the same picture. Chromium is made into such a browser by a script that runs before the page's own.
 */
class EngineFallbackBrowserIT {
    private static final String REQUEST = "{\"workload\":\"mandelbrot\",\"width\":640,\"height\":360,\"params\":{\"maxIter\":500}}";

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "WebAssembly.validate = () => false;|garbage-collection support",
        "delete globalThis.WebAssembly;|has no WebAssembly",
    })
    void theJavaScriptEngineTakesOverWithANote(String disable, String note) throws Exception {
        try (Site site = Site.start(); Chrome chrome = Chrome.start()) {
            chrome.driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", disable));
            chrome.driver.get(site.baseUrl);
            Map<String, Object> ready = chrome.await("return await window.tessera.ready;");
            assertEquals("js", ready.get("engine"), ready.toString());
            String status = chrome.driver.findElement(By.id("status")).getText();
            assertTrue(status.startsWith("JavaScript engine, 2 workers, shared memory.") && status.contains(note), status);
            assertEquals("true", chrome.driver.findElement(By.cssSelector("#engine option[value=wasm]")).getAttribute("disabled"));
            Map<String, Object> result = chrome.await("return await window.tessera.render({...JSON.parse(args[0]), workers: 2});", REQUEST);
            assertEquals(Cli.hash(REQUEST, 2), result.get("hash"), result.toString());
        }
    }
}
