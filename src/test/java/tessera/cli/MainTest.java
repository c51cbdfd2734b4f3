package tessera.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tessera.escapetime.EscapeData;
import tessera.escapetime.SeedPalette;

class MainTest {
    @TempDir
    Path dir;

    private final CommandLine cli = new CommandLine();
    private final ByteArrayOutputStream out = cli.out;
    private final ByteArrayOutputStream err = cli.err;

    private int run(String... args) {
        return cli.run(args);
    }

    private Path request(String json) throws Exception {
        return Files.writeString(dir.resolve("request.json"), json);
    }

    private static String field(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\":(\"[^\"]*\"|[0-9.]+)").matcher(json);
        assertTrue(m.find(), name + " in " + json);
        return m.group(1).replace("\"", "");
    }

    @Test
    void theExactRenderOfADeepViewIsTheOracleThePerturbedOneMatches() throws Exception {
        // Around the Misiurewicz point i at zoom 10^60, counts written into the pixels.
        Path req = request("{\"workload\":\"mandelbrot\",\"width\":48,\"height\":32,\"params\":{\"maxIter\":2000,"
                + "\"palette\":\"iterations\",\"center\":{\"x\":\"2.9e-61\",\"y\":\"1.0000000000000000000000000000000000000000000000000000000000001\"},"
                + "\"zoom\":\"1e60\"}}");
        assertEquals(0, run("render", "--request", req.toString(), "--out", dir.resolve("fast.png").toString()));
        String fast = field(out.toString(StandardCharsets.UTF_8), "hash");
        assertEquals(0, run("render", "--request", req.toString(), "--out", dir.resolve("exact.png").toString(), "--exact"));
        String exact = field(out.toString(StandardCharsets.UTF_8), "hash");
        assertEquals(exact, fast, "every pixel escapes at the iteration its full-precision orbit does");
        BufferedImage image = ImageIO.read(dir.resolve("exact.png").toFile());
        java.util.Set<Integer> counts = new java.util.HashSet<>();
        for (int y = 0; y < 32; y++) {
            for (int x = 0; x < 48; x++) {
                counts.add(image.getRGB(x, y) & 0xffffff);
            }
        }
        assertTrue(counts.size() >= 10, "a picture with structure, not one colour: " + counts.size());
        assertEquals(2, run("render", "--request", req.toString(), "--out", dir.resolve("x.png").toString(), "--exact", "--exact"));
    }

    @Test
    void rendersAPngAndPrintsOneJsonLine() throws Exception {
        Path req = request("{\"workload\":\"mandelbrot\",\"width\":96,\"height\":54,\"tileSize\":16,\"params\":{\"maxIter\":100}}");
        Path png = dir.resolve("out.png");
        assertEquals(0, run("render", "--request", req.toString(), "--out", png.toString(), "--threads", "3"));
        String line = out.toString(StandardCharsets.UTF_8).trim();
        assertEquals(1, line.lines().count());
        assertEquals("96", field(line, "width"));
        assertEquals("54", field(line, "height"));
        assertEquals("3", field(line, "workers"));
        assertEquals("24", field(line, "tiles"));
        assertEquals(64, field(line, "hash").length());
        assertTrue(line.contains("\"perWorker\":[{\"worker\":0,"), line);
        BufferedImage image = ImageIO.read(png.toFile());
        assertEquals(96, image.getWidth());
        assertEquals(54, image.getHeight());
        // Pixel (0,0) is c = −2.5 − i, which escapes after one iteration: t = 0.01 gives blue 21.
        int argb = image.getRGB(0, 0);
        int expected = new SeedPalette().color(EscapeData.of(1, 1.0), 100);
        assertEquals(0xff000000 | (expected & 0xff) << 16 | (expected & 0xff00) | (expected >> 16 & 0xff), argb);
    }

    @Test
    void hashDoesNotDependOnTheThreadCount() throws Exception {
        Path req = request("{\"workload\":\"mandelbrot\",\"width\":200,\"height\":100,\"params\":{\"maxIter\":300}}");
        String png = dir.resolve("o.png").toString();
        run("render", "--request", req.toString(), "--out", png, "--threads", "1");
        String one = field(out.toString(StandardCharsets.UTF_8), "hash");
        run("render", "--request", req.toString(), "--out", png, "--threads", "4");
        assertEquals(one, field(out.toString(StandardCharsets.UTF_8), "hash"));
    }

    @Test
    void invalidRequestExitsWithCodeThreeNamingTheField() throws Exception {
        Path req = request("{\"workload\":\"mandelbrot\",\"width\":0,\"height\":100}");
        assertEquals(ExitCode.INVALID_REQUEST, run("render", "--request", req.toString(), "--out", dir.resolve("o.png").toString()));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("width: must be an integer from 1 to 65535, got 0"), err.toString());
        assertEquals("", out.toString(StandardCharsets.UTF_8));
    }

    /**
     * The requests every host refuses. A frame over the browser's 40 million pixels is not among
     * them: the command line writes its pictures a band at a time, up to 65,535 pixels a side
     * ({@code aFrameBeyondWhatAPngHoldsIsRefused}).
     */
    static java.util.stream.Stream<tessera.BadRequests.Case> badForEveryHost(java.util.List<tessera.BadRequests.Case> cases) {
        return cases.stream().filter(bad -> !bad.field.equals("width × height"));
    }

    static java.util.stream.Stream<tessera.BadRequests.Case> badRequests() throws Exception {
        return badForEveryHost(tessera.BadRequests.all());
    }

    static java.util.stream.Stream<tessera.BadRequests.Case> malformedInputs() {
        return badForEveryHost(tessera.MalformedInputs.all());
    }

    @Test
    void aFrameBeyondWhatAPngHoldsIsRefused() throws Exception {
        Path req = request("{\"workload\":\"mandelbrot\",\"width\":65535,\"height\":65536}");
        assertEquals(ExitCode.INVALID_REQUEST, run("render", "--request", req.toString(), "--out", dir.resolve("o.png").toString()));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("height: must be an integer from 1 to 65535, got 65536"), err.toString());
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.MethodSource("badRequests")
    void everyBadRequestIsRefusedWithCodeThree(tessera.BadRequests.Case bad) throws Exception {
        Path req = request(bad.json);
        assertEquals(ExitCode.INVALID_REQUEST, run("render", "--request", req.toString(), "--out", dir.resolve("o.png").toString()));
        assertTrue(err.toString(StandardCharsets.UTF_8).startsWith("tessera: invalid request: " + bad.field + ": "), err.toString());
        assertTrue(Files.notExists(dir.resolve("o.png")));
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.MethodSource("malformedInputs")
    void everyGeneratedMalformedRequestIsRefusedWithCodeThree(tessera.BadRequests.Case bad) throws Exception {
        Path site = Path.of("src/main/webapp").toAbsolutePath();
        Path req = Files.writeString(Files.createTempFile(site.resolve("samples"), "malformed", ".json"), bad.json);
        try {
            int code = run("render", "--request", req.toString(), "--out", dir.resolve("o.png").toString());
            String message = err.toString(StandardCharsets.UTF_8);
            assertEquals(ExitCode.INVALID_REQUEST, code, bad + " → " + message + out.toString(StandardCharsets.UTF_8));
            assertTrue(message.startsWith("tessera: invalid request: " + bad.field + ": "), bad + " → " + message);
        } finally {
            Files.delete(req);
        }
    }

    @Test
    void theGeneratedCorpusHasAtLeastTwoHundredCases() {
        assertTrue(tessera.MalformedInputs.all().size() >= 200, String.valueOf(tessera.MalformedInputs.all().size()));
    }

    @Test
    void usageErrorsExitWithCodeTwo() {
        assertEquals(ExitCode.USAGE, run());
        assertEquals(ExitCode.USAGE, run("paint"));
        assertEquals(ExitCode.USAGE, run("render", "--out", "x.png"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("--request is required"));
        assertEquals(ExitCode.USAGE, run("render", "--request", "r.json", "--out", "x.png", "--threads", "0"));
        assertEquals(ExitCode.USAGE, run("render", "--request", "r.json", "--colour", "red"));
    }

    @Test
    void helpAnywhereShowsTheUsageAndSucceeds() {
        for (String[] args : new String[][] {{"--help"}, {"help"}, {"serve", "--help"}, {"render", "--request", "r.json", "--help"}}) {
            assertEquals(ExitCode.OK, run(args), String.join(" ", args));
            assertTrue(out.toString(StandardCharsets.UTF_8).startsWith("usage: java -jar tessera.jar render"), String.join(" ", args));
        }
    }

    @Test
    void missingFilesExitWithCodeFour() {
        assertEquals(ExitCode.IO, run("render", "--request", dir.resolve("none.json").toString(), "--out", "x.png"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("no such file"), err.toString());
    }
}
