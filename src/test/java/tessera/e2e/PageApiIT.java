package tessera.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The page's script API keeps the runtime's promises: every option of render and find is honoured
 * or refused by name, engines can be switched in any rhythm without an uncaught error or a worker
 * kept, a recording ends the same way whenever it is cancelled, and a centre with an absurd
 * exponent gets the JVM's answer.
 */
class PageApiIT {
    private static final String MANDELBROT = "{\"workload\":\"mandelbrot\",\"width\":640,\"height\":360,\"tileSize\":32,\"params\":{\"maxIter\":20000}}";
    private static final String SMALL = "{\"workload\":\"mandelbrot\",\"width\":160,\"height\":90,\"params\":{\"maxIter\":300}}";
    private static BrowserPage page;

    @BeforeAll
    static void open() throws Exception {
        page = BrowserPage.open(Site.start(), true, true);
        // Uncaught errors and rejections of the page, from here on.
        page.chrome.await("window.uncaught = [];"
                + "window.addEventListener('error', e => window.uncaught.push(String(e.message)));"
                + "window.addEventListener('unhandledrejection', e => window.uncaught.push(String(e.reason && e.reason.message || e.reason)));"
                + "return true;");
    }

    @AfterAll
    static void close() throws Exception {
        page.close();
    }

    @Test
    void renderHonoursItsSignalAndCallbacksAndRefusesWhatItDoesNotTake() throws Exception {
        Map<String, Object> aborted = page.chrome.await("const controller = new AbortController(); const phases = new Set();"
                + "const rendering = window.tessera.render(JSON.parse(args[0]), {signal: controller.signal, onProgress: p => {"
                + "  phases.add(p.phase); if (p.phase === 'tiles') controller.abort(); }});"
                + "const name = await rendering.then(() => 'finished', e => e.name);"
                + "return {name, phases: [...phases], message: document.getElementById('message').textContent};", MANDELBROT);
        assertEquals("AbortError", aborted.get("name"), aborted.toString());
        assertEquals(List.of("prepare", "tiles"), aborted.get("phases"));
        assertEquals("Cancelled.", aborted.get("message"));

        String bunny = Files.readString(Site.siteDir().resolve("scenes/cornell-bunny.json")).replace("\"samples\": 256", "\"samples\": 4");
        String converging = "{\"workload\":\"raytrace\",\"width\":64,\"height\":48,\"params\":{\"scene\":" + bunny + "}}";
        Map<String, Object> batches = page.chrome.await("const seen = [];"
                + "const result = await window.tessera.render(JSON.parse(args[0]), {progressive: true, onBatch: b => seen.push(b.samples)});"
                + "return {seen, samples: result.samples, hash: result.hash};", converging);
        assertEquals(Cli.hash(converging, 2, Site.siteDir()), batches.get("hash"));
        List<?> seen = (List<?>) batches.get("seen");
        assertTrue(!seen.isEmpty() && seen.get(seen.size() - 1).equals(batches.get("samples")), batches.toString());

        Map<String, Object> refused = page.chrome.await("return await window.tessera.render(JSON.parse(args[0]), {canvas: null, signl: 1});", SMALL);
        assertEquals("TypeError", refused.get("name"));
        assertEquals("render: unknown option \"canvas\"; the options are onProgress, signal, reuse, progressive, onBatch", refused.get("thrown"));
        Map<String, Object> badSignal = page.chrome.await("return await window.tessera.find(JSON.parse(args[0]), {signal: 'stop'});", SMALL);
        assertEquals("find: the option signal must be an AbortSignal, got string", badSignal.get("thrown"));
        assertEquals(List.of(), page.chrome.await("return window.uncaught;"));
    }

