package tessera.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Whatever replaces whatever — a converging picture by another, a deep view by another, across
 * tabs, a script's render by a control's and back — the controls describe the render in flight:
 * Cancel (or Stop, for a converging picture) stays on and the message says what runs, never blank.
 */
class ReplacedRenderIT {
    /** Deep and heavy: seconds of work on two cores, so it is still running when the next one starts. */
    private static final String DEEP = "{\"workload\":\"mandelbrot\",\"width\":640,\"height\":360,\"params\":{\"maxIter\":400000,"
            + "\"palette\":\"smooth\",\"center\":{\"x\":\"-0.743643887037158704752191506114774\",\"y\":\"0.131825904205311970493132056385139\"},"
            + "\"zoom\":\"%s\"}}";
    /**
     * Starts step {@code first}, waits until it is under way, starts {@code second}, waits until the
     * first is over and the second under way, and says what the controls show then; cancels after.
     * A step is {api: request text, progressive} or {control: id, value, tab}.
     */
    private static final String REPLACING = """
            const [first, second] = args;
            const $ = (id) => document.getElementById(id);
            const frames = async (until, what) => {
              const deadline = performance.now() + 60000;
              while (!until()) {
                if (performance.now() > deadline) throw new Error('waited a minute for ' + what);
                await new Promise((r) => requestAnimationFrame(r));
              }
            };
            const batches = [0, 0];
            const start = (step, k) => {
              if (step.api) {
                return window.tessera.render(JSON.parse(step.api), {progressive: step.progressive, onBatch: () => batches[k]++})
                  .then(() => 'finished', (e) => e.name);
              }
              if ($('tab-' + step.tab).getAttribute('aria-selected') !== 'true') {
                $('tab-' + step.tab).click();
              }
              const control = $(step.control);
              control.value = step.value;
              control.dispatchEvent(new Event('input', {bubbles: true}));
              control.dispatchEvent(new Event('change', {bubbles: true}));
              return null;
            };
            const converging = (step) => step.progressive || step.control === 'preset';
            const underWay = (step, k) => !$('cancel').disabled && (!converging(step) || (step.api ? batches[k] > 0 : $('cancel').textContent === 'Stop'));
            // Every render the page begins says 'Rendering…' first (the text node is replaced even when the text is the same).
            let begun = 0;
            const watching = new MutationObserver(() => { begun += $('message').textContent === 'Rendering…' ? 1 : 0; });
            watching.observe($('message'), {childList: true});
            let firstDone = null;
            let secondDone = null;
            try {
              firstDone = start(first, 0);
              await frames(() => underWay(first, 0), 'the first render');
              const begunBefore = begun;
              secondDone = start(second, 1);
              const firstOutcome = firstDone ? await firstDone : 'replaced';
              // A render started by a control begins once the controls rest.
              await frames(() => begun > begunBefore, 'the second render to begin');
              if (converging(second)) {
                await frames(() => underWay(second, 1), 'the second picture to converge');
              }
              return {first: firstOutcome, cancelDisabled: $('cancel').disabled, label: $('cancel').textContent,
                message: $('message').textContent, tab: document.querySelector('[role=tab][aria-selected=true]').dataset.workload};
            } finally {
              watching.disconnect();
              // Nothing left running for the next case, whatever happened here.
              window.tessera.cancel();
              await Promise.all([firstDone, secondDone]);
              await frames(() => $('cancel').disabled, 'the cancel to land');
            }
            """;
    private static BrowserPage page;
    private static String converging;

    @BeforeAll
    static void open() throws Exception {
        page = BrowserPage.open(Site.start(), true, false);
        String box = Files.readString(Site.siteDir().resolve("scenes/cornell-box.json")).replace("\"samples\": 64", "\"samples\": 4096");
        converging = "{\"workload\":\"raytrace\",\"width\":320,\"height\":320,\"params\":{\"scene\":" + box + "}}";
    }

    @AfterAll
    static void close() throws Exception {
        page.close();
    }

    private static Map<String, Object> api(String request, boolean progressive) {
        return Map.of("api", request, "progressive", progressive);
    }

    private static Map<String, Object> step(String kind) {
        switch (kind) {
            case "deep":
                return api(String.format(DEEP, "1e30"), false);
            case "deeper":
                return api(String.format(DEEP, "1e31"), false);
            case "converging":
                return api(converging, true);
            case "place":
                return Map.of("control", "place", "value", "4", "tab", "mandelbrot");
            case "teapot":
                return Map.of("control", "preset", "value", "teapot", "tab", "raytrace");
            case "cornell":
                return Map.of("control", "preset", "value", "cornell-box", "tab", "raytrace");
            default:
                throw new IllegalArgumentException(kind);
        }
    }

    @ParameterizedTest(name = "{0} replaced by {1}")
    @CsvSource({
        "deep, deeper, mandelbrot",
        "converging, converging, raytrace",
        "converging, deep, mandelbrot",
        "deep, converging, raytrace",
        "cornell, teapot, raytrace",
        "converging, teapot, raytrace",
        "teapot, converging, raytrace",
        "deep, place, mandelbrot",
    })
    void theControlsDescribeTheRenderInFlight(String first, String second, String tab) {
        Map<String, Object> shown = page.chrome.await(REPLACING, step(first), step(second));
        String what = first + " → " + second + ": " + shown;
        assertEquals(tab, shown.get("tab"), what);
        assertFalse((Boolean) shown.get("cancelDisabled"), "Cancel stays on: " + what);
        boolean convergingSecond = second.equals("converging") || second.equals("teapot") || second.equals("cornell");
        assertEquals(convergingSecond ? "Stop" : "Cancel", shown.get("label"), what);
        String message = (String) shown.get("message");
        assertNotEquals("", message, "the message says what runs: " + what);
        assertTrue(convergingSecond ? message.startsWith("Path tracing") : message.startsWith("Rendering"), what);
        if (!shown.get("first").equals("replaced")) {
            assertEquals("AbortError", shown.get("first"), "the first render was replaced, not finished: " + what);
        }
    }
}
