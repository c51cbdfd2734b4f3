package tessera.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What a newcomer sees first: the explorer opens on a smooth gradient full of colour rather than
 * the seed's mostly dark palette, and Find minibrot from there goes in to a minibrot and says its
 * period once the picture is in.
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
}
