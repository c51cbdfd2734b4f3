package tessera.e2e;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import tessera.json.JsonReader;
import tessera.json.JsonValue;

/**
 * The reproducible benchmark behind {@code bin/bench} (not part of the test command): the page's
 * benchmark in headless Chromium on both engines, the hand-written JavaScript baseline, the JVM's
 * {@code bench}, pool start-up on a warm cache, all in one run; prints the ratios and writes
 * {@code target/benchmark.json}. Its results are measurements, so it asserts only that every
 * engine produced the same pictures.
 */
class BenchmarkRun {
    private static final List<String> WORKLOADS = List.of("mandelbrot", "raytrace-demo", "raytrace-bvh", "pipeline-4k");
    private static final int RUNS = Integer.getInteger("tessera.bench.runs", 5);

    @Test
    @SuppressWarnings("unchecked")
    void run() throws Exception {
        int cores = Runtime.getRuntime().availableProcessors();
        Map<String, Object> out = new LinkedHashMap<>();
        try (Site site = Site.start(); Chrome chrome = Chrome.start()) {
            chrome.driver.manage().timeouts().scriptTimeout(java.time.Duration.ofMinutes(30));
            List<Double> startups = new ArrayList<>();
            for (int load = 0; load < 8; load++) {
                chrome.driver.get(site.baseUrl);
                Map<String, Object> ready = chrome.await("return await window.tessera.ready;");
                if (load > 0) {
                    startups.add(((Number) ready.get("sincePageLoadMs")).doubleValue());
                }
                // The page starts its default picture once ready; a tiny render replaces it, so the next
                // load starts from an idle page instead of one whose workers are still busy.
                chrome.await("await window.tessera.render({workload: 'mandelbrot', width: 64, height: 64}); return 1;");
            }
            Map<String, Object> page = chrome.await("return await window.tessera.benchmark({workloads: args[0],"
                    + " engines: ['wasm', 'js'], maxWorkers: args[1], warmup: 1, repetitions: args[2]});", WORKLOADS, cores, RUNS);
            List<Map<String, Object>> baseline = new ArrayList<>();
            for (int workers = 1; workers <= cores; workers++) {
                Map<String, Object> measured = chrome.await("await window.tessera.baseline({workers: args[0]});"
                        + "const runs = []; let hash;"
                        + "for (let i = 0; i < args[1]; i++) { const r = await window.tessera.baseline({workers: args[0]});"
                        + " runs.push(r.ms); hash = r.hash; }"
                        + "runs.sort((a, b) => a - b); return {workers: args[0], median: runs[runs.length >> 1], hash, runs};",
                        workers, RUNS);
                baseline.add(measured);
            }
            out.put("date", java.time.LocalDate.now().toString());
            out.put("browser", "Chromium " + chrome.driver.getCapabilities().getBrowserVersion());
            out.put("java", System.getProperty("java.version"));
            out.put("cores", cores);
            out.put("startupMs", startups);
            out.put("page", page);
            out.put("baseline", baseline);
        }
        Path jvmJson = Site.outputDir().resolve("benchmark-jvm.json");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(java, "-jar", System.getProperty("tessera.jar", "target/tessera.jar"), "bench",
                "--site", Site.siteDir().toString(), "--threads", String.valueOf(cores), "--runs", String.valueOf(RUNS),
                "--json", jvmJson.toString()).inheritIO().start();
        if (!process.waitFor(20, TimeUnit.MINUTES) || process.exitValue() != 0) {
            throw new IllegalStateException("the JVM bench failed");
        }
        JsonValue jvm = JsonReader.parse(Files.readString(jvmJson));
        String report = report(out, jvm, cores);
        System.out.println(report);
        Path target = Site.outputDir().getParent();
        Files.writeString(target.resolve("benchmark.txt"), report, StandardCharsets.UTF_8);
        Files.writeString(target.resolve("benchmark.json"), "{\"browser\":" + JsonText.of(out) + ",\"jvm\":" + jvm.toJson() + "}\n");
    }

