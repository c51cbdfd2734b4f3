package tessera.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;

/** The image pipeline in Chromium against the JVM, and a user's own pictures, good and bad. */
class PipelineBrowserIT extends PageTest {
    private static String request(String image, String ops) {
        return "{\"workload\":\"pipeline\",\"params\":{\"image\":\"" + image + "\",\"ops\":" + ops + "}}";
    }


    @Test
    void theArticlesChainMatchesTheJvm() throws Exception {
        page.assertRendersLikeTheJvm(request("samples/test-card.png",
                "[{\"op\":\"blur\",\"radius\":4},{\"op\":\"brightness\",\"factor\":1.2},{\"op\":\"sepia\"}]"));
    }

    @Test
    void aLongChainOfManyStagesMatchesTheJvm() throws Exception {
        page.assertRendersLikeTheJvm(request("samples/spheres.png", "[{\"op\":\"saturation\",\"factor\":1.8},"
                + "{\"op\":\"gaussian\",\"sigma\":3},{\"op\":\"contrast\",\"factor\":1.3},{\"op\":\"sharpen\",\"amount\":1.5,\"radius\":2},"
                + "{\"op\":\"blur\",\"radius\":1},{\"op\":\"grayscale\"},{\"op\":\"invert\"}]"));
    }

    @Test
    void fourKBlurIsTimedForTwoRadii() throws Exception {
        for (int radius : new int[] {2, 32}) {
            page.assertRendersLikeTheJvm(request("samples/test-card-4k.png", "[{\"op\":\"blur\",\"radius\":" + radius + "}]"));
        }
    }

    @Test
    void aChosenFileThatIsNotAnImageIsReportedAndThePictureStays() throws Exception {
        chrome.driver.findElement(By.id("tab-pipeline")).click();
        page.render(request("samples/test-card.png", "[{\"op\":\"grayscale\"}]"), 2);
        String before = page.canvasHash();
        Path notes = Files.createTempFile(Site.outputDir(), "notes", ".txt");
        Files.writeString(notes, "not a picture");
        chrome.await("document.getElementById('message').textContent = ''; return 1;");
        chrome.driver.findElement(By.id("image-file")).sendKeys(notes.toAbsolutePath().toString());
        String message = waitForMessage("cannot be used");
        assertEquals("Your file " + notes.getFileName() + " cannot be used: it is not a PNG or JPEG picture", message,
                "the file by its name, not a blob: URL");
        assertEquals(before, page.canvasHash());
        assertEquals("samples/test-card.png", chrome.await("return document.getElementById('image').value;"),
                "the list is back on the last picture that rendered");
        assertEquals(0L, (long) (Long) chrome.await("return document.querySelectorAll('#image option[value=\"file\"]').length;"));
    }

    @Test
    void pastedAndDroppedPicturesAreFiltered() throws Exception {
        chrome.driver.findElement(By.id("tab-pipeline")).click();
        String expected = Cli.hash(request("samples/spheres.png",
                "[{\"op\":\"blur\",\"radius\":4},{\"op\":\"brightness\",\"factor\":1.2},{\"op\":\"sepia\"}]"),
                Integer.parseInt(chrome.driver.findElement(By.id("workers")).getAttribute("value")), Site.siteDir());
        for (String how : new String[] {"paste", "drop"}) {
            chrome.await("document.getElementById('message').textContent = '';"
                    + "const blob = await (await fetch('samples/spheres.png')).blob();"
                    + "const transfer = new DataTransfer();"
                    + "transfer.items.add(new File([blob], args[0] + '.png', {type: 'image/png'}));"
                    + "if (args[0] === 'paste') document.dispatchEvent(new ClipboardEvent('paste', {clipboardData: transfer}));"
                    + "else document.getElementById('stage-pipeline').dispatchEvent(new DragEvent('drop', {dataTransfer: transfer}));"
                    + "return 1;", how);
            String message = waitForMessage(" in ");
            assertTrue(message.startsWith("1280 × 720"), how + ": " + message);
            assertEquals(expected, page.canvasHash(), how);
            assertEquals("Your file: " + how + ".png", chrome.await(
                    "const s = document.getElementById('image'); return s.options[s.selectedIndex].textContent;"));
        }
        Files.write(Site.outputDir().resolve("pipeline-tab.png"), chrome.driver.getScreenshotAs(OutputType.BYTES));
    }

