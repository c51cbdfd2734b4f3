package tessera.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Small things that break trust: editing the zoom video's settings does not re-render the picture
 * (and so cannot cancel a recording started right after), and Back to the page's first entry, which
 * names no view, returns the explorer to the start view.
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
}
