package tessera.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The page's thread never blocks on shared memory: Atomics.wait is replaced, before the page's own
 * scripts run, by a version that records every call made on the main thread, and the page then
 * renders a multi-stage pipeline (whose workers meet at a barrier), the ray tracer and a cancelled
 * Mandelbrot. The workers do wait (their barrier), which the record must not include.
 *
 * <p>Nor does it decode a render's pictures or hash its result, each tens of milliseconds at 4K:
 * createImageBitmap and crypto.subtle.digest are spied on the same way, in both render modes. Nor
 * does it ask which video formats the browser encodes: the first question to VideoEncoder starts the
 * browser's encoders, about 100 ms of whichever thread asks.
 */
class MainThreadBrowserIT {
    private static final String SPY = "const wait = Atomics.wait; window.mainThreadWaits = [];"
            + "Atomics.wait = function (...args) { window.mainThreadWaits.push(new Error().stack); return wait.apply(this, args); };";

    private static final String DECODE_AND_HASH_SPY = "window.mainThreadCalls = [];"
            + "const digest = crypto.subtle.digest.bind(crypto.subtle);"
            + "crypto.subtle.digest = (...args) => { window.mainThreadCalls.push('digest'); return digest(...args); };"
            + "const decode = window.createImageBitmap;"
            + "window.createImageBitmap = (...args) => { window.mainThreadCalls.push('createImageBitmap'); return decode(...args); };";

    private static final String VIDEO_SPY = "window.mainThreadCalls = [];"
            + "const supported = VideoEncoder.isConfigSupported.bind(VideoEncoder);"
            + "VideoEncoder.isConfigSupported = (...args) => { window.mainThreadCalls.push('isConfigSupported'); return supported(...args); };";

    @Test
    void theVideoFormatsAreAskedOffTheMainThread() throws Exception {
        try (Site site = Site.start(); Chrome chrome = Chrome.start()) {
            chrome.driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", VIDEO_SPY));
            chrome.driver.get(site.baseUrl);
            Map<String, Object> outcome = chrome.await("""
                    const formats = () => [...document.getElementById('record-format').options].map((o) => o.value);
                    while (!formats().includes('png-zip')) await new Promise((r) => setTimeout(r, 50));
                    return {formats: formats().join(' '), calls: window.mainThreadCalls,
                      spyInstalled: VideoEncoder.isConfigSupported.toString().includes('mainThreadCalls')};""");
            assertEquals(Boolean.TRUE, outcome.get("spyInstalled"), outcome.toString());
            // Chromium encodes VP9: the list is the worker's answer, not the zip alone
            assertTrue(String.valueOf(outcome.get("formats")).startsWith("webm-vp9"), outcome.toString());
            assertEquals(List.of(), outcome.get("calls"), "asked VideoEncoder on the main thread");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"shared", "transfer"})
    void picturesAreDecodedAndResultsHashedOffTheMainThread(String mode) throws Exception {
        try (Site site = Site.start(); Chrome chrome = Chrome.start()) {
            chrome.driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", DECODE_AND_HASH_SPY));
            chrome.driver.get(site.baseUrl + "?mode=" + mode);
            Map<String, Object> outcome = chrome.await("const ready = await window.tessera.ready;"
                    + "const result = await window.tessera.render({workload: 'pipeline', workers: 2,"
                    + "  params: {image: 'samples/spheres.png', ops: [{op: 'blur', radius: 2}, {op: 'sepia'}]}});"
                    + "return {mode: ready.mode, hash: result.hash, calls: window.mainThreadCalls};");
            assertEquals(mode, outcome.get("mode"), outcome.toString());
            assertTrue(String.valueOf(outcome.get("hash")).matches("[0-9a-f]{64}"), outcome.toString());
            assertEquals(List.of(), outcome.get("calls"), "decoded or hashed on the main thread");
        }
    }

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
