package tessera.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.interactions.WheelInput;

/**
 * The page as a tool: the picture is the page at desktop and phone size in both themes, every edit
 * re-renders without Render, each tab keeps its own picture, only the explorer takes the wheel,
 * mistakes are named as the controls are labelled, the before/after divider moves on the picture,
 * copies confirm, and the address bar drives the explorer.
 */
class PictureFirstBrowserIT extends PageTest {
    private static final List<String> PICTURE_TABS = List.of("mandelbrot", "julia", "raytrace", "pipeline");

    @AfterEach
    void desktopSizeAndSystemTheme() {
        chrome.driver.manage().window().setSize(new Dimension(1400, 1000));
        chrome.await("const t = document.getElementById('theme'); t.value = 'system'; t.dispatchEvent(new Event('change')); return 1;");
    }

    private void showTab(String tab) {
        chrome.driver.findElement(By.id("tab-" + tab)).click();
        if (!tab.equals("benchmark")) {
            waitForRest();
        }
    }

    /** Waits until no render is in flight or pending and the shown tab says how its last render went. */
    private void waitForRest() {
        chrome.await("await window.tessera.ready; const m = document.getElementById('message');"
                + "const c = document.getElementById('cancel');"
                + "while (m.textContent === 'Rendering…' || m.textContent === '' || !c.disabled)"
                + " await new Promise(r => requestAnimationFrame(r)); return 1;");
    }

    /** Waits for a render that follows an edit: the message goes to "Rendering…" and then to the outcome. */
    private String awaitRenderAfter(Runnable edit) {
        chrome.await("window.sawRendering = false; const m = document.getElementById('message');"
                + "new MutationObserver(() => { if (m.textContent === 'Rendering…') window.sawRendering = true; })"
                + ".observe(m, {childList: true, characterData: true, subtree: true}); return 1;");
        edit.run();
        return chrome.await("const m = document.getElementById('message');"
                + "while (!window.sawRendering || m.textContent === 'Rendering…') await new Promise(r => requestAnimationFrame(r));"
                + "return m.textContent;");
    }

    private Map<String, Object> pictureBox(String tab) {
        return chrome.await("const r = document.getElementById('canvas-' + args[0]).getBoundingClientRect();"
                + "return {top: r.top, bottom: r.bottom, left: r.left, right: r.right, area: r.width * r.height,"
                + " viewport: innerWidth * innerHeight, height: innerHeight, width: innerWidth,"
                + " sideways: document.documentElement.scrollWidth - document.documentElement.clientWidth};", tab);
    }

    private static double number(Map<String, Object> map, String key) {
        return ((Number) map.get(key)).doubleValue();
    }

    @Test
    void thePictureIsVisibleWithoutScrollingOnEveryTabAtDesktopAndPhoneSizeInBothThemes() throws Exception {
        for (Dimension size : List.of(new Dimension(1280, 800), new Dimension(390, 844))) {
            chrome.driver.manage().window().setSize(size);
            for (String theme : List.of("light", "dark")) {
                chrome.await("const t = document.getElementById('theme'); t.value = args[0]; t.dispatchEvent(new Event('change'));"
                        + "return 1;", theme);
                for (String tab : PICTURE_TABS) {
                    showTab(tab);
                    Map<String, Object> box = pictureBox(tab);
                    String where = tab + " at " + size + " in " + theme + ": " + box;
                    assertTrue(number(box, "top") >= 0 && number(box, "bottom") <= number(box, "height") + 0.5
                            && number(box, "left") >= 0 && number(box, "right") <= number(box, "width") + 0.5, where);
                    assertEquals(0.0, number(box, "sideways"), where);
                    if (size.getWidth() < 600) {
                        // On a phone the whole message shows, however long (a render's summary takes four lines there).
                        Map<String, Object> message = chrome.await("const m = document.getElementById('message');"
                                + "return {clipped: m.scrollHeight > m.clientHeight + 1, text: m.textContent};");
                        assertEquals(false, message.get("clipped"), where + ": " + message);
                    }
                    double share = number(box, "area") / number(box, "viewport");
                    if (size.getWidth() >= 1280 && !tab.equals("raytrace")) {
                        // A 16:9 or window-shaped picture takes most of the window; the square scene is bounded by the height.
                        assertTrue(share > 0.4, where + " takes " + share);
                    } else {
                        assertTrue(share > 0.2, where + " takes " + share);
                    }
                    Files.write(Site.outputDir().resolve("layout-" + size.getWidth() + "-" + theme + "-" + tab + ".png"),
                            chrome.driver.getScreenshotAs(OutputType.BYTES));
                }
            }
        }
    }

