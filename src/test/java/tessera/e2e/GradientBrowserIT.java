package tessera.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A designed gradient (params.gradient) colours the same bytes in the browser as on the JVM, on
 * the Mandelbrot set shallow and deep and on a Julia set, and a new gradient on the same view
 * recolours what the last render kept instead of iterating again. The editor on the page makes
 * one: a preset, stops added on the bar and moved with the keys, a file opened, a link followed.
 */
class GradientBrowserIT extends PageTest {
    private static final String GRADIENT = "\"gradient\":{\"stops\":[{\"at\":0.1,\"color\":\"#1b0a3c\"},{\"at\":0.45,\"color\":\"#e0603a\"},"
            + "{\"at\":0.7,\"color\":\"#fbe7a1\"}],\"density\":37.5,\"offset\":0.3}";

    @Test
    void designedGradientsAreTheJvmsBytes() throws Exception {
        page.assertRendersLikeTheJvm("{\"workload\":\"mandelbrot\",\"width\":160,\"height\":90,\"params\":{\"maxIter\":500," + GRADIENT + "}}");
        page.assertRendersLikeTheJvm("{\"workload\":\"mandelbrot\",\"width\":96,\"height\":54,\"params\":{\"maxIter\":4000,\"palette\":\"distance\","
                + "\"center\":{\"x\":\"-0.743643887037158704752191506114774\",\"y\":\"0.131825904205311970493132056385139\"},"
                + "\"zoom\":\"1e30\"," + GRADIENT + "}}");
        page.assertRendersLikeTheJvm("{\"workload\":\"julia\",\"width\":120,\"height\":80,\"params\":{\"maxIter\":300,\"palette\":\"equalised\","
                + GRADIENT.replace(",\"density\":37.5", "") + "}}");
    }

    @Test
    void aNewGradientOnTheSameViewRecoloursWithoutIterating() throws Exception {
        String view = "{\"workload\":\"mandelbrot\",\"width\":200,\"height\":120,\"params\":{\"maxIter\":2000,\"palette\":\"smooth\"";
        String first = view + "}}";
        String second = view + "," + GRADIENT + "}}";
        Map<String, Object> result = page.chrome.await("await window.tessera.render(JSON.parse(args[0]));"
                + "return await window.tessera.render(JSON.parse(args[1]));", first, second);
        assertEquals(true, result.get("reused"), result.toString());
        assertEquals(Cli.hash(second, 2, Site.siteDir()), result.get("hash"));
    }

    private static final String FINISHED = """
            const $ = (id) => document.getElementById(id);
            const finished = () => / in [\\d.]+ (ms|s)/.test($('message').textContent) && $('cancel').disabled;
            let begun = false;
            new MutationObserver(() => { begun ||= $('message').textContent === 'Rendering…'; }).observe($('message'), {childList: true});
            const rendered = async () => { while (!(begun && finished())) await new Promise((r) => setTimeout(r, 20)); begun = false; };
            """;

