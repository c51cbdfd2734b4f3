package tessera.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What a newcomer sees first: the explorer opens on a smooth gradient full of colour rather than
 * the seed's mostly dark palette, and Find minibrot from there goes in to a minibrot and says its
 * period once the picture is in. Before that picture the page fetches one script of its own; what
 * the picture does not need comes later, while the page is idle.
 */
class FirstPictureIT extends PageTest {
    private static final String FINISHED = """
            const $ = (id) => document.getElementById(id);
            const finished = () => / in [\\d.]+ (ms|s)/.test($('message').textContent) && $('cancel').disabled;
            """;




    @Test
    void theExplorerOpensOnASmoothPaletteAndFindMinibrotGoesIn() {
        Map<String, Object> first = page.chrome.await(FINISHED + """
                while (!finished()) await new Promise((r) => setTimeout(r, 20));
                const canvas = $('canvas-mandelbrot');
                const pixels = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
                const colours = new Set();
                let dark = 0;
                for (let i = 0; i < pixels.length; i += 4) {
                  colours.add((pixels[i] << 16) | (pixels[i + 1] << 8) | pixels[i + 2]);
                  dark += pixels[i] + pixels[i + 1] + pixels[i + 2] < 60 ? 1 : 0;
                }
                return {palette: $('palette').value, colours: colours.size, dark: dark / (pixels.length / 4), depth: $('depth').textContent};""");
        assertEquals("smooth", first.get("palette"));
        assertTrue(((Number) first.get("colours")).intValue() > 500, "a gradient, not a few bands: " + first);
        assertTrue(((Number) first.get("dark")).doubleValue() < 0.5, "mostly colour, not dark: " + first);

        Map<String, Object> found = page.chrome.await(FINISHED + """
                $('find-minibrot').click();
                const deadline = performance.now() + 60000;
                await new Promise((r) => setTimeout(r, 0));
                while (!(finished() && $('depth').textContent !== 'Zoom 1') && performance.now() < deadline) await new Promise((r) => setTimeout(r, 20));
                return {message: $('message').textContent, depth: $('depth').textContent, zoom: $('loc-zoom').value};""");
        assertTrue(Double.parseDouble((String) found.get("zoom")) > 2, "went in: " + found);
        assertTrue(((String) found.get("message")).matches(".* in [\\d.]+ m?s.* The minibrot found here has period \\d+\\."), found.toString());
    }

    @Test
    void beforeItsFirstPictureThePageFetchesOneScriptAndTheRestComesWhileIdle() {
        Map<String, Object> scripts = page.chrome.await("""
                const first = () => performance.getEntriesByName('tessera:first-picture')[0];
                const fetched = (name) => performance.getEntriesByType('resource').find((e) => e.name.endsWith(name));
                while (!first() || !fetched('/js/vendor/code-editor.js') || !fetched('/js/runtime/video-formats.worker.js')) {
                  await new Promise((r) => setTimeout(r, 50));
                }
                const at = first().startTime;
                const path = (e) => new URL(e.name).pathname;
                const js = performance.getEntriesByType('resource').filter((e) => path(e).endsWith('.js'));
                const files = (entries) => [...new Set(entries.map(path))].sort().join(' ');
                return {
                  before: files(js.filter((e) => e.startTime < at)),
                  after: files(js.filter((e) => e.startTime >= at)),
                  scene: document.getElementById('tab-raytrace').getAttribute('aria-selected'),
                };""");
        // The page's own modules are one bundle, and each worker's another (the worker fetches its
        // engine itself, out of the page's sight).
        assertEquals("/js/page/app.js /js/page/unsupported.js /js/runtime/render.worker.js", scripts.get("before"), scripts.toString());
        // The code editor (its view, its setup and the JSON language, with the parts they share) and the worker that asks
        // the video library which formats this browser encodes: after it, though the ray tracer's tab
        // was never opened.
        assertTrue(String.valueOf(scripts.get("after")).matches("/js/runtime/video-formats\\.worker\\.js "
                + "(/js/vendor/code-editor-chunk-\\w+\\.js ){2}/js/vendor/code-editor-setup\\.js /js/vendor/code-editor-view\\.js "
                + "/js/vendor/code-editor\\.js"), scripts.toString());
        assertEquals("false", scripts.get("scene"));
    }
}
