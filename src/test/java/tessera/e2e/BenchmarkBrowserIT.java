package tessera.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** The Benchmark tab and the hand-written baseline, on a small run. */
class BenchmarkBrowserIT extends PageTest {
    @Test
    @SuppressWarnings("unchecked")
    void theBenchmarkTabShowsATableAChartAndCopiesJson() {
        chrome.driver.findElement(By.id("tab-benchmark")).click();
        assertEquals("Run benchmark", chrome.driver.findElement(By.id("render")).getText());
        Map<String, Object> report = chrome.await("return await window.tessera.benchmark({workloads: ['mandelbrot', 'raytrace-demo'],"
                + " engines: ['wasm'], maxWorkers: 2, warmup: 0, repetitions: 2});");
        List<Map<String, Object>> results = (List<Map<String, Object>>) report.get("results");
        assertEquals(4, results.size());
        for (Map<String, Object> r : results) {
            assertEquals(2, ((List<?>) r.get("runs")).size());
            double median = ((Number) r.get("median")).doubleValue();
            assertTrue(((Number) r.get("min")).doubleValue() <= median && median <= ((Number) r.get("max")).doubleValue(), r.toString());
        }
        assertEquals(1.0, ((Number) results.get(0).get("speedup")).doubleValue());
        assertEquals(results.get(0).get("hash"), results.get(1).get("hash"));
        assertEquals(4, chrome.driver.findElements(By.cssSelector("#bench-table tr")).size());
        assertTrue(chrome.driver.findElement(By.id("bench-status")).getText().startsWith("Done: 4 measurements"));
        long drawn = ((Number) chrome.await("const c = document.getElementById('bench-chart');"
                + "const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;"
                + "let n = 0; for (let i = 3; i < d.length; i += 4) if (d[i]) n++; return n;")).longValue();
        assertTrue(drawn > 2000, "the chart has axes, an ideal line and two series: " + drawn + " pixels drawn");
        chrome.await("navigator.clipboard.writeText = (text) => { window.copied = text; return Promise.resolve(); };"
                + "document.getElementById('bench-csv').click(); return 1;");
        String csv = chrome.await("return window.copied;");
        assertTrue(csv.startsWith("workload,engine,workers,median_ms"), csv);
        assertEquals(5, csv.lines().count());
    }

    /** The defaults are a quick set with its time said before the run, and the results come with what they mean. */
    @Test
    void theDefaultsAreQuickTheTimeIsEstimatedAndTheResultsAreExplained() {
        chrome.driver.findElement(By.id("tab-benchmark")).click();
        Map<String, Object> defaults = chrome.await("""
                const $ = (id) => document.getElementById(id);
                while (!$('bench-estimate').textContent) await new Promise((r) => setTimeout(r, 20));
                const ticked = (name) => [...document.querySelectorAll(`input[name=${name}]:checked`)].map((box) => box.value);
                const catalogue = await (await fetch('bench/workloads.json')).json();
                const before = $('bench-estimate').textContent;
                document.querySelector('input[name=bench-engine][value=js]').click();
                return {workloads: ticked('bench-workload'), quick: catalogue.filter((e) => e.quick).map((e) => e.name), engines: ticked('bench-engine'),
                  before, after: $('bench-estimate').textContent};""");
        assertEquals(defaults.get("quick"), defaults.get("workloads"), defaults.toString());
        assertEquals(List.of("wasm", "js"), defaults.get("engines"), "JavaScript ticked by the test: " + defaults);
        String before = (String) defaults.get("before");
        assertTrue(before.matches("About \\d+ s: 4 workloads on WebAssembly, 1 to \\d+ workers?, 4 renders each \\(1 warm-up, 3 measured\\)\\."), before);
        assertTrue(Integer.parseInt(before.replaceAll("About (\\d+) s.*", "$1")) < 60, "under a minute: " + before);
        assertTrue(((String) defaults.get("after")).contains("on WebAssembly and JavaScript"), defaults.toString());

        Map<String, Object> explained = chrome.await("""
                await window.tessera.benchmark({workloads: ['mandelbrot', 'pipeline-4k'], engines: ['wasm', 'js'], maxWorkers: 2, warmup: 0, repetitions: 1});
                return {words: [...document.querySelectorAll('#bench-words p')].map((p) => p.textContent)};""");
        @SuppressWarnings("unchecked")
        List<String> words = (List<String>) explained.get("words");
        assertTrue(words.stream().anyMatch(w -> w.matches("WebAssembly was [\\d.]+× as fast as JavaScript \\(the median of 2 workloads, .*")), words.toString());
        assertTrue(words.stream().anyMatch(w -> w.contains("Pipeline 4K") || w.contains("Mandelbrot, naive loop")), "each workload's scaling: " + words);
    }

    @Test
    void theHandWrittenBaselineDrawsTheSamePicture() {
        Map<String, Object> baseline = chrome.await("return await window.tessera.baseline({width: 320, height: 200, maxIter: 300, workers: 2});");
        Map<String, Object> tessera = page.render("{\"workload\":\"mandelbrot\",\"width\":320,\"height\":200,\"params\":{\"maxIter\":300}}", 2);
        assertEquals(tessera.get("hash"), baseline.get("hash"));
    }
}
