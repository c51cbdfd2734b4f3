package tessera.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.interactions.Actions;

/** The explorer knows the formula: chosen from describe()'s list, in links and places, passed on to the Julia set. */
class FormulaExplorerIT extends PageTest {
    /** A view explored: its renders go into the URL. */
    @BeforeEach
    void freshPage() {
        chrome.driver.get(page.site.baseUrl + "?fresh=" + System.nanoTime() + "#x=-0.4&y=-0.3&zoom=0.8&iter=500&palette=smooth");
        chrome.await("await window.tessera.ready; return 1;");
        waitForRender();
    }

    private String waitForRender() {
        return chrome.await("const m = document.getElementById('message');"
                + "const idle = () => m.textContent.includes(' in ') && document.getElementById('cancel').disabled;"
                + "while (!idle()) await new Promise(r => requestAnimationFrame(r));"
                + "return m.textContent;");
    }

    private void clearMessage() {
        chrome.await("document.getElementById('message').textContent = ''; return 1;");
    }

    private String value(String id) {
        return String.valueOf((Object) chrome.await("return document.getElementById(args[0]).value;", id));
    }

    private String hash() {
        return String.valueOf((Object) chrome.await("return location.hash;"));
    }

    private int colours() {
        Map<String, Object> seen = chrome.await("const c = document.getElementById('canvas-mandelbrot');"
                + "const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data; const seen = new Set();"
                + "for (let i = 0; i < d.length; i += 4) seen.add(d[i] * 65536 + d[i + 1] * 256 + d[i + 2]);"
                + "return {colours: seen.size};");
        return ((Number) seen.get("colours")).intValue();
    }

    private void choose(String id, String value) {
        clearMessage();
        chrome.await("const c = document.getElementById(args[0]); c.value = args[1];"
                + "c.dispatchEvent(new Event(c.tagName === 'SELECT' ? 'change' : 'input', {bubbles: true})); return 1;", id, value);
        waitForRender();
    }

    @Test
    void theChooserListsWhatDescribeListsAndEveryRenderAndLinkNamesTheFormula() {
        List<Object> offered = chrome.await("return [...document.getElementById('formula').options].map(o => o.value);");
        List<Object> described = chrome.await("const d = await window.tessera.describe();"
                + "return d.workloads.mandelbrot.formulas.map(f => f.id);");
        assertEquals(described, offered);
        assertTrue(offered.contains("burning-ship"), offered.toString());
        assertTrue(chrome.driver.findElement(By.id("power")).findElement(By.xpath("..")).isDisplayed() , "the classic formula has powers");
        choose("formula", "celtic");
        assertTrue(hash().contains("&formula=celtic"), hash());
        assertFalse(chrome.driver.findElement(By.id("power")).findElement(By.xpath("..")).isDisplayed(), "the Celtic has no powers");
        assertFalse(chrome.driver.findElement(By.id("find-minibrot")).isEnabled(), "minibrots are the Multibrot sets'");
        choose("formula", "multibrot");
        choose("power", "3");
        assertTrue(hash().endsWith("&formula=multibrot&power=3"), hash());
        assertTrue(colours() > 50, "a picture, not a flat colour");
        // Find minibrot in the Multibrot set of power 3: it goes in, and the link keeps the power
        clearMessage();
        chrome.driver.findElement(By.id("find-minibrot")).click();
        String found = chrome.await("const m = document.getElementById('message');"
                + "while (!(m.textContent.includes('has period') || m.classList.contains('error'))) await new Promise(r => requestAnimationFrame(r));"
                + "return m.textContent;");
        assertTrue(found.contains("The minibrot found here has period"), found);
        waitForRender();
        assertTrue(hash().endsWith("&formula=multibrot&power=3") && !hash().contains("zoom=0.8&"), hash());
        choose("power", "2");
        assertFalse(hash().contains("formula="), "the classic set's links are as they were: " + hash());
        assertTrue(chrome.driver.findElement(By.id("find-minibrot")).isEnabled());
    }

    @Test
    void aPlaceSetsItsFormulaAndALinkReproducesIt() {
        clearMessage();
        chrome.await("const select = document.getElementById('place');"
                + "select.value = [...select.options].find(o => o.text.includes('armada')).value;"
                + "select.dispatchEvent(new Event('change')); return 1;");
        waitForRender();
        assertEquals("burning-ship", value("formula"));
        String link = hash();
        assertTrue(link.contains("&formula=burning-ship"), link);
        assertTrue(colours() > 1000, "a picture, not a flat colour");
        String shown = String.valueOf((Object) chrome.await("return document.getElementById('canvas-mandelbrot').toDataURL();"));
        // The link in a new page: the same formula, the same picture.
        chrome.driver.get(page.site.baseUrl + "?fresh=" + System.nanoTime() + link);
        chrome.await("await window.tessera.ready; return 1;");
        waitForRender();
        assertEquals("burning-ship", value("formula"));
        assertEquals(shown, String.valueOf((Object) chrome.await("return document.getElementById('canvas-mandelbrot').toDataURL();")));
    }

    @Test
    void aLinkToAFormulaThePageDoesNotDrawSaysSo() {
        chrome.driver.get(page.site.baseUrl + "?fresh=" + System.nanoTime() + "#x=-0.5&y=0&zoom=1&iter=500&palette=smooth&formula=spider");
        chrome.await("await window.tessera.ready; return 1;");
        String message = chrome.await("const m = document.getElementById('message');"
                + "while (!m.textContent.includes('spider')) await new Promise(r => requestAnimationFrame(r)); return m.textContent;");
        assertTrue(message.contains("is not one this page draws"), message);
        assertEquals("multibrot", value("formula"));
    }

    @Test
    void aKallesFraktalerLocationOpensInItsFormula() {
        clearMessage();
        chrome.await("const files = new DataTransfer();"
                + "files.items.add(new File(['Re: -1.775\\r\\nIm: -0.035\\r\\nZoom: 18\\r\\nIterations: 1500\\r\\nFractalType: 1\\r\\nPower: 2\\r\\n'],"
                + " 'ship.kfr'));"
                + "const input = document.getElementById('kfr-file'); input.files = files.files;"
                + "input.dispatchEvent(new Event('change', {bubbles: true})); return 1;");
        waitForRender();
        assertEquals("burning-ship", value("formula"));
        assertTrue(hash().contains("zoom=9&") && hash().contains("&formula=burning-ship"), hash());
    }

    @Test
    void altClickOpensTheJuliaSetOfTheSameFormula() {
        choose("formula", "burning-ship");
        var canvas = chrome.driver.findElement(By.id("canvas-mandelbrot"));
        new Actions(chrome.driver).keyDown(org.openqa.selenium.Keys.ALT).moveToElement(canvas, 10, 10).click()
                .keyUp(org.openqa.selenium.Keys.ALT).perform();
        chrome.await("const m = document.getElementById('message');"
                + "while (document.getElementById('panel-julia').hidden || !m.textContent.includes(' in ')) await new Promise(r => requestAnimationFrame(r));"
                + "return 1;");
        assertEquals("burning-ship", value("julia-formula"));
    }
}