    @Test
    void downloadGivesAPngOfThePicturesSize() throws Exception {
        page.render(request("samples/test-card.png", "[{\"op\":\"invert\"}]"), 2);
        Map<String, Object> png = chrome.await(
                "const clicked = new Promise(resolve => {"
                + "  const original = HTMLAnchorElement.prototype.click;"
                + "  HTMLAnchorElement.prototype.click = function () { HTMLAnchorElement.prototype.click = original; resolve(this); };"
                + "});"
                + "document.getElementById('download').click();"
                + "const link = await clicked;"
                + "const bytes = new Uint8Array(await (await fetch(link.href)).arrayBuffer());"
                + "const view = new DataView(bytes.buffer);"
                + "return {name: link.download, signature: Array.from(bytes.slice(1, 4), b => String.fromCharCode(b)).join(''),"
                + " width: view.getUint32(16), height: view.getUint32(20)};");
        assertEquals("PNG", png.get("signature"));
        assertEquals(1920L, png.get("width"));
        assertEquals(1080L, png.get("height"));
        assertTrue(String.valueOf(png.get("name")).matches("tessera-\\w+\\.png"), png.toString());
    }

    private String waitForMessage(String fragment) {
        return chrome.await("const m = document.getElementById('message');"
                + "while (!m.textContent.includes(args[0])) await new Promise(r => requestAnimationFrame(r));"
                + "return m.textContent;", fragment);
    }

    /** After a new picture renders, "before" never shows the last one: it shows the new original, or nothing until that is drawn. */
    @Test
    void beforeNeverShowsTheLastPictureBesideTheNewResult() throws Exception {
        chrome.driver.findElement(By.id("tab-pipeline")).click();
        Map<String, Object> seen = chrome.await("""
                const $ = (id) => document.getElementById(id);
                const finished = () => / in [\\d.]+ (ms|s)/.test($('message').textContent) && $('cancel').disabled;
                const wait = async (condition) => { while (!condition()) await new Promise((r) => requestAnimationFrame(r)); };
                // A picture's mean colour in each quarter, whatever its size ("before" is drawn at the size it shows at).
                const pixels = (source) => {
                  const g = new OffscreenCanvas(64, 64).getContext('2d');
                  g.imageSmoothingQuality = 'high';
                  g.drawImage(source, 0, 0, 64, 64);
                  const data = g.getImageData(0, 0, 64, 64).data;
                  const means = new Array(12).fill(0);
                  for (let i = 0; i < data.length; i += 4) {
                    const quarter = ((i / 4) % 64 < 32 ? 0 : 1) + (i / 4 / 64 < 32 ? 0 : 2);
                    for (let c = 0; c < 3; c++) means[quarter * 3 + c] += data[i + c] / 1024;
                  }
                  return means;
                };
                const same = (a, b) => a.every((v, i) => Math.abs(v - b[i]) <= 8);
                const original = async (url) => pixels(await createImageBitmap(await (await fetch(url)).blob()));
                await wait(finished);
                const notes = [];
                const urls = ['samples/spheres.png', 'samples/test-card.png', 'samples/spheres.png'];
                const originals = Object.fromEntries(await Promise.all(urls.map(async (url) => [url, await original(url)])));
                for (const url of urls) {
                  const expected = originals[url];
                  let begun = false;
                  let shownAtOnce = null;
                  // The moment the summary is in (the new result shows), what "before" shows: it, or nothing.
                  const watching = new MutationObserver(() => {
                    begun ||= $('message').textContent === 'Rendering…';
                    if (begun && shownAtOnce === null && / in [\\d.]+ (ms|s)/.test($('message').textContent)) {
                      shownAtOnce = $('before').hidden ? 'hidden' : same(pixels($('before')), expected) ? 'new' : 'old';
                    }
                  });
                  watching.observe($('message'), {childList: true});
                  $('image').value = url;
                  $('image').dispatchEvent(new Event('change', {bubbles: true}));
                  await wait(() => begun && finished() && shownAtOnce !== null);
                  watching.disconnect();
                  await wait(() => !$('before').hidden);
                  notes.push({url, shownAtOnce, then: same(pixels($('before')), expected) ? 'new' : 'old'});
                }
                return {notes};""");
        for (Object note : (java.util.List<?>) seen.get("notes")) {
            Map<?, ?> each = (Map<?, ?>) note;
            assertTrue(!"old".equals(each.get("shownAtOnce")), "the last picture beside the new result: " + seen);
            assertEquals("new", each.get("then"), seen.toString());
        }
    }
}
