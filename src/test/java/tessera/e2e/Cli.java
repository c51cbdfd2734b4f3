package tessera.e2e;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Runs the packaged command line, {@code java -jar target/tessera.jar render}, as a user would. */
final class Cli {
    private static final Pattern HASH = Pattern.compile("\"hash\":\"([0-9a-f]{64})\"");
    private static final Pattern ITERATIONS = Pattern.compile("\"iterations\":(\\d+)");

    private Cli() {
    }

    /** Renders the request with the jar and returns the hash it printed. */
    static String hash(String requestJson, int threads) throws Exception {
        return hash(requestJson, threads, Site.outputDir());
    }

    /** As {@link #hash(String, int)}, with the request file in {@code dir}, against which image paths resolve. */
    static String hash(String requestJson, int threads, Path dir) throws Exception {
        return hashOf(report(requestJson, threads, dir));
    }

    /** Renders the request with the jar and returns the report it printed (JSON). */
    static String report(String requestJson, int threads) throws Exception {
        return report(requestJson, threads, Site.outputDir());
    }

    /** The {@code hash} of a report. */
    static String hashOf(String report) {
        return field(report, HASH);
    }

    /** The {@code iterations} of a report. */
    static long iterations(String report) {
        return Long.parseLong(field(report, ITERATIONS));
    }

    private static String field(String report, Pattern pattern) {
        Matcher matcher = pattern.matcher(report);
        if (!matcher.find()) {
            throw new IllegalStateException("no " + pattern + " in the CLI's output: " + report);
        }
        return matcher.group(1);
    }

    private static String report(String requestJson, int threads, Path dir) throws Exception {
        Path request = Files.createTempFile(dir, "request", ".json");
        Path png = Files.createTempFile(dir, "cli", ".png");
        Files.writeString(request, requestJson);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(java, "-jar", System.getProperty("tessera.jar", "target/tessera.jar"),
                "render", "--request", request.toString(), "--out", png.toString(), "--threads", String.valueOf(threads))
                .redirectErrorStream(true).start();
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IllegalStateException("the CLI did not finish within 5 minutes");
        }
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.exitValue() != 0) {
            throw new IllegalStateException("the CLI exited with " + process.exitValue() + ": " + output);
        }
        Files.delete(request);
        Files.delete(png);
        return output;
    }
}
