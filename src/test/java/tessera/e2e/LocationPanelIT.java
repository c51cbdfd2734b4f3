package tessera.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Depth by hand: the Mandelbrot tab's location fields follow the explorer and take an edit, Page Up
 * and Page Down zoom a thousandfold, the wheel zooms as far a notch as the setting says, and a
 * Kalles Fraktaler location (.kfr) opens where it says and is saved back the same.
 */
class LocationPanelIT extends PageTest {
    /** Helpers every step below uses: `act(what)` does it and waits for the render it starts to finish. */
    private static final String HELPERS = """
            const $ = (id) => document.getElementById(id);
            const finished = () => / in [\\d.]+ (ms|s)/.test($('message').textContent) && $('cancel').disabled;
            const act = async (what) => {
              let begun = false;
              const watching = new MutationObserver(() => { begun ||= $('message').textContent === 'Rendering…'; });
              watching.observe($('message'), {childList: true});
              await what();
              const deadline = performance.now() + 60000;
              while (!(begun && finished())) {
                if (performance.now() > deadline) throw new Error('no render finished: ' + $('message').textContent);
                await new Promise((r) => setTimeout(r, 20));
              }
              watching.disconnect();
            };
            const edit = (id, value) => { $(id).value = value; $(id).dispatchEvent(new Event('change', {bubbles: true})); };
            const fields = () => ({x: $('loc-x').value, y: $('loc-y').value, zoom: $('loc-zoom').value, hash: location.hash,
              depth: $('depth').textContent, message: $('message').textContent});
            """;


    @BeforeAll
    void startFromAPicture() {
        // A small picture of few iterations: what is tested is where the view goes, not the picture's detail.
        page.chrome.await(HELPERS + """
                while (!finished()) await new Promise((r) => setTimeout(r, 20));
                await act(() => { $('size').value = 'custom'; $('size').dispatchEvent(new Event('change', {bubbles: true})); });
                for (const [id, value] of [['width', '240'], ['height', '135'], ['maxIter', '400']]) {
                  await act(() => { $(id).value = value; $(id).dispatchEvent(new Event('input', {bubbles: true})); $(id).dispatchEvent(new Event('change', {bubbles: true})); });
                }
                return {};""");
    }


    private Map<String, Object> run(String steps) {
        return page.chrome.await(HELPERS + steps);
    }

    @Test
    void theFieldsFollowTheExplorerAndAnEditMovesIt() {
        Map<String, Object> start = run("return fields();");
        assertEquals("1", start.get("zoom"), "the start view: " + start);
        Map<String, Object> edited = run("""
                await act(() => { edit('loc-x', '-0.743643887037158704752191506114774'); });
                await act(() => { edit('loc-y', '0.131825904205311970493132056385139'); });
                await act(() => { edit('loc-zoom', '2.5e20'); });
                return fields();""");
        assertEquals("2.5e20", edited.get("zoom"), edited.toString());
        assertTrue(((String) edited.get("hash")).contains("zoom=2.5e20"), "the link follows: " + edited);
        assertTrue(((String) edited.get("hash")).contains("x=-0.743643887037158704752"), edited.toString());
        assertTrue(((String) edited.get("x")).startsWith("-0.743643887037158704752"), edited.toString());
        assertEquals("Zoom 2.5 × 10²⁰", edited.get("depth"));

        Map<String, Object> paged = run("""
                $('canvas-mandelbrot').focus();
                for (let i = 0; i < 3; i++) {
                  await act(() => $('canvas-mandelbrot').dispatchEvent(new KeyboardEvent('keydown', {key: 'PageUp', bubbles: true})));
                }
                const deeper = fields();
                await act(() => $('canvas-mandelbrot').dispatchEvent(new KeyboardEvent('keydown', {key: 'PageDown', bubbles: true})));
                return {deeper: deeper.zoom, back: fields().zoom};""");
        assertEquals("2.5e29", paged.get("deeper"), "three Page Ups: a billionfold; " + paged);
        assertEquals("2.5e26", paged.get("back"), paged.toString());

        Map<String, Object> wheeled = run("""
                const wheel = () => $('canvas-mandelbrot').dispatchEvent(new WheelEvent('wheel', {deltaY: -100, deltaMode: 0,
                  clientX: $('canvas-mandelbrot').getBoundingClientRect().left + 10, clientY: $('canvas-mandelbrot').getBoundingClientRect().top + 10,
                  bubbles: true, cancelable: true}));
                const before = Number(fields().zoom);
                await act(wheel);
                const slow = Number(fields().zoom) / before;
                $('zoom-speed').value = '10';
                $('zoom-speed').dispatchEvent(new Event('change', {bubbles: true}));
                await act(wheel);
                return {slow, fast: Number(fields().zoom) / before / slow};""");
        assertEquals(Math.exp(0.2), ((Number) wheeled.get("slow")).doubleValue(), 1e-9, "a notch, as before: " + wheeled);
        assertEquals(10, ((Number) wheeled.get("fast")).doubleValue(), 1e-9, "a notch at 10× a notch: " + wheeled);

        Map<String, Object> wrong = run("""
                edit('loc-x', 'left of the cardioid');
                return {...fields(), invalid: $('loc-x').getAttribute('aria-invalid'), error: $('message').classList.contains('error')};""");
        assertEquals("The location's x must be a decimal number such as -0.75, got \"left of the cardioid\".", wrong.get("message"));
        assertEquals("true", wrong.get("invalid"));
        assertTrue((Boolean) wrong.get("error"));
        Map<String, Object> mended = run("await act(() => edit('loc-x', '-0.75')); return {...fields(), invalid: $('loc-x').getAttribute('aria-invalid')};");
        assertEquals("false", mended.get("invalid"), "the page works on: " + mended);
    }

