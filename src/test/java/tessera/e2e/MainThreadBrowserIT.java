package tessera.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The page's thread never blocks on shared memory: Atomics.wait is replaced, before the page's own
 * scripts run, by a version that records every call made on the main thread, and the page then
 * renders a multi-stage pipeline (whose workers meet at a barrier), the ray tracer and a cancelled
 * Mandelbrot. The workers do wait (their barrier), which the record must not include.
 */
class MainThreadBrowserIT {
    private static final String SPY = "const wait = Atomics.wait; window.mainThreadWaits = [];"
            + "Atomics.wait = function (...args) { window.mainThreadWaits.push(new Error().stack); return wait.apply(this, args); };";

    @Test
    @SuppressWarnings("unchecked")
    void atomicsWaitIsNeverCalledOnTheMainThread() throws Exception {
        try (Site site = Site.start(); Chrome chrome = Chrome.start()) {
            chrome.driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", SPY));
            chrome.driver.get(site.baseUrl);
            Map<String, Object> outcome = chrome.await("await window.tessera.ready;"
                    + "const pipeline = await window.tessera.render({workload: 'pipeline', workers: 2, params: {image: 'samples/spheres.png',"
                    + "  ops: [{op: 'blur', radius: 3}, {op: 'sepia'}, {op: 'sharpen', amount: 1}, {op: 'gaussian', sigma: 2}]}});"
                    + "const scene = await (await fetch('scenes/demo.json')).json();"
                    + "await window.tessera.render({workload: 'raytrace', workers: 2, params: {scene}});"
                    + "const cancelled = window.tessera.render({workload: 'mandelbrot', width: 1920, height: 1080, workers: 2}).catch(e => e.name);"
                    + "window.tessera.cancel();"
                    + "return {stages: pipeline.tiles, cancelled: await cancelled, waits: window.mainThreadWaits,"
                    + "  spyInstalled: Atomics.wait.toString().includes('mainThreadWaits')};");
            assertEquals(Boolean.TRUE, outcome.get("spyInstalled"), outcome.toString());
            assertEquals("AbortError", outcome.get("cancelled"), outcome.toString());
            assertEquals(List.of(), outcome.get("waits"), "Atomics.wait called on the main thread");
            assertTrue(((Number) outcome.get("stages")).intValue() > 0, outcome.toString());
        }
    }
}