    @Test
    void enginesSwitchedBackToBackLeaveNoUncaughtErrorAndNoExtraWorker() throws Exception {
        Map<String, Object> outcome = page.chrome.await("const t = window.tessera;"
                + "const first = t.useEngine('js'); const second = t.useEngine('wasm');"
                + "await Promise.allSettled([first, second]);"
                + "const ready = await t.ready; const result = await t.render(JSON.parse(args[0]));"
                + "await new Promise(r => setTimeout(r, 0));"
                + "return {engine: ready.engine, workers: ready.workers, hash: result.hash, live: window.liveWorkers(), uncaught: window.uncaught};",
                SMALL);
        assertEquals("wasm", outcome.get("engine"), outcome.toString());
        assertEquals(Cli.hash(SMALL, 2), outcome.get("hash"));
        assertEquals(List.of(), outcome.get("uncaught"));
        assertEquals(outcome.get("workers"), outcome.get("live"), outcome.toString());
    }

    @Test
    void aRecordingEndsTheSameWayWhenItIsCancelledAndKeepsNoWorker() throws Exception {
        for (String how : List.of("useEngine", "cancel", "stop")) {
            Map<String, Object> outcome = page.chrome.await("const t = window.tessera; const how = args[1]; let frames = 0;"
                    + "const recording = t.recordZoom({request: JSON.parse(args[0]), toZoom: '1e6', seconds: 2, fps: 10, format: 'png-zip'},"
                    + "  {onProgress: p => { frames = p.frame; if (p.frame === 2) { if (how === 'useEngine') t.useEngine('wasm');"
                    + "   else if (how === 'cancel') t.cancel(); else t.stop(); } }});"
                    + "const name = await recording.then(() => 'finished', e => e.name);"
                    + "const ready = await t.ready; await t.render(JSON.parse(args[0]));"
                    + "return {name, frames, workers: ready.workers, live: window.liveWorkers()};", SMALL, how);
            assertEquals("AbortError", outcome.get("name"), how + ": " + outcome);
            assertEquals(2L, outcome.get("frames"), how + ": no frame after the cancel");
            assertEquals(outcome.get("workers"), outcome.get("live"), how + ": " + outcome);
        }
        for (String[] bad : new String[][] {{"format: '__proto__'", "format must be one of webm-vp9, webm-av1, mp4-h264, png-zip, got the text \"__proto__\""},
                {"format: 'png-zip', width: '64'", "width: must be an integer from 1 to 16384, got \"64\""},
                {"format: 'png-zip', width: 63", "a video's width must be an even whole number from 2 up, got 63"},
                {"format: 'png-zip', fps: '30'", "fps must be a whole number from 1 to 120, got the text \"30\""},
                {"format: 'png-zip', width: -2", "width: must be an integer from 1 to 16384, got -2"}}) {
            Map<String, Object> refused = page.chrome.await("return await window.tessera.recordZoom({request: JSON.parse(args[0]), toZoom: '1e6',"
                    + " seconds: 1, " + bad[0] + "});", SMALL);
            assertEquals(bad[1], refused.get("thrown"), bad[0]);
        }
        assertEquals(List.of(), page.chrome.await("return window.uncaught;"));
    }

    @Test
    void aCentreWithAnAbsurdExponentGetsTheJvmsAnswer() throws Exception {
        String zero = "{\"workload\":\"mandelbrot\",\"width\":48,\"height\":27,\"params\":{\"center\":{\"x\":\"0e999999999\",\"y\":\"1\"},"
                + "\"zoom\":\"1e300\",\"maxIter\":400}}";
        Map<String, Object> rendered = page.render(zero, 2);
        assertEquals(Cli.hash(zero, 2), rendered.get("hash"), rendered.toString());
        String absurd = zero.replace("0e999999999", "1e-999999999");
        Map<String, Object> refused = page.chrome.await("return await window.tessera.render(JSON.parse(args[0]));", absurd);
        assertEquals("params.center.x", refused.get("field"), refused.toString());
        String jvm = org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class, () -> Cli.report(absurd, 2)).getMessage();
        assertTrue(jvm.contains((String) refused.get("thrown")), jvm + " / " + refused);
    }
}