    @Test
    void theEditorDesignsTheGradientThePictureIsColouredWith() throws Exception {
        chrome.driver.get(page.site.baseUrl);
        Map<String, Object> made = chrome.await(FINISHED + """
                while (!finished()) await new Promise((r) => setTimeout(r, 20));
                $('tab-mandelbrot').click();
                $('gradient-on').click();
                await rendered();
                const preset = $('gradient-preset');
                preset.value = 'Sunset';
                preset.dispatchEvent(new Event('change', {bubbles: true}));
                await rendered();
                // A stop added by a click on the bar, three quarters along, then moved right with the arrow key.
                const bar = document.querySelector('#gradient-editor .gradient-bar');
                const box = bar.getBoundingClientRect();
                bar.dispatchEvent(new PointerEvent('pointerdown', {bubbles: true, clientX: box.left + box.width * 0.9, clientY: box.top + 5}));
                await rendered();
                const added = document.activeElement;
                added.dispatchEvent(new KeyboardEvent('keydown', {key: 'ArrowRight', bubbles: true}));
                await rendered();
                const c = $('canvas-mandelbrot');
                return {labels: [...bar.children].map((b) => b.getAttribute('aria-label')).join('; '), width: c.width, height: c.height,
                  maxIter: $('maxIter').value, message: $('message').textContent};""");
        String labels = (String) made.get("labels");
        // Added where the bar was clicked, nine tenths along (to the pixel), then moved a hundredth right.
        double added = Double.parseDouble(labels.split("; ")[4].replaceAll("Stop at ([\\d.]+) %.*", "$1")) / 100;
        assertTrue(added > 0.905 && added < 0.925, labels);
        assertTrue(((String) made.get("message")).contains("recoloured"), made.toString());
        String request = "{\"workload\":\"mandelbrot\",\"width\":" + made.get("width") + ",\"height\":" + made.get("height")
                + ",\"params\":{\"maxIter\":" + made.get("maxIter") + ",\"palette\":\"smooth\",\"gradient\":{\"stops\":["
                + "{\"at\":0,\"color\":\"#1b0a3c\"},{\"at\":0.3,\"color\":\"#7b1f5c\"},{\"at\":0.55,\"color\":\"#e0603a\"},"
                + "{\"at\":0.8,\"color\":\"#fbe7a1\"},{\"at\":" + added + ",\"color\":\"" + stopColour(labels, 4) + "\"}],\"density\":48,\"offset\":0}}}";
        assertEquals(Cli.hash(request, 2, Site.siteDir()), page.canvasHash(), "the picture is the JVM's of the gradient the editor shows");
    }

    @Test
    void aGradientFileIsOpenedOrRefusedInWords() {
        chrome.driver.get(page.site.baseUrl);
        Map<String, Object> opened = chrome.await(FINISHED + """
                while (!finished()) await new Promise((r) => setTimeout(r, 20));
                const open = async (name, text) => {
                  const files = new DataTransfer();
                  files.items.add(new File([text], name, {type: 'application/json'}));
                  const input = $('gradient-file');
                  input.files = files.files;
                  input.dispatchEvent(new Event('change', {bubbles: true}));
                  while (!$('message').textContent.includes(name)) await new Promise((r) => setTimeout(r, 20));
                  return $('message').textContent;
                };
                const bad = await open('bad.json', '{"stops": [{"at": 0.7, "color": "#000000"}, {"at": 0.2, "color": "#ffffff"}]}');
                const broken = await open('broken.json', '{"stops": [');
                const files = new DataTransfer();
                files.items.add(new File(['{"stops": [{"at": 0.25, "color": "#123456"}], "density": 20, "offset": 0.5}'], 'good.json'));
                $('gradient-file').files = files.files;
                $('gradient-file').dispatchEvent(new Event('change', {bubbles: true}));
                await rendered();
                return {bad, broken, good: $('message').textContent, on: $('gradient-on').checked, density: $('gradient-density').value,
                  stops: document.querySelectorAll('#gradient-editor .gradient-stop').length};""");
        assertTrue(((String) opened.get("bad")).contains("rising order"), opened.toString());
        assertTrue(((String) opened.get("broken")).contains("not JSON"), opened.toString());
        assertTrue(((String) opened.get("good")).contains("recoloured"), "the picture follows the gradient opened: " + opened);
        assertEquals(true, opened.get("on"));
        assertEquals("20", opened.get("density"));
        assertEquals(1L, opened.get("stops"));
    }

