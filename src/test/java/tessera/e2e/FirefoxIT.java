package tessera.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import tessera.render.JsonReader;
import tessera.render.JsonValue;

/**
 * The main end-to-end check in Firefox (Debian firefox-esr, driven by puppeteer-core over WebDriver
 * BiDi from src/test/firefox/render.mjs): Mandelbrot and the demo scene on 1 and 2 workers hash like
 * the JVM command line.
 */
class FirefoxIT {
    private static final String FIREFOX = System.getProperty("tessera.firefox", "/usr/bin/firefox-esr");

    @Test
    void mandelbrotAndTheDemoSceneMatchTheJvm() throws Exception {
        if (!new File(FIREFOX).canExecute() || !Files.isDirectory(Path.of("node_modules/puppeteer-core"))) {
            throw new IllegalStateException(FIREFOX + " or node_modules/puppeteer-core is missing: install Debian's firefox-esr"
                    + " and run npm ci, or run the README's test command, which does both");
        }
        String mandelbrot = "{\"workload\":\"mandelbrot\",\"width\":1920,\"height\":1080,\"params\":{\"maxIter\":1000,\"palette\":\"seed\"}}";
        String demo = "{\"workload\":\"raytrace\",\"params\":{\"scene\":"
                + Files.readString(Site.siteDir().resolve("scenes/demo.json")) + "}}";
        Path requests = Files.createTempFile(Site.outputDir(), "firefox", ".json");
        Files.writeString(requests, "[" + JsonText.of(mandelbrot) + "," + JsonText.of(demo) + "]");
        String output;
        try (Site site = Site.start()) {
            Process node = new ProcessBuilder("node", "src/test/firefox/render.mjs", site.baseUrl, requests.toString())
                    .redirectError(ProcessBuilder.Redirect.INHERIT).start();
            byte[] stdout = node.getInputStream().readAllBytes();
            if (!node.waitFor(5, TimeUnit.MINUTES)) {
                node.destroyForcibly();
                throw new IllegalStateException("Firefox did not finish within 5 minutes");
            }
            output = new String(stdout, StandardCharsets.UTF_8).trim();
            assertEquals(0, node.exitValue(), output);
        } finally {
            Files.delete(requests);
        }
        JsonValue report = JsonReader.parse(output.substring(output.lastIndexOf("\n") + 1));
        JsonValue ready = report.members().get("ready");
        assertEquals(true, ready.members().get("isolated").asBoolean(), output);
        assertEquals("wasm", ready.members().get("engine").asString(), output);
        List<JsonValue> results = report.members().get("results").elements();
        assertEquals(4, results.size());
        for (JsonValue result : results) {
            String request = result.members().get("request").asString();
            assertEquals(null, result.members().get("error"), output);
            assertEquals(Cli.hash(request, 2, Site.siteDir()), result.members().get("hash").asString(),
                    request.substring(0, 40) + " on " + result.members().get("workers").toJson() + " workers");
        }
    }
}
