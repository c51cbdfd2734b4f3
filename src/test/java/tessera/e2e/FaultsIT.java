package tessera.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** A worker that fails mid-render: the render says which worker and tile, the pool heals, the next render is right. */
class FaultsIT extends PageTest {
    /**
     * Long enough (about a second on one worker) that each of two workers takes tiles well past the
     * fifth, however late the machine's load lets one of them start.
     */
    private static final String REQUEST = "{\"workload\":\"mandelbrot\",\"width\":640,\"height\":360,\"params\":{\"maxIter\":4000}}";

    @ParameterizedTest
    @CsvSource({"throw, shared", "crash, shared", "throw, transfer", "crash, transfer"})
    void aFailingWorkerIsReportedAndReplaced(String kind, String mode) throws Exception {
        chrome.driver.get(page.site.baseUrl + "?faults=inject&mode=" + mode);
        assertEquals(mode, chrome.await("return (await window.tessera.ready).mode;"));
        Map<String, Object> failed = chrome.await("await window.tessera.injectFault({worker: 1, tile: 5, kind: args[1]});"
                + " try { await window.tessera.render({...JSON.parse(args[0]), workers: 2}, {reuse: false}); return {resolved: true}; }"
                + " catch (e) { return {message: e.message}; }", REQUEST, kind);
        String message = String.valueOf(failed.get("message"));
        assertTrue(message.startsWith("worker 1 failed"), failed.toString());
        java.util.regex.Matcher tile = java.util.regex.Pattern.compile("injected " + kind + " at tile (\\d+)").matcher(message);
        assertTrue(tile.find() && Integer.parseInt(tile.group(1)) >= 5, failed.toString());
        assertEquals(message, chrome.driver.findElement(By.id("message")).getText(), "the page shows the error");
        Map<String, Object> next = page.render(REQUEST, 2);
        assertEquals(Cli.hash(REQUEST, 1), next.get("hash"));
        assertEquals(2L, next.get("workers"));
        assertEquals(2L, ((Map<String, Object>) chrome.await("return await window.tessera.ready;")).get("workers"));
    }

    @Test
    void faultsCannotBeInjectedIntoAnOrdinaryPage() {
        chrome.driver.get(page.site.baseUrl);
        chrome.await("await window.tessera.ready; return 1;");
        assertEquals("undefined", chrome.await("return typeof window.tessera.injectFault;"));
        Map<String, Object> result = chrome.await("return await window.tessera.render({...JSON.parse(args[0]), workers: 2});", REQUEST);
        assertEquals(640L, result.get("width"), result.toString());
    }

    @Test
    void aFaultFailsOnlyTheNextRender() throws Exception {
        chrome.driver.get(page.site.baseUrl + "?faults=inject");
        chrome.await("await window.tessera.ready; return 1;");
        Map<String, Object> outcome = chrome.await("await window.tessera.injectFault({worker: 0, tile: 0, kind: 'throw'});"
                + "const first = await window.tessera.render({...JSON.parse(args[0]), workers: 1}, {reuse: false})"
                + "  .then(() => 'rendered', e => e.message);"
                + "const second = await window.tessera.render({...JSON.parse(args[0]), workers: 1}, {reuse: false});"
                + "return {first, second: second.hash};", REQUEST);
        assertTrue(String.valueOf(outcome.get("first")).startsWith("worker 0 failed: tile 0: injected throw"), outcome.toString());
        assertEquals(Cli.hash(REQUEST, 1), outcome.get("second"));
    }
}
