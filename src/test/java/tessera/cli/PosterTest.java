package tessera.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tessera.jvm.FrameHash;
import tessera.jvm.JvmRenderer;
import tessera.picture.PictureFile;
import tessera.render.Picture;
import tessera.render.RenderPlan;
import tessera.workloads.Workloads;

/** {@code render} writes its PNG a band at a time: the same bytes as the whole frame, in a fraction of its memory. */
class PosterTest {
    @TempDir
    Path dir;

    private Path request(String json) throws Exception {
        return Files.writeString(dir.resolve("request.json"), json);
    }

    /** Runs the command line in a JVM of its own, with {@code heap} of memory at most. */
    private String render(String heap, Path request, Path png) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(java, "-Xmx" + heap, "-cp", System.getProperty("java.class.path"), "tessera.cli.Main",
                "render", "--request", request.toString(), "--out", png.toString(), "--threads", "2")
                .redirectErrorStream(true).start();
        assertTrue(process.waitFor(5, TimeUnit.MINUTES), "the render finished");
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, process.exitValue(), output);
        return output;
    }

    @Test
    void theBandsMakeTheSamePngAsTheWholeFrame() throws Exception {
        for (String json : List.of(
                "{\"workload\":\"mandelbrot\",\"width\":301,\"height\":203,\"tileSize\":16,\"params\":{\"palette\":\"distance\","
                        + "\"center\":{\"x\":-0.745,\"y\":0.112},\"zoom\":30,\"maxIter\":2000}}",
                "{\"workload\":\"julia\",\"width\":256,\"height\":130,\"tileSize\":64,\"params\":{\"palette\":\"smooth\"}}")) {
            Path png = dir.resolve("banded.png");
            assertEquals(0, new CommandLine().run("render", "--request", request(json).toString(), "--out", png.toString()));
            int[] whole = JvmRenderer.render(RenderPlan.of(Workloads.create(Workloads.parse(json, 2), tessera.render.Preparation.none()),
                    Workloads.parse(json, 2).tileSize(), 2), null).frame;
            ByteArrayOutputStream expected = new ByteArrayOutputStream();
            PngWriter.write(whole, Workloads.parse(json, 2).width(0), Workloads.parse(json, 2).height(0), expected);
            assertArrayEquals(expected.toByteArray(), Files.readAllBytes(png), json);
            assertArrayEquals(whole, PictureFile.read(Files.readAllBytes(png)).decode().pixels, "the PNG holds the pixels");
        }
    }

    /**
     * 4000 × 4000 in a JVM of 48 MB: the frame alone would take 64 MB as packed pixels, so it only
     * fits a band at a time. The hash the command prints is the PNG's pixels'.
     */
    @Test
    void aFrameLargerThanTheHeapIsWrittenABandAtATime() throws Exception {
        Path request = request("{\"workload\":\"mandelbrot\",\"width\":4000,\"height\":4000,\"params\":{\"maxIter\":200,"
                + "\"palette\":\"smooth\",\"center\":{\"x\":-0.75,\"y\":0},\"zoom\":0.9}}");
        Path png = dir.resolve("poster.png");
        String output = render("48m", request, png);
        Picture picture = PictureFile.read(Files.readAllBytes(png)).decode();
        assertEquals(4000, picture.width);
        assertEquals(4000, picture.height);
        assertTrue(output.contains("\"hash\":\"" + FrameHash.sha256(picture.pixels) + "\""), output);
    }
}
