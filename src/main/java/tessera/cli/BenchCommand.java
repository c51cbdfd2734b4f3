package tessera.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import tessera.json.JsonReader;
import tessera.json.JsonValue;
import tessera.jvm.FrameHash;
import tessera.jvm.JvmRenderer;
import tessera.jvm.RenderResult;
import tessera.render.Picture;
import tessera.render.Counters;
import tessera.render.Preparation;
import tessera.render.RenderLimits;
import tessera.render.RenderPlan;
import tessera.render.RenderRequest;
import tessera.render.Workload;
import tessera.workloads.Workloads;

/**
 * {@code tessera.jar bench}: the standard workloads of {@code bench/workloads.json} (the same the
 * page's Benchmark tab runs) on 1 … N Java threads, with warm-up runs that let the JIT compile
 * first, then a table of median, min and max and, with {@code --json}, the raw runs.
 */
final class BenchCommand {
    private BenchCommand() {
    }

    static int run(Options options, PrintStream out) throws IOException, InterruptedException {
        Path site = Path.of(options.get("site", "target/site"));
        int maxThreads = options.intValue("threads", 1, RenderLimits.MAX_JVM_THREADS, Runtime.getRuntime().availableProcessors());
        int warmup = options.intValue("warmup", 0, 100, 3);
        int runs = options.intValue("runs", 1, 100, 5);
        Path catalogueFile = site.resolve("bench/workloads.json");
        if (!Files.isRegularFile(catalogueFile)) {
            throw new IOException("no " + catalogueFile + "; build the site first (mvn package) or pass --site DIR");
        }
        JsonValue catalogue = JsonReader.parse(Files.readString(catalogueFile, StandardCharsets.UTF_8));
        List<String> wanted = options.has("workloads") ? Arrays.asList(options.get("workloads", "").split(",")) : null;
        if (wanted != null) {
            List<String> known = new ArrayList<>();
            catalogue.elements().forEach(entry -> known.add(entry.members().get("name").asString()));
            for (String name : wanted) {
                if (!known.contains(name)) {
                    throw new UsageException("--workloads: no benchmark workload \"" + name + "\"; the catalogue has "
                            + String.join(", ", known));
                }
            }
        }
        StringBuilder json = new StringBuilder("{\"engine\":\"jvm\",\"java\":\"" + System.getProperty("java.version")
                + "\",\"cores\":" + Runtime.getRuntime().availableProcessors() + ",\"results\":[");
        out.printf(Locale.ROOT, "%-16s %7s %9s %9s %9s %8s %10s  %s%n", "workload", "threads", "median ms", "min ms", "max ms", "speedup",
                "prepare ms", "counted per second");
        boolean firstResult = true;
        for (JsonValue entry : catalogue.elements()) {
            String name = entry.members().get("name").asString();
            if (wanted != null && !wanted.contains(name)) {
                continue;
            }
            RequestFolder pictures = new RequestFolder(site);
            String text = requestText(entry, site);
            RenderRequest request = Workloads.parse(text, RenderLimits.MAX_JVM_THREADS);
            // Preparing (reading the scene, a deep view's reference orbit) is timed apart, once.
            long prepareStart = System.nanoTime();
            Workload workload = Workloads.create(request, Preparation.of(pictures));
            double prepareMs = (System.nanoTime() - prepareStart) / 1e6;
            Picture source = workload.sourcePicture() == null ? null : pictures.load(workload.sourcePicture());
            double oneThread = 0;
            for (int threads = 1; threads <= maxThreads; threads++) {
                double[] times = new double[runs];
                String hash = null;
                java.util.Map<String, Long> counters = java.util.Map.of();
                for (int i = 0; i < warmup + runs; i++) {
                    RenderResult result = JvmRenderer.render(RenderPlan.of(workload, request.tileSize(), threads), source);
                    if (i >= warmup) {
                        times[i - warmup] = result.ms();
                    }
                    hash = FrameHash.sha256(result.frame);
                    counters = result.counters;
                }
                double[] sorted = times.clone();
                Arrays.sort(sorted);
                double median = runs % 2 == 1 ? sorted[runs / 2] : (sorted[runs / 2 - 1] + sorted[runs / 2]) / 2;
                oneThread = threads == 1 ? median : oneThread;
                // What the workload counts (escape-time iterations, rays), in millions per second of the median run.
                List<String> rates = new ArrayList<>();
                for (java.util.Map.Entry<String, Long> counter : new java.util.TreeMap<>(counters).entrySet()) {
                    rates.add(String.format(Locale.ROOT, "%.1fM %s", counter.getValue() / median / 1e3, counter.getKey()));
                }
                String rate = String.join(", ", rates);
                out.printf(Locale.ROOT, "%-16s %7d %9.1f %9.1f %9.1f %7.2fx %10.1f  %s%n", name, threads, median, sorted[0],
                        sorted[runs - 1], oneThread / median, prepareMs, rate);
                json.append(firstResult ? "" : ",").append(String.format(Locale.ROOT,
                        "{\"workload\":\"%s\",\"workers\":%d,\"median\":%.3f,\"min\":%.3f,\"max\":%.3f,\"speedup\":%.4f,"
                                + "\"prepareMs\":%.3f,\"counters\":%s,\"hash\":\"%s\",\"runs\":%s}",
                        name, threads, median, sorted[0], sorted[runs - 1], oneThread / median, prepareMs,
                        Counters.json(counters),
                        hash, runsJson(times)));
                firstResult = false;
            }
        }
        json.append("]}");
        if (options.has("json")) {
            Files.writeString(Path.of(options.get("json", null)), json + "\n", StandardCharsets.UTF_8);
        }
        return ExitCode.OK;
    }

    /** The entry's request, with the scene file it names (and any {@code sceneFields} over it) put in as {@code params.scene}. */
    private static String requestText(JsonValue entry, Path site) throws IOException {
        JsonValue request = entry.members().get("request");
        JsonValue scene = entry.members().get("scene");
        if (scene != null) {
            JsonValue sceneValue = JsonReader.parse(Files.readString(site.resolve(scene.asString()), StandardCharsets.UTF_8));
            JsonValue fields = entry.members().get("sceneFields");
            if (fields != null) {
                for (java.util.Map.Entry<String, JsonValue> field : fields.members().entrySet()) {
                    sceneValue = sceneValue.with(field.getKey(), field.getValue());
                }
            }
            request = request.with("params", request.members().get("params").with("scene", sceneValue));
        }
        return request.toJson();
    }

    private static String runsJson(double[] times) {
        List<String> values = new ArrayList<>();
        for (double time : times) {
            values.add(String.format(Locale.ROOT, "%.3f", time));
        }
        return "[" + String.join(",", values) + "]";
    }
}
