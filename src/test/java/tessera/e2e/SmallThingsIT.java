package tessera.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Small things that break trust: editing the zoom video's settings does not re-render the picture
 * (and so cannot cancel a recording started right after), Back to the page's first entry, which
 * names no view, returns the explorer to the start view, and the page does not shift as it loads.
 */
class SmallThingsIT extends PageTest {
    private static final String HELPERS = """
            const $ = (id) => document.getElementById(id);
            const finished = () => / in [\\d.]+ (ms|s)/.test($('message').textContent) && $('cancel').disabled;
            const until = async (condition, what) => {
              const deadline = performance.now() + 60000;
              while (!condition()) {
                if (performance.now() > deadline) throw new Error('waited a minute for ' + what + ': ' + $('message').textContent);
                await new Promise((r) => setTimeout(r, 20));
              }
            };
            let begun = 0;
            new MutationObserver(() => { begun += $('message').textContent === 'Rendering…' ? 1 : 0; }).observe($('message'), {childList: true});
            """;




    @Test
    void editingTheZoomVideoAndRecordingRightAwayRecordsWithoutRenderingTheView() {
        Map<String, Object> recorded = page.chrome.await(HELPERS + """
                await until(finished, 'the first picture');
                $('canvas-mandelbrot').dispatchEvent(new KeyboardEvent('keydown', {key: 'PageUp', bubbles: true}));
                await until(() => begun > 0 && finished(), 'the zoomed picture');
                for (const [id, value] of [['record-seconds', '1'], ['record-fps', '24']]) {
                  $(id).value = value;
                  $(id).dispatchEvent(new Event('input', {bubbles: true}));
                  $(id).dispatchEvent(new Event('change', {bubbles: true}));
                }
                $('record-start').click();
                await until(() => !$('record-download').hidden || /ancel|fail|could not/i.test($('record-status').textContent), 'the recording');
                return {status: $('record-status').textContent, downloadable: !$('record-download').hidden};""");
        assertTrue((Boolean) recorded.get("downloadable"), "recorded: " + recorded);
        assertFalse(((String) recorded.get("status")).contains("Cancelled"), recorded.toString());
    }

    @Test
    void backToTheFirstEntryReturnsToTheStartView() {
        Map<String, Object> back = page.chrome.await(HELPERS + """
                history.replaceState(null, '', location.pathname);
                await until(finished, 'the picture');
                const start = {x: $('loc-x').value, zoom: $('loc-zoom').value};
                history.pushState(null, '', location.pathname);
                const pushed = begun;
                $('canvas-mandelbrot').dispatchEvent(new KeyboardEvent('keydown', {key: 'PageUp', bubbles: true}));
                $('canvas-mandelbrot').dispatchEvent(new KeyboardEvent('keydown', {key: 'ArrowLeft', bubbles: true}));
                await until(() => begun > pushed && finished() && location.hash !== '', 'the moved picture');
                const moved = {x: $('loc-x').value, zoom: $('loc-zoom').value, hash: location.hash};
                const before = begun;
                history.back();
                await until(() => begun > before && finished(), 'the picture after Back');
                return {start, moved, after: {x: $('loc-x').value, zoom: $('loc-zoom').value}, hash: location.hash};""");
        @SuppressWarnings("unchecked")
        Map<String, Object> start = (Map<String, Object>) back.get("start");
        @SuppressWarnings("unchecked")
        Map<String, Object> moved = (Map<String, Object>) back.get("moved");
        assertFalse(start.get("zoom").equals(moved.get("zoom")), "the view moved: " + back);
        assertEquals(start, back.get("after"), "Back returns to the start view: " + back);
    }

    /** While the page loads, nothing moves: the lists keep their width and the picture its shape until the first picture is in. */
    @Test
    void thePageDoesNotShiftWhileItLoads() {
        chrome.driver.get(page.site.baseUrl + "?fresh=" + System.nanoTime());
        Map<String, Object> shifts = chrome.await("""
                const $ = (id) => document.getElementById(id);
                while (!(/ in [\\d.]+ (ms|s)/.test($('message')?.textContent ?? ''))) await new Promise((r) => setTimeout(r, 20));
                const entries = await new Promise((resolve) => new PerformanceObserver((list, observer) => { observer.disconnect(); resolve(list.getEntries()); })
                  .observe({type: 'layout-shift', buffered: true}));
                const before = $('canvas-mandelbrot').parentElement.classList.contains('pictured');
                return {total: entries.reduce((sum, e) => sum + e.value, 0), pictured: before,
                  sources: entries.filter((e) => e.value > 0.001).map((e) => [e.value, ...(e.sources ?? []).map((s) => s.node?.id || s.node?.nodeName)])};""");
        assertTrue(((Number) shifts.get("total")).doubleValue() < 0.01, "layout shift while loading: " + shifts);
        assertTrue((Boolean) shifts.get("pictured"), "the frame knows its picture came: " + shifts);
    }
}