    @Test
    void theExplorerRendersAtTheSizeItIsShownTimesThePixelRatio() {
        showTab("mandelbrot");
        chrome.await(JuliaBrowserIT.FITTED_PICTURE_SHOWN);
        Map<String, Object> sizes = chrome.await("const c = document.getElementById('canvas-mandelbrot');"
                + "const r = c.getBoundingClientRect(); return {width: c.width, height: c.height, css: r.width, ratio: devicePixelRatio};");
        assertEquals(number(sizes, "css") * number(sizes, "ratio"), number(sizes, "width"), 1.0, sizes.toString());
    }

    @Test
    void editsRenderWithoutPressingRender() {
        showTab("mandelbrot");
        String before = page.canvasHash();
        String other = "fire".equals(chrome.await("return document.getElementById('palette').value;")) ? "ice" : "fire";
        String message = awaitRenderAfter(() -> new org.openqa.selenium.support.ui.Select(
                chrome.driver.findElement(By.id("palette"))).selectByValue(other));
        assertTrue(message.contains("tiles on"), message);
        assertNotEquals(before, page.canvasHash(), "the palette changed the picture");

        showTab("pipeline");
        String filtered = page.canvasHash();
        message = awaitRenderAfter(() -> {
            WebElement radius = chrome.driver.findElement(By.cssSelector("#chain input[data-param='radius']"));
            radius.clear();
            radius.sendKeys("9");
        });
        assertTrue(message.contains("tiles on"), message);
        assertNotEquals(filtered, page.canvasHash(), "a new blur radius changed the picture");
        String blurred = page.canvasHash();
        message = awaitRenderAfter(() -> chrome.driver.findElement(By.cssSelector("#chain li:first-child button[aria-label='Remove']")).click());
        assertTrue(message.contains("tiles on"), message);
        assertNotEquals(blurred, page.canvasHash(), "removing a filter changed the picture");
    }

