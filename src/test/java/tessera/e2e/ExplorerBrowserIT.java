package tessera.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.interactions.WheelInput;

/** The Mandelbrot explorer driven with real input events; links reproduce what was seen. */
class ExplorerBrowserIT extends PageTest {
    private WebElement canvas;

    @BeforeEach
    void freshPage() {
        chrome.driver.get(page.site.baseUrl + "?fresh=" + System.nanoTime());
        chrome.await("await window.tessera.ready; return 1;");
        waitForRender();
        canvas = chrome.driver.findElement(By.id("canvas-mandelbrot"));
    }

    /** Waits until the page reports a finished render and no render is in flight. */
    private String waitForRender() {
        return chrome.await("const m = document.getElementById('message');"
                + "const idle = () => m.textContent.includes(' in ') && document.getElementById('cancel').disabled;"
                + "while (!idle()) await new Promise(r => requestAnimationFrame(r));"
                + "return m.textContent;");
    }

    private Map<String, Object> view() {
        return chrome.await("const p = new URLSearchParams(location.hash.slice(1));"
                + "return {x: Number(p.get('x')), y: Number(p.get('y')), zoom: Number(p.get('zoom')), iter: Number(p.get('iter'))};");
    }

    private void clearMessage() {
        chrome.await("document.getElementById('message').textContent = ''; return 1;");
    }

    /** The Zoom video panel records the zoom out from the view on screen and offers the file to download. */
    @Test
    void theZoomVideoPanelRecordsAndOffersTheFile() {
        chrome.driver.get(page.site.baseUrl + "?fresh=" + System.nanoTime() + "#x=-0.743643887037158&y=0.131825904205312&zoom=1e6");
        Map<String, Object> outcome = chrome.await("await window.tessera.ready;"
                + "const wait = async (done) => { while (!done()) await new Promise(r => setTimeout(r, 50)); };"
                + "await wait(() => !document.getElementById('record-start').disabled);"
                + "document.getElementById('record-seconds').value = '1';"
                + "document.getElementById('record-fps').value = '24';"
                + "document.getElementById('record-size').value = '640x360';"
                + "document.getElementById('record-start').click();"
                + "const link = document.getElementById('record-download');"
                + "await wait(() => !link.hidden || document.getElementById('record-status').classList.contains('error'));"
                + "const blob = link.hidden ? null : await (await fetch(link.href)).blob();"
                + "return {status: document.getElementById('record-status').textContent, file: link.download,"
                + " size: blob ? blob.size : 0, type: blob ? blob.type : null};");
        assertTrue(String.valueOf(outcome.get("status")).startsWith("24 frames in "), outcome.toString());
        assertEquals("tessera-zoom.webm", outcome.get("file"), outcome.toString());
        assertEquals("video/webm", outcome.get("type"), outcome.toString());
        assertTrue(((Number) outcome.get("size")).longValue() > 10_000, outcome.toString());
    }

    @Test
    void draggingRightMovesTheViewLeft() {
        clearMessage();
        new Actions(chrome.driver).moveToElement(canvas).clickAndHold().moveByOffset(120, 0).release().perform();
        waitForRender();
        Map<String, Object> view = view();
        assertTrue(((Number) view.get("x")).doubleValue() < -0.75, view.toString());
        assertEquals(0.0, ((Number) view.get("y")).doubleValue(), 1e-12, view.toString());
        assertEquals(1.0, ((Number) view.get("zoom")).doubleValue(), view.toString());
    }

    @Test
    void wheelZoomsInAroundThePointer() {
        clearMessage();
        new Actions(chrome.driver).scrollFromOrigin(WheelInput.ScrollOrigin.fromElement(canvas, 200, 0), 0, -300).perform();
        waitForRender();
        Map<String, Object> view = view();
        double zoom = ((Number) view.get("zoom")).doubleValue();
        assertTrue(zoom > 1.5, view.toString());
        assertTrue(((Number) view.get("x")).doubleValue() > -0.75, "the point right of centre stays put, so the centre moves right: " + view);
        assertTrue(((Number) view.get("iter")).doubleValue() > 1000, "iterations scale with zoom: " + view);
    }