    @Test
    void aLinkCarriesTheGradient() {
        chrome.driver.get(page.site.baseUrl + "#x=-0.75&y=0.1&zoom=3e0&iter=800&palette=smooth&gradient="
                + java.net.URLEncoder.encode("0:000000,0.5:ff8800;30;0.25", java.nio.charset.StandardCharsets.UTF_8));
        Map<String, Object> linked = chrome.await(FINISHED + """
                while (!finished()) await new Promise((r) => setTimeout(r, 20));
                return {on: $('gradient-on').checked, density: $('gradient-density').value, offset: $('gradient-offset').value,
                  stops: [...document.querySelectorAll('#gradient-editor .gradient-stop')].map((b) => b.getAttribute('aria-label')).join('; '),
                  hash: location.hash};""");
        assertEquals(true, linked.get("on"), linked.toString());
        assertEquals("30", linked.get("density"));
        assertEquals("0.25", linked.get("offset"));
        assertEquals("Stop at 0 %, #000000; Stop at 50 %, #ff8800", linked.get("stops"));
        assertTrue(((String) linked.get("hash")).contains("gradient="), linked.toString());
        chrome.driver.get(page.site.baseUrl + "#x=-0.75&y=0.1&zoom=3e0&iter=800&palette=smooth&gradient=0.5:000000,0.2:ffffff");
        String message = chrome.await(FINISHED + """
                while (!$('message').textContent.includes('gradient')) await new Promise((r) => setTimeout(r, 20));
                return $('message').textContent;""");
        assertTrue(message.contains("The link's gradient could not be read"), message);
    }

    @Test
    void cyclingTurnsTheOffsetAndRecoloursUntilItIsTurnedOff() {
        chrome.driver.get(page.site.baseUrl);
        Map<String, Object> cycled = chrome.await(FINISHED + """
                while (!finished()) await new Promise((r) => setTimeout(r, 20));
                $('gradient-on').click();
                await rendered();
                const offsets = new Set();
                const messages = new Set();
                $('gradient-speed').value = '120';
                $('gradient-cycle').click();
                const until = performance.now() + 20000;
                while (offsets.size < 4 && performance.now() < until) {
                  await rendered();
                  offsets.add($('gradient-offset').value);
                  messages.add($('message').textContent.includes('recoloured'));
                }
                $('gradient-cycle').click();
                await new Promise((r) => setTimeout(r, 500));
                const stopped = $('gradient-offset').value;
                await new Promise((r) => setTimeout(r, 500));
                return {offsets: offsets.size, recoloured: [...messages].join(), stopped, after: $('gradient-offset').value};""");
        assertTrue(((Number) cycled.get("offsets")).intValue() >= 4, "the offset turns from render to render: " + cycled);
        assertEquals("true", cycled.get("recoloured"), "each step only recolours: " + cycled);
        assertEquals(cycled.get("stopped"), cycled.get("after"), "turned off, it stays: " + cycled);
    }

    @Test
    void aStopIsDraggedAlongTheBarWithThePointer() {
        chrome.driver.get(page.site.baseUrl);
        chrome.await(FINISHED + """
                while (!finished()) await new Promise((r) => setTimeout(r, 20));
                $('gradient-on').click();
                await rendered();
                return 1;""");
        org.openqa.selenium.WebElement handle = chrome.driver.findElements(org.openqa.selenium.By.cssSelector("#gradient-editor .gradient-stop")).get(2);
        double width = ((Number) chrome.await("return document.querySelector('#gradient-editor .gradient-bar').clientWidth;")).doubleValue();
        org.openqa.selenium.interactions.Actions drag = new org.openqa.selenium.interactions.Actions(chrome.driver).clickAndHold(handle);
        for (int i = 0; i < 10; i++) {
            drag = drag.moveByOffset(4, 0);
        }
        drag.release().perform();
        String label = chrome.await("return document.querySelectorAll('#gradient-editor .gradient-stop')[2].getAttribute('aria-label');");
        double at = Double.parseDouble(label.replaceAll("Stop at ([\\d.]+) %.*", "$1")) / 100;
        // From 0.42, forty pixels along a bar this wide, every step of the drag followed.
        assertEquals(0.42 + 40 / width, at, 0.02, label);
    }

    /** The colour of stop {@code index} from the handles' labels ("Stop at 91 %, #rrggbb"). */
    private static String stopColour(String labels, int index) {
        return labels.split("; ")[index].replaceAll(".*, ", "");
    }
}
