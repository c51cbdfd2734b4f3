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
    /** About a second on one worker, with many tiles past the fifth for whichever worker takes them. */
    private static final String REQUEST = "{\"workload\":\"mandelbrot\",\"width\":640,\"height\":360,\"params\":{\"maxIter\":4000}}";

    @ParameterizedTest
    @CsvSource({"throw, shared", "crash, shared", "throw, transfer", "crash, transfer"})
    void aFailingWorkerIsReportedAndReplaced(String kind, String mode) throws Exception {
        chrome.driver.get(page.site.baseUrl + "?faults=inject&mode=" + mode);
        assertEquals(mode, chrome.await("return (await window.tessera.ready).mode;"));
        // Both workers carry the fault: which of them takes the tiles past the fifth is the machine's
        // scheduling (a worker that starts late may take none), and the first to take one fails.
        Map<String, Object> failed = chrome.await("for (const worker of [0, 1]) await window.tessera.injectFault({worker, tile: 5, kind: args[1]});"
                + " try { await window.tessera.render({...JSON.parse(args[0]), workers: 2}, {reuse: false}); return {resolved: true}; }"
                + " catch (e) { return {message: e.message}; }", REQUEST, kind);
        String message = String.valueOf(failed.get("message"));
        assertTrue(message.matches("worker [01] failed: .*"), failed.toString());
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
