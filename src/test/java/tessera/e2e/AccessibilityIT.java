package tessera.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;

/** axe-core's audit on every tab, a phone-sized window, and the screenshots the README shows. */
class AccessibilityIT extends PageTest {
    private static final List<String> TABS = List.of("mandelbrot", "julia", "raytrace", "pipeline", "benchmark");

    private void showTab(String tab) {
        chrome.driver.findElement(By.id("tab-" + tab)).click();
        chrome.await("await window.tessera.ready;"
                + "const m = document.getElementById('message');"
                + "while (m.textContent === 'Rendering…') await new Promise(r => requestAnimationFrame(r)); return 1;");
    }

    @Test
    @SuppressWarnings("unchecked")
    void noSeriousOrCriticalViolationsOnAnyTab() throws Exception {
        Path axe = Path.of("node_modules/axe-core/axe.min.js");
        assertTrue(Files.isRegularFile(axe), "axe-core is missing: run npm ci (the test command does)");
        chrome.await(Files.readString(axe) + "; return 1;");
        try {
            for (String theme : List.of("light", "dark")) {
                chrome.await("const t = document.getElementById('theme'); t.value = args[0]; t.dispatchEvent(new Event('change'));"
                        + "return 1;", theme);
                for (String tab : TABS) {
                    showTab(tab);
                    // Colour contrast included: axe runs every rule it has at these levels.
                    List<Map<String, Object>> violations = chrome.await(
                            "const result = await axe.run(document, {resultTypes: ['violations']});"
                            + "return result.violations.filter(v => v.impact === 'serious' || v.impact === 'critical')"
                            + ".map(v => ({id: v.id, impact: v.impact, nodes: v.nodes.map(n => n.target.join(' ')).slice(0, 5)}));");
                    assertEquals(List.of(), violations, tab + " tab, " + theme + " theme");
                }
            }
        } finally {
            chrome.await("const t = document.getElementById('theme'); t.value = 'system'; t.dispatchEvent(new Event('change')); return 1;");
        }
    }

    @Test
    void aPhoneSizedWindowNeedsNoSidewaysScrolling() {
        Dimension before = chrome.driver.manage().window().getSize();
        try {
            chrome.driver.manage().window().setSize(new Dimension(390, 844));
            for (String tab : TABS) {
                showTab(tab);
                long overflow = ((Number) chrome.await(
                        "return document.documentElement.scrollWidth - document.documentElement.clientWidth;")).longValue();
                assertEquals(0, overflow, tab + " tab is wider than the phone's screen");
            }
        } finally {
            chrome.driver.manage().window().setSize(before);
        }
    }

    @Test
    void screenshotsOfEveryTabForTheReadme() throws Exception {
        for (String tab : TABS) {
            showTab(tab);
            if (tab.equals("julia") || tab.equals("raytrace") || tab.equals("pipeline")) {
                chrome.driver.findElement(By.id("render")).click();
            }
            if (tab.equals("benchmark")) {
                chrome.await("return await window.tessera.benchmark({workloads: ['mandelbrot'], engines: ['wasm'],"
                        + " maxWorkers: 2, warmup: 0, repetitions: 1});");
            }
            chrome.await("const m = document.getElementById('message');"
                    + "while (m.textContent === 'Rendering…' || !document.getElementById('cancel').disabled)"
                    + " await new Promise(r => requestAnimationFrame(r)); return 1;");
            // What the screenshot shows: a picture with detail (or the benchmark's results), and no error.
            Map<String, Object> shown = chrome.await("const canvas = document.querySelector('.stage:not([hidden]) canvas.picture:not(#before)');"
                    + "let colours = 0;"
                    + "if (canvas) { const d = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;"
                    + "  const seen = new Set(); for (let i = 0; i < d.length; i += 4 * 7) seen.add(d[i] << 16 | d[i + 1] << 8 | d[i + 2]);"
                    + "  colours = seen.size; }"
                    + "return {colours, error: document.querySelector('#message.error')?.textContent ?? '',"
                    + " rows: document.querySelectorAll('#bench-table tr').length};");
            assertEquals("", shown.get("error"), tab + " tab");
            assertTrue(tab.equals("benchmark") ? ((Number) shown.get("rows")).intValue() > 0 : ((Number) shown.get("colours")).intValue() > 50,
                    tab + " tab shows " + shown);
            Files.write(Site.outputDir().resolve("tab-" + tab + ".png"), chrome.driver.getScreenshotAs(OutputType.BYTES));
        }
    }
}