    @Test
    void aKallesFraktalerLocationOpensWhereItSaysAndIsSavedBackTheSame() {
        Map<String, Object> opened = run("""
                const text = 'Re: -1.7490930646633838735945779\\r\\nIm: 0.0000000000000000000000000000034\\r\\nZoom: 4E31\\r\\n'
                  + 'Iterations: 6000\\r\\nColorMethod: 7\\r\\nColors: 255,255,255,128,0,64,\\r\\nFractalType: 0\\r\\n';
                const files = new DataTransfer();
                files.items.add(new File([text], 'antenna.kfr'));
                await act(() => { $('kfr-file').files = files.files; $('kfr-file').dispatchEvent(new Event('change', {bubbles: true})); });
                const saved = new Promise((resolve) => {
                  const click = HTMLAnchorElement.prototype.click;
                  HTMLAnchorElement.prototype.click = function () {
                    HTMLAnchorElement.prototype.click = click;
                    fetch(this.href).then((r) => r.text()).then((body) => resolve({name: this.download, body}));
                  };
                });
                $('kfr-save').click();
                return {...fields(), iterations: $('maxIter').value, saved: await saved};""");
        assertEquals("2e31", opened.get("zoom"), "Kalles Fraktaler's zoom 1 shows twice the height: " + opened);
        assertEquals("6000", opened.get("iterations"));
        assertTrue(((String) opened.get("x")).startsWith("-1.7490930646633838735945779"), opened.toString());
        assertTrue(((String) opened.get("y")).startsWith("0.0000000000000000000000000000034"), opened.toString());
        @SuppressWarnings("unchecked")
        Map<String, Object> saved = (Map<String, Object>) opened.get("saved");
        assertEquals("tessera-location.kfr", saved.get("name"));
        assertEquals("Re: " + opened.get("x") + "\r\nIm: " + opened.get("y") + "\r\nZoom: 4E31\r\nIterations: 6000\r\nFractalType: 0\r\nPower: 2\r\n",
                saved.get("body"));

        Map<String, Object> refused = run("""
                const files = new DataTransfer();
                files.items.add(new File(['just some notes'], 'notes.txt'));
                $('kfr-file').files = files.files;
                $('kfr-file').dispatchEvent(new Event('change', {bubbles: true}));
                const deadline = performance.now() + 5000;
                while (!$('message').textContent.startsWith('notes.txt') && performance.now() < deadline) await new Promise((r) => setTimeout(r, 20));
                return fields();""");
        assertEquals("notes.txt: This is no Kalles Fraktaler location (.kfr): it has no Re, Im, Zoom lines.", refused.get("message"));
        assertEquals(opened.get("zoom"), refused.get("zoom"), "the view stays where it was");
    }
}
