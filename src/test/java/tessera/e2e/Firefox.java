package tessera.e2e;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import tessera.json.JsonReader;
import tessera.json.JsonValue;

/**
 * Headless Firefox (Debian firefox-esr) driven by puppeteer-core over WebDriver BiDi from
 * src/test/firefox/render.mjs: opens a page, renders requests on 1 and 2 workers, reports.
 */
final class Firefox {
    private static final String FIREFOX = System.getProperty("tessera.firefox", "/usr/bin/firefox-esr");

    private Firefox() {
    }

    /**
     * Renders each request (JSON text) at {@code pageUrl} on 1 and 2 workers and returns the report:
     * {@code {ready, violations, results: [{request, workers, hash | error}]}}.
     */
    static JsonValue render(String pageUrl, List<String> requests) throws Exception {
        if (!new File(FIREFOX).canExecute() || !Files.isDirectory(Path.of("node_modules/puppeteer-core"))) {
            throw new IllegalStateException(FIREFOX + " or node_modules/puppeteer-core is missing: install Debian's firefox-esr"
                    + " and run npm ci, or run the README's test command, which does both");
        }
        Path file = Files.createTempFile(Site.outputDir(), "firefox", ".json");
        try {
            Files.writeString(file, requests.stream().map(JsonText::of).collect(Collectors.joining(",", "[", "]")));
            Process node = new ProcessBuilder("node", "src/test/firefox/render.mjs", pageUrl, file.toString())
                    .redirectError(ProcessBuilder.Redirect.INHERIT).start();
            byte[] stdout = node.getInputStream().readAllBytes();
            if (!node.waitFor(5, TimeUnit.MINUTES)) {
                node.destroyForcibly();
                throw new IllegalStateException("Firefox did not finish within 5 minutes");
            }
            String output = new String(stdout, StandardCharsets.UTF_8).trim();
            if (node.exitValue() != 0) {
                throw new IllegalStateException("render.mjs exited with " + node.exitValue() + ": " + output);
            }
            return JsonReader.parse(output.substring(output.lastIndexOf("\n") + 1));
        } finally {
            Files.delete(file);
        }
    }
}