    @Test
    void sceneEditsRenderOnceTheJsonIsValidAfterAPause() {
        showTab("raytrace");
        WebElement content = chrome.driver.findElement(By.cssSelector(".code-editor")).getShadowRoot()
                .findElement(By.cssSelector(".cm-content"));
        content.click();
        content.sendKeys(org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, org.openqa.selenium.Keys.END));
        String message = awaitRenderAfter(() -> content.sendKeys(" "));
        assertTrue(message.startsWith("800 × 800"), "a valid edit renders: " + message);
        content.sendKeys("x");
        String said = chrome.await("const box = document.getElementById('scene-error');"
                + "while (!box.textContent) await new Promise(r => requestAnimationFrame(r)); return box.textContent;");
        assertEquals("Not valid JSON yet: see the mark in the margin.", said);
        assertEquals(message, chrome.driver.findElement(By.id("message")).getText(), "text that is not JSON does not render");
        awaitRenderAfter(() -> content.sendKeys(org.openqa.selenium.Keys.BACK_SPACE));
    }

    @Test
    void eachTabKeepsItsOwnPictureAndFigures() {
        showTab("mandelbrot");
        String mandelbrot = page.canvasHash();
        String mandelbrotMessage = chrome.driver.findElement(By.id("message")).getText();
        showTab("raytrace");
        assertTrue(chrome.driver.findElement(By.id("canvas-raytrace")).isDisplayed());
        assertTrue(!chrome.driver.findElement(By.id("canvas-mandelbrot")).isDisplayed(), "the Mandelbrot picture is not on the ray tracer's tab");
        String raytraceMessage = chrome.driver.findElement(By.id("message")).getText();
        assertNotEquals(mandelbrotMessage, raytraceMessage);
        showTab("mandelbrot");
        assertEquals(mandelbrot, page.canvasHash(), "the Mandelbrot picture is still there");
        assertEquals(mandelbrotMessage, chrome.driver.findElement(By.id("message")).getText());
    }

    @Test
    void onlyTheExplorerTakesTheWheelOtherPicturesScrollThePage() {
        chrome.await("addEventListener('wheel', (e) => { window.wheelTakenBy = e.defaultPrevented ? e.target.id : ''; }); return 1;");
        showTab("pipeline");
        WebElement picture = chrome.driver.findElement(By.id("canvas-pipeline"));
        assertEquals("auto", chrome.await("return getComputedStyle(args[0]).cursor;", picture), "no grab cursor");
        new Actions(chrome.driver).scrollFromOrigin(WheelInput.ScrollOrigin.fromElement(picture), 0, 200).perform();
        assertEquals("", chrome.await("return window.wheelTakenBy;"), "the page, not the picture, gets the wheel");

        // On a phone the page is taller than the screen: the wheel over the picture scrolls it.
        chrome.driver.manage().window().setSize(new Dimension(390, 600));
        chrome.await("document.querySelector('.worker-details').open = true; scrollTo(0, 0); return 1;");
        assertTrue(((Number) chrome.await("return document.documentElement.scrollHeight - innerHeight;")).doubleValue() > 0,
                "there is something to scroll");
        new Actions(chrome.driver).scrollFromOrigin(WheelInput.ScrollOrigin.fromElement(picture), 0, 200).perform();
        // Scrolling is animated: give it up to a second of frames to start.
        double scrolled = ((Number) chrome.await("const t = performance.now();"
                + "while (scrollY === 0 && performance.now() - t < 1000) await new Promise(r => requestAnimationFrame(r)); return scrollY;"))
                .doubleValue();
        assertTrue(scrolled > 0, "the wheel over the pipeline's picture scrolls the page: " + scrolled + " "
                + chrome.await("return JSON.stringify({w: innerWidth, h: innerHeight, sh: document.documentElement.scrollHeight,"
                        + " taken: window.wheelTakenBy, panel: document.body.dataset.panel});"));

        showTab("mandelbrot");
        chrome.await("scrollTo(0, 0); return 1;");
        WebElement explorer = chrome.driver.findElement(By.id("canvas-mandelbrot"));
        assertEquals("grab", chrome.await("return getComputedStyle(args[0]).cursor;", explorer));
        String message = awaitRenderAfter(() ->
                new Actions(chrome.driver).scrollFromOrigin(WheelInput.ScrollOrigin.fromElement(explorer), 0, -200).perform());
        assertTrue(message.contains("tiles on"), message);
        assertEquals(0.0, ((Number) chrome.await("return scrollY;")).doubleValue(), "the wheel over the explorer zooms instead");
        assertEquals("canvas-mandelbrot", chrome.await("return window.wheelTakenBy;"));
        chrome.await("document.querySelector('.worker-details').open = false; return 1;");
    }

    @Test
    void aWrongValueIsNamedAsLabelledMarkedAndFocused() {
        showTab("mandelbrot");
        WebElement iterations = chrome.driver.findElement(By.id("maxIter"));
        iterations.clear();
        chrome.driver.findElement(By.id("render")).click();
        assertEquals("Iterations: enter a whole number from 1 to 10000000 (it is empty).",
                chrome.driver.findElement(By.id("message")).getText());
        assertEquals("true", iterations.getAttribute("aria-invalid"));
        assertEquals(iterations, chrome.driver.switchTo().activeElement(), "the focus is on the control");
        iterations.sendKeys("800");
        String message = awaitRenderAfter(() -> iterations.sendKeys("0"));
        assertTrue(message.contains("tiles on"), message);
        assertEquals(null, iterations.getAttribute("aria-invalid"));

        showTab("pipeline");
        WebElement factor = chrome.driver.findElement(By.cssSelector("#chain li:nth-child(2) input[data-param='factor']"));
        factor.clear();
        factor.sendKeys("20");
        chrome.driver.findElement(By.id("render")).click();
        assertTrue(chrome.driver.findElement(By.id("message")).getText()
                .startsWith("Filter 2 · Brightness factor: enter a number from 0"), chrome.driver.findElement(By.id("message")).getText());
        assertEquals(factor, chrome.driver.switchTo().activeElement());
        factor.clear();
        awaitRenderAfter(() -> factor.sendKeys("1.2"));
    }

    @Test
    void theBeforeAfterDividerIsDraggedOnThePictureAndMovedWithKeys() {
        showTab("pipeline");
        WebElement divider = chrome.driver.findElement(By.id("compare"));
        WebElement picture = chrome.driver.findElement(By.id("canvas-pipeline"));
        int width = picture.getRect().getWidth();
        new Actions(chrome.driver).moveToElement(picture, -width / 4, 0).clickAndHold().moveToElement(picture, width / 4, 0).release().perform();
        double at = Double.parseDouble(divider.getAttribute("aria-valuenow"));
        assertEquals(75, at, 1.5, "dragged to three quarters");
        String clip = chrome.await("return args[0].style.clipPath;", picture);
        assertTrue(clip.startsWith("inset(0px 0px 0px 7"), clip);
        divider.sendKeys(org.openqa.selenium.Keys.HOME);
        assertEquals("0", divider.getAttribute("aria-valuenow"));
        divider.sendKeys(org.openqa.selenium.Keys.ARROW_RIGHT);
        assertEquals("2", divider.getAttribute("aria-valuenow"));
    }

    @Test
    void copyButtonsSayTheyCopied() {
        showTab("mandelbrot");
        chrome.await("navigator.clipboard.writeText = (text) => { window.copied = text; return Promise.resolve(); }; return 1;");
        chrome.driver.findElement(By.id("copy-link")).click();
        String label = chrome.await("const b = document.getElementById('copy-link');"
                + "while (b.textContent === 'Copy link') await new Promise(r => requestAnimationFrame(r)); return b.textContent;");
        assertEquals("Copied ✓", label);
        assertEquals((String) chrome.await("return location.href;"), (String) chrome.await("return window.copied;"));
    }

    @Test
    void aPastedLinkAndBackAndForwardMoveTheExplorer() throws Exception {
        showTab("mandelbrot");
        String first = "#x=-0.75&y=0.1&zoom=4&iter=1000&palette=smooth";
        String second = "#x=-0.7436438870371&y=0.1318259042053&zoom=200&iter=1500&palette=fire";
        awaitRenderAfter(() -> chrome.await("location.hash = args[0]; return 1;", first));
        String firstHash = page.canvasHash();
        assertEquals("smooth", chrome.await("return document.getElementById('palette').value;"));
        awaitRenderAfter(() -> chrome.await("location.hash = args[0]; return 1;", second));
        assertEquals("fire", chrome.await("return document.getElementById('palette').value;"));
        assertNotEquals(firstHash, page.canvasHash());
        awaitRenderAfter(() -> chrome.driver.navigate().back());
        assertEquals(first, chrome.await("return location.hash;"));
        assertEquals(firstHash, page.canvasHash(), "Back shows the view before");
        awaitRenderAfter(() -> chrome.driver.navigate().forward());
        assertEquals("fire", chrome.await("return document.getElementById('palette').value;"));
    }

    @Test
    void theThemeIsRememberedAndTheBannerCanBeDismissed() {
        chrome.await("const t = document.getElementById('theme'); t.value = 'dark'; t.dispatchEvent(new Event('change')); return 1;");
        chrome.driver.navigate().refresh();
        waitForRest();
        assertEquals("dark", chrome.await("return document.documentElement.dataset.theme;"));
        assertEquals("dark", chrome.await("return document.getElementById('theme').value;"));
        String background = chrome.await("return getComputedStyle(document.body).backgroundColor;");
        assertEquals("rgb(20, 22, 26)", background);
    }

    @Test
    void theBenchmarkSaysWhatIsMissingAndRunIsOffWhileItRuns() {
        showTab("benchmark");
        assertTrue(chrome.driver.findElement(By.id("bench-chart")).getAttribute("hidden") != null, "no empty chart");
        chrome.await("for (const box of document.querySelectorAll('input[name=bench-workload]')) box.checked = false; return 1;");
        chrome.driver.findElement(By.id("render")).click();
        assertEquals("Tick at least one workload to run the benchmark.", chrome.driver.findElement(By.id("bench-status")).getText());
        chrome.await("document.querySelector('input[name=bench-workload][value=mandelbrot]').checked = true;"
                + "document.getElementById('bench-runs').value = '1'; document.getElementById('bench-warmup').value = '0';"
                + "for (const box of document.querySelectorAll('input[name=bench-engine]')) box.checked = box.value === 'wasm'; return 1;");
        chrome.driver.findElement(By.id("render")).click();
        assertTrue(!chrome.driver.findElement(By.id("render")).isEnabled(), "Run is off while the benchmark runs");
        String status = chrome.await("const s = document.getElementById('bench-status');"
                + "while (!s.textContent.startsWith('Done')) await new Promise(r => requestAnimationFrame(r)); return s.textContent;");
        assertTrue(status.startsWith("Done: "), status);
        assertTrue(chrome.driver.findElement(By.id("render")).isEnabled());
        assertTrue(chrome.driver.findElement(By.id("bench-chart")).isDisplayed());
    }
}
