package tessera.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tessera.picture.PictureFile;

/**
 * A zoom recorded in the page decodes (Debian's ffprobe and ffmpeg): the frame count, size and
 * codec asked for, and first and last frames that look like renders of the first and last views
 * (the command line's frames of the same sequence), within what lossy coding changes.
 */
class RecordingBrowserIT {
    private static final String REQUEST = "{\"workload\":\"mandelbrot\",\"width\":160,\"height\":90,\"params\":{\"center\":"
            + "{\"x\":-0.743643887037158,\"y\":0.131825904205312},\"maxIter\":2000,\"palette\":\"smooth\"}}";
    private static final int FRAMES = 8;

    @TempDir
    Path dir;

    @ParameterizedTest
    @CsvSource({"webm-vp9, vp9, shared", "mp4-h264, h264, transfer"})
    void aRecordedZoomDecodesToTheFramesOfItsViews(String format, String codec, String mode) throws Exception {
        Site site = "shared".equals(mode) ? Site.start() : Site.startWithoutIsolation();
        Path video = dir.resolve("zoom." + (format.startsWith("mp4") ? "mp4" : "webm"));
        try (BrowserPage page = BrowserPage.open(site, true)) {
            Map<String, Object> recorded = page.chrome.await("const progress = [];"
                    + "const r = await window.tessera.recordZoom({request: JSON.parse(args[0]), toZoom: '1e8', seconds: 1, fps: args[1],"
                    + "  format: args[2]}, {onProgress: (p) => progress.push(p.frame)});"
                    + "const bytes = new Uint8Array(await r.blob.arrayBuffer());"
                    + "let text = ''; for (let i = 0; i < bytes.length; i += 0x8000) text += String.fromCharCode(...bytes.subarray(i, i + 0x8000));"
                    + "return {base64: btoa(text), frames: r.frames, type: r.type, progress, mode: (await window.tessera.ready).mode};",
                    REQUEST, FRAMES, format);
            assertEquals(mode, recorded.get("mode"));
            assertEquals((long) FRAMES, recorded.get("frames"));
            assertEquals(List.of(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L), recorded.get("progress"));
            Files.write(video, Base64.getDecoder().decode((String) recorded.get("base64")));
        }
        String probe = run("ffprobe", "-v", "error", "-count_frames", "-select_streams", "v:0",
                "-show_entries", "stream=codec_name,width,height,nb_read_frames", "-of", "default=noprint_wrappers=1", video.toString());
        assertTrue(probe.contains("codec_name=" + codec), probe);
        assertTrue(probe.contains("width=160") && probe.contains("height=90"), probe);
        assertTrue(probe.contains("nb_read_frames=" + FRAMES), probe);

        Path request = Files.writeString(dir.resolve("zoom.json"), REQUEST);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        run(java, "-jar", Path.of(System.getProperty("tessera.jar", "target/tessera.jar")).toAbsolutePath().toString(), "frames",
                "--request", request.toString(), "--to-zoom", "1e8", "--frames", String.valueOf(FRAMES), "--out", dir.resolve("frames").toString());
        // Lossy coding blurs a view's finest filaments, the deep ones most (a mean difference of 3 to 30
        // of 255 per channel here), but a frame stays far nearer its own view than any other (80 or more).
        for (int k : new int[] {0, FRAMES - 1}) {
            byte[] frame = decoded(video, k);
            double own = meanDifference(frame, rendered(k));
            double nearestOther = Double.MAX_VALUE;
            for (int other = 0; other < FRAMES; other++) {
                if (other != k) {
                    nearestOther = Math.min(nearestOther, meanDifference(frame, rendered(other)));
                }
            }
            assertTrue(own < 40 && own < nearestOther / 3, "frame " + k + ": " + own + " from its view, " + nearestOther + " from the nearest other");
        }
    }

