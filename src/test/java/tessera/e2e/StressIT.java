package tessera.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A hundred renders back to back, some cancelled, some replaced before they finish. */
class StressIT extends PageTest {
    private static final String LAST = "{\"workload\":\"mandelbrot\",\"width\":400,\"height\":240,\"workers\":2,"
            + "\"params\":{\"maxIter\":700,\"palette\":\"smooth\",\"zoom\":3}}";

    @ParameterizedTest
    @ValueSource(strings = {"shared", "transfer"})
    @SuppressWarnings("unchecked")
    void aHundredRendersWithRandomCancelsEndCorrectly(String mode) throws Exception {
        chrome.driver.get(page.site.baseUrl + "?mode=" + mode);
        assertEquals(mode, chrome.await("return (await window.tessera.ready).mode;"));
        Map<String, Object> outcome = chrome.await(
                "const errors = [];"
                + "window.addEventListener('error', (e) => errors.push(e.message));"
                + "window.addEventListener('unhandledrejection', (e) => errors.push(String(e.reason)));"
                + "let seed = 12345; const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;"
                + "const heapBefore = performance.memory ? performance.memory.usedJSHeapSize : null;"
                + "const pending = []; const outcomes = {done: 0, cancelled: 0, other: []};"
                + "for (let i = 0; i < 100; i++) {"
                + "  const request = {workload: random() < 0.8 ? 'mandelbrot' : 'raytrace', workers: 1 + Math.floor(random() * 2),"
                + "    width: 160 + Math.floor(random() * 320), height: 90 + Math.floor(random() * 180), params: {}};"
                + "  if (request.workload === 'mandelbrot') request.params = {maxIter: 50 + Math.floor(random() * 2000)};"
                + "  else request.params = {scene: await (await fetch('scenes/demo.json')).json()};"
                + "  const render = window.tessera.render(request).then(() => outcomes.done++,"
                + "    (e) => (e.name === 'AbortError' ? outcomes.cancelled++ : outcomes.other.push(e.message)));"
                + "  pending.push(render);"
                + "  const choice = random();"
                + "  if (choice < 0.3) window.tessera.cancel();"
                + "  else if (choice < 0.6) await render;"
                + "}"
                + "await Promise.all(pending);"
                + "const last = await window.tessera.render(JSON.parse(args[0]));"
                + "const heapAfter = performance.memory ? performance.memory.usedJSHeapSize : null;"
                + "return {errors, outcomes, hash: last.hash, workers: (await window.tessera.ready).workers,"
                + "  heapGrowthMb: heapBefore === null ? null : (heapAfter - heapBefore) / 1e6};", LAST);
        Map<String, Object> outcomes = (Map<String, Object>) outcome.get("outcomes");
        assertEquals(List.of(), outcome.get("errors"));
        assertEquals(List.of(), outcomes.get("other"), "only cancellations may end a render early");
        assertEquals(100L, ((Number) outcomes.get("done")).longValue() + ((Number) outcomes.get("cancelled")).longValue());
        assertTrue(((Number) outcomes.get("cancelled")).longValue() > 10, outcomes.toString());
        assertEquals(Cli.hash(LAST, 2), outcome.get("hash"));
        assertEquals(2L, outcome.get("workers"));
        if (outcome.get("heapGrowthMb") != null) {
            assertTrue(((Number) outcome.get("heapGrowthMb")).doubleValue() < 64, "main-thread heap grew by " + outcome.get("heapGrowthMb") + " MB");
        }
        System.out.println("stress, " + mode + " mode: " + outcome);
    }
}
