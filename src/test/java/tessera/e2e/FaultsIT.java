package tessera.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;

/** A worker that fails mid-render: the render says which worker and tile, the pool heals, the next render is right. */
class FaultsIT extends PageTest {
    private static final String REQUEST = "{\"workload\":\"mandelbrot\",\"width\":640,\"height\":360,\"params\":{\"maxIter\":400}}";

    @ParameterizedTest
    @CsvSource({"throw, shared", "crash, shared", "throw, transfer", "crash, transfer"})
    void aFailingWorkerIsReportedAndReplaced(String kind, String mode) throws Exception {
        chrome.driver.get(page.site.baseUrl + "?faults=inject&mode=" + mode);
        assertEquals(mode, chrome.await("return (await window.tessera.ready).mode;"));
        Map<String, Object> failed = chrome.await("try { await window.tessera.render({...JSON.parse(args[0]), workers: 2},"
                + " {worker: 1, tile: 5, kind: args[1]}); return {resolved: true}; }"
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

    @ParameterizedTest
    @ValueSource(strings = {"crash"})
    void faultsCannotBeInjectedIntoAnOrdinaryPage(String kind) {
        chrome.driver.get(page.site.baseUrl);
        chrome.await("await window.tessera.ready; return 1;");
        Map<String, Object> result = chrome.await("return await window.tessera.render({...JSON.parse(args[0]), workers: 2},"
                + " {worker: 1, tile: 5, kind: args[1]});", REQUEST, kind);
        assertEquals(640L, result.get("width"), result.toString());
    }
}