    @SuppressWarnings("unchecked")
    private static String report(Map<String, Object> out, JsonValue jvm, int cores) {
        Map<String, Object> page = (Map<String, Object>) out.get("page");
        List<Map<String, Object>> results = (List<Map<String, Object>>) page.get("results");
        StringBuilder text = new StringBuilder();
        text.append(String.format(Locale.ROOT, "Tessera benchmark %s: %d cores, %s, Java %s, medians of %d runs%n%n",
                out.get("date"), cores, out.get("browser"), out.get("java"), RUNS));
        text.append(String.format(Locale.ROOT, "%-15s %9s %9s %9s %8s %8s %9s %9s %9s %6s%n", "workload", "wasm 1w", "js 1w",
                "jvm 1t", "wasm÷jvm", "wasm÷js", "wasm " + cores + "w×", "js " + cores + "w×", "jvm " + cores + "t×", "long"));
        for (String workload : WORKLOADS) {
            double wasm1 = median(results, workload, "wasm", 1);
            double js1 = median(results, workload, "js", 1);
            double jvm1 = jvmMedian(jvm, workload, 1);
            long longTasks = results.stream().filter(r -> workload.equals(r.get("workload")) && r.get("longTasks") != null)
                    .mapToLong(r -> ((Number) r.get("longTasks")).longValue()).sum();
            text.append(String.format(Locale.ROOT, "%-15s %9.0f %9.0f %9.0f %8.2f %8.2f %9.2f %9.2f %9.2f %6d%n", workload,
                    wasm1, js1, jvm1, wasm1 / jvm1, wasm1 / js1, wasm1 / median(results, workload, "wasm", cores),
                    js1 / median(results, workload, "js", cores), jvm1 / jvmMedian(jvm, workload, cores), longTasks));
        }
        List<Map<String, Object>> baseline = (List<Map<String, Object>>) out.get("baseline");
        double hand1 = ((Number) baseline.get(0).get("median")).doubleValue();
        double handN = ((Number) baseline.get(baseline.size() - 1).get("median")).doubleValue();
        text.append(String.format(Locale.ROOT, "%nHand-written JavaScript Mandelbrot: %.0f ms on 1 worker, %.0f ms on %d (%.2f×);"
                + " WebAssembly ÷ hand-written JS: %.2f%n", hand1, handN, cores, hand1 / handN,
                median(results, "mandelbrot", "wasm", 1) / hand1));
        List<Double> startups = (List<Double>) out.get("startupMs");
        double[] sorted = startups.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        text.append(String.format(Locale.ROOT, "Pool ready after page load, warm cache, from an idle page: %.0f ms (median of %s)%n",
                sorted[sorted.length / 2], Arrays.toString(Arrays.stream(sorted).mapToLong(Math::round).toArray())));
        String wasmHash = results.stream().filter(r -> "mandelbrot".equals(r.get("workload")) && "wasm".equals(r.get("engine")))
                .findFirst().map(r -> (String) r.get("hash")).orElse("");
        if (!wasmHash.equals(baseline.get(0).get("hash"))) {
            throw new AssertionError("the hand-written baseline drew another picture than Tessera");
        }
        // TeaVM's JavaScript target computes float as double, so only the double-precision Mandelbrot
        // is byte-identical there; the WebAssembly engine must match the JVM everywhere.
        for (Map<String, Object> r : results) {
            String expected = jvmHash(jvm, (String) r.get("workload"));
            boolean exact = "wasm".equals(r.get("engine")) || "mandelbrot".equals(r.get("workload"));
            if (exact && !expected.equals(r.get("hash"))) {
                throw new AssertionError(r.get("engine") + " drew another picture than the JVM for " + r.get("workload"));
            }
        }
        return text.toString();
    }

    private static double median(List<Map<String, Object>> results, String workload, String engine, int workers) {
        return results.stream().filter(r -> workload.equals(r.get("workload")) && engine.equals(r.get("engine"))
                && ((Number) r.get("workers")).intValue() == workers).mapToDouble(r -> ((Number) r.get("median")).doubleValue())
                .findFirst().orElse(Double.NaN);
    }

    private static double jvmMedian(JsonValue jvm, String workload, int workers) {
        for (JsonValue r : jvm.members().get("results").elements()) {
            if (r.members().get("workload").asString().equals(workload) && r.members().get("workers").asDouble() == workers) {
                return r.members().get("median").asDouble();
            }
        }
        return Double.NaN;
    }

    private static String jvmHash(JsonValue jvm, String workload) {
        for (JsonValue r : jvm.members().get("results").elements()) {
            if (r.members().get("workload").asString().equals(workload)) {
                return r.members().get("hash").asString();
            }
        }
        return "";
    }
}
