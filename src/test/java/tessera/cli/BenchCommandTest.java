package tessera.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tessera.json.JsonReader;
import tessera.json.JsonValue;

class BenchCommandTest {
    @TempDir
    Path site;

    @Test
    void benchmarksEveryCatalogueEntryOnOneToNThreads() throws Exception {
        Files.createDirectories(site.resolve("bench"));
        Files.createDirectories(site.resolve("scenes"));
        Files.copy(Path.of("src/main/webapp/scenes/demo.json"), site.resolve("scenes/demo.json"));
        Files.writeString(site.resolve("bench/workloads.json"), "["
                + "{\"name\":\"tiny-mandelbrot\",\"short\":\"M\",\"label\":\"M\",\"request\":{\"workload\":\"mandelbrot\","
                + "\"width\":64,\"height\":48,\"params\":{\"maxIter\":50}}},"
                + "{\"name\":\"tiny-demo\",\"short\":\"R\",\"label\":\"R\",\"request\":{\"workload\":\"raytrace\",\"width\":40,"
                + "\"height\":40,\"params\":{}},\"scene\":\"scenes/demo.json\"}]");
        Path json = site.resolve("out.json");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code = Main.run(new String[] {"bench", "--site", site.toString(), "--threads", "2", "--warmup", "1", "--runs", "3",
            "--json", json.toString()}, new PrintStream(out, true, StandardCharsets.UTF_8), System.err);
        assertEquals(ExitCode.OK, code, out.toString(StandardCharsets.UTF_8));
        String table = out.toString(StandardCharsets.UTF_8);
        assertTrue(table.lines().anyMatch(l -> l.matches("tiny-demo\\s+2\\s.*x\\s+[0-9.]+\\s+[0-9.]+M rays")), table);
        JsonValue results = JsonReader.parse(Files.readString(json)).members().get("results");
        assertEquals(4, results.elements().size());
        JsonValue first = results.elements().get(0);
        assertEquals("tiny-mandelbrot", first.members().get("workload").asString());
        assertEquals(3, first.members().get("runs").elements().size());
        assertEquals(1.0, first.members().get("speedup").asDouble());
        // The escape-time workload reports the escape counts of its escaped pixels; the ray tracer none.
        JsonValue fractalCounts = first.members().get("counters");
        JsonValue tracerCounts = results.elements().get(2).members().get("counters");
        assertTrue(fractalCounts.members().get("iterations").asDouble() > 0, first.toJson());
        assertTrue(first.members().get("prepareMs").asDouble() >= 0, first.toJson());
        assertEquals(null, tracerCounts.members().get("iterations"), "a ray tracer counts no iterations");
        assertTrue(tracerCounts.members().get("rays").asDouble() > 0, "but rays");
        assertEquals(null, fractalCounts.members().get("rays"), "a fractal traces no rays");
        assertEquals(results.elements().get(2).members().get("hash").asString(),
                results.elements().get(3).members().get("hash").asString(), "threads do not change the picture");
    }

    @Test
    void aMissingSiteIsReportedWithWhatToDo() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(new String[] {"bench", "--site", site.resolve("none").toString()}, System.out,
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(ExitCode.IO, code);
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("build the site first"), err.toString());
    }
}