    @Test
    void keyboardPansZoomsAndResets() {
        canvas.click();
        clearMessage();
        canvas.sendKeys("+");
        waitForRender();
        assertEquals(1.5, ((Number) view().get("zoom")).doubleValue(), 1e-12);
        clearMessage();
        canvas.sendKeys(Keys.ARROW_UP);
        waitForRender();
        assertTrue(((Number) view().get("y")).doubleValue() < 0, view().toString());
        clearMessage();
        canvas.sendKeys("0");
        waitForRender();
        assertEquals(Map.of("x", -0.75, "y", 0L, "zoom", 1L, "iter", 1000L), view());
    }

    @Test
    void aCopiedLinkReproducesTheSamePictureAfterAReload() throws Exception {
        clearMessage();
        new Actions(chrome.driver).scrollFromOrigin(WheelInput.ScrollOrigin.fromElement(canvas, -150, 60), 0, -500).perform();
        waitForRender();
        chrome.await("document.getElementById('palette').value = 'fire'; return 1;");
        clearMessage();
        canvas.click();
        canvas.sendKeys(Keys.ARROW_RIGHT);
        waitForRender();
        String link = chrome.await("navigator.clipboard.writeText = (t) => { window.copied = t; return Promise.resolve(); };"
                + "document.getElementById('copy-link').click(); return window.copied;");
        assertTrue(link.contains("#x=") && link.contains("palette=fire"), link);
        String before = page.canvasHash();
        chrome.driver.get("about:blank");
        chrome.driver.get(link);
        chrome.await("await window.tessera.ready; return 1;");
        waitForRender();
        assertEquals(before, page.canvasHash());
        Files.write(Site.outputDir().resolve("explorer.png"), chrome.driver.getScreenshotAs(OutputType.BYTES));
    }

    /** Pixels of the overlay that are tinted, and in how many colours. */
    private Map<String, Object> overlayTints() {
        return chrome.await("const o = document.getElementById('overlay');"
                + "const d = o.getContext('2d').getImageData(0, 0, o.width, o.height).data;"
                + "const seen = new Set(); let tinted = 0;"
                + "for (let i = 0; i < d.length; i += 4) if (d[i + 3]) { tinted++; seen.add(d[i] + ',' + d[i + 1] + ',' + d[i + 2]); }"
                + "return {tinted, colours: seen.size, visible: !o.hidden};");
    }

    @Test
    void theOverlayTintsTilesByWorkerAndTheStripNamesThem() {
        assertFalse(chrome.driver.findElement(By.id("overlay")).isDisplayed(), "the overlay is off until asked for");
        chrome.driver.findElement(By.id("show-workers")).click();
        page.render("{\"workload\":\"mandelbrot\",\"width\":640,\"height\":360,\"params\":{\"maxIter\":300}}", 2);
        Map<String, Object> colours = overlayTints();
        assertEquals(Boolean.TRUE, colours.get("visible"));
        assertEquals(640L * 360L, colours.get("tinted"), "every pixel belongs to a tinted tile");
        assertTrue(((Number) colours.get("colours")).intValue() >= 2, colours.toString());
        assertTrue(chrome.driver.findElement(By.id("live-strip")).getText().contains("worker 1: idle"));
        assertTrue(chrome.driver.findElement(By.id("message")).getText().contains("effective speedup"));
    }

    @Test
    void turningTheOverlayOnAfterARenderTintsItsTiles() {
        page.render("{\"workload\":\"mandelbrot\",\"width\":640,\"height\":360,\"params\":{\"maxIter\":300}}", 2);
        assertEquals(0L, overlayTints().get("tinted"), "nothing is tinted while the overlay is off");
        chrome.driver.findElement(By.id("show-workers")).click();
        Map<String, Object> colours = overlayTints();
        assertEquals(Boolean.TRUE, colours.get("visible"));
        assertEquals(640L * 360L, colours.get("tinted"), "every pixel belongs to a tinted tile");
        assertTrue(((Number) colours.get("colours")).intValue() >= 2, colours.toString());
    }