    /**
     * Without WebCodecs a recording can still be had as PNG frames in a zip: lossless, each frame
     * the command line's frame of the same sequence exactly; cycling the designed gradient at 0.8
     * turns a second, 8 frames a second, each is its frame with --cycle 0.1.
     */
    @ParameterizedTest
    @CsvSource({"0", "0.8"})
    void theFramesAsPngFilesInAZipAreTheRendersExactly(double cycle) throws Exception {
        String request = cycle == 0 ? REQUEST : REQUEST.replace("\"palette\":\"smooth\"", "\"palette\":\"smooth\",\"gradient\":{\"stops\":["
                + "{\"at\":0,\"color\":\"#1b0a3c\"},{\"at\":0.5,\"color\":\"#e0603a\"},{\"at\":0.8,\"color\":\"#fbe7a1\"}],\"offset\":0.3}");
        Path zip = dir.resolve("frames.zip");
        try (BrowserPage page = BrowserPage.open(Site.start(), true)) {
            Map<String, Object> recorded = page.chrome.await(
                    "const r = await window.tessera.recordZoom({request: JSON.parse(args[0]), toZoom: '1e8', seconds: 1, fps: args[1],"
                    + "  format: 'png-zip', cycle: args[2]});"
                    + "const bytes = new Uint8Array(await r.blob.arrayBuffer());"
                    + "let text = ''; for (let i = 0; i < bytes.length; i += 0x8000) text += String.fromCharCode(...bytes.subarray(i, i + 0x8000));"
                    + "return {base64: btoa(text), type: r.type, frames: r.frames};", request, FRAMES, cycle);
            assertEquals("application/zip", recorded.get("type"));
            Files.write(zip, Base64.getDecoder().decode((String) recorded.get("base64")));
        }
        assertTrue(run("unzip", "-t", zip.toString()).contains("No errors detected"));
        run("unzip", "-q", zip.toString(), "-d", dir.resolve("zipped").toString());
        Path requestFile = Files.writeString(dir.resolve("zoom.json"), request);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        run(java, "-jar", Path.of(System.getProperty("tessera.jar", "target/tessera.jar")).toAbsolutePath().toString(), "frames",
                "--request", requestFile.toString(), "--to-zoom", "1e8", "--frames", String.valueOf(FRAMES), "--cycle", String.valueOf(cycle / FRAMES),
                "--out", dir.resolve("frames").toString());
        for (int k = 0; k < FRAMES; k++) {
            String name = String.format("frame-%05d.png", k);
            org.junit.jupiter.api.Assertions.assertArrayEquals(rendered(k),
                    PictureFile.read(Files.readAllBytes(dir.resolve("zipped").resolve(name))).decode().pixels, name);
        }
    }

    /** Firefox records every format too, under the site's Content-Security-Policy: the videos decode, the zip holds the frames. */
    @org.junit.jupiter.api.Test
    void firefoxRecordsEveryFormat() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("firefox"));
        Site site = Site.start();
        String output;
        try {
            output = run("node", "src/test/firefox/record.mjs", site.baseUrl, REQUEST, folder.toString());
        } finally {
            site.close();
        }
        tessera.json.JsonValue report = tessera.json.JsonReader.parse(output.trim().substring(output.trim().lastIndexOf('\n') + 1));
        assertEquals(List.of(), report.members().get("violations").elements(), output);
        for (tessera.json.JsonValue result : report.members().get("results").elements()) {
            Map<String, tessera.json.JsonValue> fields = result.members();
            assertTrue(fields.containsKey("file"), output);
            assertEquals(FRAMES, (int) fields.get("frames").asDouble(), output);
            String file = fields.get("file").asString();
            if (file.endsWith("png-zip")) {
                assertTrue(run("unzip", "-l", file).contains(String.format("frame-%05d.png", FRAMES - 1)), file);
            } else {
                String probe = run("ffprobe", "-v", "error", "-count_frames", "-select_streams", "v:0",
                        "-show_entries", "stream=nb_read_frames", "-of", "default=noprint_wrappers=1", file);
                assertTrue(probe.contains("nb_read_frames=" + FRAMES), file + ": " + probe);
            }
        }
    }

    private int[] rendered(int k) throws Exception {
        return PictureFile.read(Files.readAllBytes(dir.resolve("frames").resolve(String.format("frame-%05d.png", k)))).decode().pixels;
    }

    /** Frame k of the video as RGBA bytes, decoded by ffmpeg. */
    private byte[] decoded(Path video, int k) throws Exception {
        Path raw = dir.resolve("frame" + k + ".rgba");
        run("ffmpeg", "-v", "error", "-y", "-i", video.toString(), "-vf", "select=eq(n\\," + k + ")", "-frames:v", "1",
                "-f", "rawvideo", "-pix_fmt", "rgba", raw.toString());
        return Files.readAllBytes(raw);
    }

    /** The mean absolute difference of the red, green and blue of two pictures, 0 … 255. */
    private static double meanDifference(byte[] rgba, int[] packed) {
        assertEquals(packed.length * 4, rgba.length, "the decoded frame's size");
        long sum = 0;
        for (int i = 0; i < packed.length; i++) {
            for (int c = 0; c < 3; c++) {
                sum += Math.abs((rgba[4 * i + c] & 0xff) - ((packed[i] >>> (8 * c)) & 0xff));
            }
        }
        return sum / (3.0 * packed.length);
    }

    private static String run(String... command) throws Exception {
        Process process = new ProcessBuilder(new ArrayList<>(List.of(command))).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(2, TimeUnit.MINUTES), String.join(" ", command) + " finished");
        assertEquals(0, process.exitValue(), String.join(" ", command) + ": " + output);
        return output;
    }
}
