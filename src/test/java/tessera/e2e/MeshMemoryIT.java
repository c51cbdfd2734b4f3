package tessera.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tessera.render.RenderLimits;

/**
 * A mesh of two million triangles on a machine of sixteen cores: each worker holds its own copy of
 * a scene's meshes, so the engine gives the scene only as many workers as fit together within
 * RenderLimits.MAX_WORKERS_BYTES. Without that, sixteen workers building the mesh at once took the
 * tab past what Chromium gives it (it died at 5.3 GB with twelve workers and half the triangles).
 */
class MeshMemoryIT {
    @Test
    void twoMillionTrianglesOnSixteenWorkersStayWithinTheBudget() throws Exception {
        Path model = Site.siteDir().resolve("models/memory-test-grid.obj");
        writeGrid(model, 1000);
        try (Site site = Site.start(); Chrome chrome = Chrome.start()) {
            chrome.emulateCores(16);
            chrome.driver.get(site.baseUrl);
            Map<String, Object> ready = chrome.await("return await window.tessera.ready;");
            assertEquals(16L, ready.get("workers"), ready.toString());
            String scene = Files.readString(Site.siteDir().resolve("scenes/cornell-bunny.json"))
                    .replace("\"models/bunny.obj\"", "\"models/memory-test-grid.obj\"").replace("\"samples\": 64", "\"samples\": 1");
            String request = "{\"workload\":\"raytrace\",\"width\":48,\"height\":48,\"params\":{\"scene\":" + scene + "}}";
            Map<String, Object> outcome = chrome.await("const result = await window.tessera.render(JSON.parse(args[0]));"
                    + "const memory = await performance.measureUserAgentSpecificMemory();"
                    + "return {hash: result.hash, workers: result.workers, bytes: memory.bytes,"
                    + " message: document.getElementById('message').textContent};", request);
            System.out.printf("2,000,000 triangles on %s of 16 workers: %.0f MB in the page and its workers after the render%n",
                    outcome.get("workers"), ((Number) outcome.get("bytes")).doubleValue() / 1e6);
            assertEquals(2L, outcome.get("workers"), outcome.toString());
            assertTrue(((Number) outcome.get("bytes")).longValue() < RenderLimits.MAX_WORKERS_BYTES, outcome.toString());
            assertTrue(((String) outcome.get("message")).contains("Only 2 of 16 workers: each holds its own copy of the scene's meshes"),
                    outcome.toString());
            assertEquals(Cli.hash(request, 2, Site.siteDir()), outcome.get("hash"));
        } finally {
            Files.deleteIfExists(model);
        }
    }

    /** An n × n grid of quads, 2n² triangles, in a unit square. */
    private static void writeGrid(Path file, int n) throws Exception {
        try (BufferedWriter out = Files.newBufferedWriter(file)) {
            for (int y = 0; y <= n; y++) {
                for (int x = 0; x <= n; x++) {
                    out.write("v " + (double) x / n + " " + (double) y / n + " 0\n");
                }
            }
            for (int y = 0; y < n; y++) {
                for (int x = 0; x < n; x++) {
                    int a = y * (n + 1) + x + 1;
                    out.write("f " + a + " " + (a + 1) + " " + (a + n + 2) + " " + (a + n + 1) + "\n");
                }
            }
        }
    }
}