    /** A link 10¹⁰⁰⁰ deep: the URL keeps every digit, the page says the depth, and the picture is the JVM's. */
    @Test
    void aLinkTenToTheThousandDeepShowsTheJvmsPictureAndKeepsEveryDigit() throws Exception {
        String y = "1." + "0".repeat(1000) + "2257";
        chrome.driver.get(page.site.baseUrl + "#x=3.7e-1001&y=" + y + "&zoom=1e1000&iter=4000&palette=smooth");
        chrome.await("await window.tessera.ready; return 1;");
        waitForRender();
        Map<String, Object> shown = chrome.await("const c = document.getElementById('canvas-mandelbrot');"
                + "return {width: c.width, height: c.height, hash: decodeURIComponent(location.hash),"
                + " depth: document.getElementById('depth').textContent};");
        assertTrue(((String) shown.get("hash")).contains("&y=" + y + "&zoom=1e1000&"), "the link is kept, digit for digit");
        assertEquals("Zoom 10¹⁰⁰⁰", shown.get("depth"));
        String request = "{\"workload\":\"mandelbrot\",\"width\":" + shown.get("width") + ",\"height\":" + shown.get("height")
                + ",\"params\":{\"maxIter\":4000,\"palette\":\"smooth\",\"center\":{\"x\":\"3.7e-1001\",\"y\":\"" + y
                + "\"},\"zoom\":\"1e1000\"}}";
        assertEquals(Cli.hash(request, 2), page.canvasHash());
    }

    @Test
    void findMinibrotGoesToTheMinibrotOfLowestPeriodInView() {
        chrome.driver.get(page.site.baseUrl + "#x=-0.743643887037151&y=0.13182590420533&zoom=2e3&iter=2000&palette=smooth");
        chrome.await("await window.tessera.ready; return 1;");
        waitForRender();
        clearMessage();
        String before = chrome.await("return location.hash;");
        chrome.driver.findElement(By.id("find-minibrot")).click();
        // The search runs first (the link changes once it is found), then the render.
        chrome.await("while (location.hash === args[0]) await new Promise(r => setTimeout(r, 50)); return 1;", before);
        waitForRender();
        Map<String, Object> view = view();
        // The seahorse valley's minibrot of period 39 lies at −0.7436423 + 0.1318265i, 0.0002 across.
        assertEquals(-0.7436423, ((Number) view.get("x")).doubleValue(), 1e-6, view.toString());
        assertEquals(0.1318265, ((Number) view.get("y")).doubleValue(), 1e-6, view.toString());
        assertTrue(((Number) view.get("zoom")).doubleValue() > 1e5, view.toString());
        assertTrue(chrome.driver.findElement(By.id("depth")).getText().startsWith("Zoom "));
    }

    @Test
    void aPlaceFromTheListIsRenderedAtItsDepth() {
        clearMessage();
        chrome.await("const select = document.getElementById('place');"
                + "select.value = [...select.options].find(o => o.text.includes('spiral')).value;"
                + "select.dispatchEvent(new Event('change')); return 1;");
        waitForRender();
        assertEquals("Zoom 10³⁰⁵", chrome.driver.findElement(By.id("depth")).getText());
        assertTrue(chrome.await("return location.hash").toString().contains("zoom=1e305&iter=100000&palette=equalised"));
        Map<String, Object> colours = chrome.await("const c = document.getElementById('canvas-mandelbrot');"
                + "const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data; const seen = new Set();"
                + "for (let i = 0; i < d.length; i += 4) seen.add(d[i] * 65536 + d[i + 1] * 256 + d[i + 2]);"
                + "return {colours: seen.size};");
        assertTrue(((Number) colours.get("colours")).intValue() > 1000, "a picture, not a flat colour: " + colours);
        assertTrue(chrome.driver.findElement(By.id("message")).getText().contains("billion iterations"));
    }
}
