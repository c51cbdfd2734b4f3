package tessera.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tessera.json.JsonReader;
import tessera.json.JsonValue;

/** The frames of a zoom sequence: deterministic, sharded, resumable, and each one a render of its view. */
class FramesCommandTest {
    /** A deep view (a centre given in decimals), so the sequence runs from doubles into perturbation. */
    private static final String REQUEST = "{\"workload\":\"mandelbrot\",\"width\":48,\"height\":27,\"params\":{\"center\":"
            + "{\"x\":\"-0.743643887037158704752191506114774\",\"y\":\"0.131825904205311970493132056385139\"},\"maxIter\":3000,"
            + "\"palette\":\"smooth\"}}";

    @TempDir
    Path dir;
    private final CommandLine cli = new CommandLine();

    private Path request() throws Exception {
        Path file = dir.resolve("request.json");
        Files.writeString(file, REQUEST);
        return file;
    }

    private int frames(Path folder, String... extra) throws Exception {
        List<String> args = new java.util.ArrayList<>(List.of("frames", "--request", request().toString(), "--to-zoom", "1e30",
                "--frames", "7", "--out", folder.toString()));
        args.addAll(List.of(extra));
        return cli.run(args.toArray(new String[0]));
    }

    private static List<String> pngs(Path folder) throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".png")).sorted().collect(Collectors.toList());
        }
    }

    @Test
    void twoShardsTogetherWriteExactlyTheFramesOfOneRun() throws Exception {
        assertEquals(0, frames(dir.resolve("whole")), cli.err.toString());
        assertEquals(0, frames(dir.resolve("shared"), "--shard", "0/2"), cli.err.toString());
        assertEquals(List.of("frame-00000.png", "frame-00002.png", "frame-00004.png", "frame-00006.png"), pngs(dir.resolve("shared")));
        assertEquals(0, frames(dir.resolve("shared"), "--shard", "1/2"), cli.err.toString());
        List<String> names = pngs(dir.resolve("whole"));
        assertEquals(7, names.size());
        assertEquals(names, pngs(dir.resolve("shared")));
        for (String name : names) {
            assertArrayEquals(Files.readAllBytes(dir.resolve("whole").resolve(name)), Files.readAllBytes(dir.resolve("shared").resolve(name)), name);
        }
        // The second shard's manifest hashes the first shard's frames from their files.
        assertEquals(Files.readString(dir.resolve("whole/manifest.json")), Files.readString(dir.resolve("shared/manifest.json")));
    }

    @Test
    void aRerunRendersOnlyTheFramesThatAreMissing() throws Exception {
        Path folder = dir.resolve("frames");
        assertEquals(0, frames(folder), cli.err.toString());
        byte[] third = Files.readAllBytes(folder.resolve("frame-00003.png"));
        FileTime old = FileTime.fromMillis(1_000_000_000_000L);
        for (String name : pngs(folder)) {
            Files.setLastModifiedTime(folder.resolve(name), old);
        }
        Files.delete(folder.resolve("frame-00003.png"));
        assertEquals(0, frames(folder), cli.err.toString());
        assertTrue(cli.out.toString().contains("\"rendered\":1,\"alreadyThere\":6"), cli.out.toString());
        assertTrue(cli.err.toString().contains("frame 4 of 7") && !cli.err.toString().contains("frame 3 of 7"), cli.err.toString());
        assertArrayEquals(third, Files.readAllBytes(folder.resolve("frame-00003.png")), "the same frame again");
        for (String name : pngs(folder)) {
            assertEquals(name.equals("frame-00003.png"), !Files.getLastModifiedTime(folder.resolve(name)).equals(old), name);
        }
    }

    @Test
    void eachFrameIsTheRenderOfItsViewAndTheZoomsGrowByOneFactor() throws Exception {
        Path folder = dir.resolve("frames");
        assertEquals(0, frames(folder), cli.err.toString());
        JsonValue manifest = JsonReader.parse(Files.readString(folder.resolve("manifest.json")));
        List<JsonValue> zooms = manifest.members().get("zooms").elements();
        List<JsonValue> hashes = manifest.members().get("hashes").elements();
        assertEquals("1", zooms.get(0).asString());
        assertEquals(new BigDecimal("1e30"), new BigDecimal(zooms.get(6).asString()));
        for (int k = 1; k < 7; k++) {
            double step = Math.log10(new BigDecimal(zooms.get(k).asString()).doubleValue() / new BigDecimal(zooms.get(k - 1).asString()).doubleValue());
            assertEquals(5.0, step, 1e-9, "zoom " + k + " is 10⁵ times zoom " + (k - 1));
        }
        for (int k : new int[] {0, 3, 6}) {
            String zoom = zooms.get(k).asString();
            String frame = REQUEST.replace("\"maxIter\"", "\"zoom\":" + (k == 6 ? "1E+30" : zoom) + ",\"maxIter\"");
            Path request = dir.resolve("frame" + k + ".json");
            Files.writeString(request, frame);
            Path png = dir.resolve("render" + k + ".png");
            assertEquals(0, cli.run("render", "--request", request.toString(), "--out", png.toString()), cli.err.toString());
            assertTrue(cli.out.toString().contains("\"hash\":\"" + hashes.get(k).asString() + "\""), k + ": " + cli.out);
            assertArrayEquals(Files.readAllBytes(png), Files.readAllBytes(folder.resolve(String.format("frame-%05d.png", k))), "frame " + k);
        }
    }

    @Test
    void aFolderOfAnotherSequenceIsRefusedAndLeftAlone() throws Exception {
        Path folder = dir.resolve("frames");
        assertEquals(0, frames(folder), cli.err.toString());
        String manifest = Files.readString(folder.resolve("manifest.json"));
        assertEquals(ExitCode.IO, cli.run("frames", "--request", request().toString(), "--to-zoom", "1e31", "--frames", "7",
                "--out", folder.toString()));
        assertTrue(cli.err.toString().contains("holds the frames of another sequence"), cli.err.toString());
        assertEquals(manifest, Files.readString(folder.resolve("manifest.json")));
        assertEquals(7, pngs(folder).size());
    }

    @Test
    void badOptionsAndUnreachableZoomsAreRefusedInTheUsersWords() throws Exception {
        assertEquals(ExitCode.USAGE, frames(dir.resolve("a"), "--shard", "2/2"));
        assertTrue(cli.err.toString().contains("--shard must be i/n with 0 ≤ i < n"), cli.err.toString());
        assertEquals(ExitCode.USAGE, cli.run("frames", "--request", request().toString(), "--to-zoom", "deep", "--frames", "3",
                "--out", dir.resolve("b").toString()));
        assertTrue(cli.err.toString().contains("--to-zoom must be a positive number"), cli.err.toString());
        assertEquals(ExitCode.INVALID_REQUEST, cli.run("frames", "--request", request().toString(), "--to-zoom", "1e20000",
                "--frames", "3", "--out", dir.resolve("c").toString()));
        assertTrue(cli.err.toString().contains("params.zoom: must be") && cli.err.toString().contains("(the last frame, zoom 1E+20000)"),
                cli.err.toString());
        assertTrue(!Files.exists(dir.resolve("c")), "nothing written for a sequence that cannot be rendered");
    }

    @Test
    void aFrameThatIsEmptyDamagedOrNotTheManifestsPictureIsRenderedAgain() throws Exception {
        Path folder = dir.resolve("frames");
        assertEquals(0, frames(folder), cli.err.toString());
        byte[] second = Files.readAllBytes(folder.resolve("frame-00002.png"));
        byte[] fifth = Files.readAllBytes(folder.resolve("frame-00005.png"));
        Files.write(folder.resolve("frame-00005.png"), new byte[0]);
        Files.write(folder.resolve("frame-00002.png"), java.util.Arrays.copyOf(second, second.length / 2));
        // A whole picture, but another frame's: only the manifest's hash tells it apart.
        Files.copy(folder.resolve("frame-00000.png"), folder.resolve("frame-00004.png"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        assertEquals(0, frames(folder), cli.err.toString());
        assertTrue(cli.out.toString().contains("\"rendered\":3,\"alreadyThere\":4"), cli.out.toString());
        assertTrue(cli.err.toString().contains("frame-00005.png is empty; rendering it again"), cli.err.toString());
        assertTrue(cli.err.toString().contains("frame-00002.png cannot be read"), cli.err.toString());
        assertTrue(cli.err.toString().contains("frame-00004.png is not the picture the manifest's hash names"), cli.err.toString());
        assertArrayEquals(fifth, Files.readAllBytes(folder.resolve("frame-00005.png")));
        assertArrayEquals(second, Files.readAllBytes(folder.resolve("frame-00002.png")));
    }

    @Test
    void aStoppedRunsTemporaryFilesAreRemovedByTheNextRunOfItsShard() throws Exception {
        Path folder = dir.resolve("frames");
        assertEquals(0, frames(folder, "--shard", "0/2"), cli.err.toString());
        Path mine = Files.writeString(folder.resolve(".frame-00003.png.12345.partial"), "half a frame");
        Path another = Files.writeString(folder.resolve(".frame-00002.png.777.partial"), "being written by shard 0");
        Path unrelated = Files.writeString(folder.resolve(".notes.partial"), "the user's");
        assertEquals(0, frames(folder, "--shard", "1/2"), cli.err.toString());
        assertTrue(!Files.exists(mine), "shard 1's leftover is gone");
        assertTrue(Files.exists(another), "shard 0's file is left to shard 0");
        assertTrue(Files.exists(unrelated));
    }

    @Test
    void anEmptyFolderNameIsRefusedInsteadOfWritingIntoTheCurrentFolder() throws Exception {
        assertEquals(ExitCode.USAGE, cli.run("frames", "--request", request().toString(), "--to-zoom", "1e30", "--frames", "3", "--out", ""));
        assertTrue(cli.err.toString().contains("--out needs a folder name, got \"\""), cli.err.toString());
    }

    @Test
    void aZoomWithAnAbsurdExponentIsRefusedAsSuchAtOnce() throws Exception {
        assertEquals(ExitCode.USAGE, cli.run("frames", "--request", request().toString(), "--to-zoom", "1e2147483647", "--frames", "3",
                "--out", dir.resolve("d").toString()));
        assertTrue(cli.err.toString().contains("--to-zoom must be at most 1e100000 (far past any view), got 1e2147483647"), cli.err.toString());
        assertEquals(ExitCode.USAGE, cli.run("frames", "--request", request().toString(), "--to-zoom", "-1e5", "--frames", "3",
                "--out", dir.resolve("d").toString()));
        assertTrue(cli.err.toString().contains("--to-zoom must be a positive number such as 1e300"), cli.err.toString());
    }

    @Test
    void cyclingFramesAreTheRendersOfTheirTurnedGradientAndAnotherCycleIsAnotherSequence() throws Exception {
        String gradient = ",\"gradient\":{\"stops\":[{\"at\":0,\"color\":\"#102030\"},{\"at\":0.5,\"color\":\"#f0a000\"}],\"offset\":0.9}";
        Path request = dir.resolve("cycling.json");
        Files.writeString(request, REQUEST.replace("\"palette\":\"smooth\"", "\"palette\":\"smooth\"" + gradient));
        Path folder = dir.resolve("cycling");
        assertEquals(0, cli.run("frames", "--request", request.toString(), "--to-zoom", "1e8", "--frames", "3", "--cycle", "0.05",
                "--out", folder.toString()), cli.err.toString());
        JsonValue manifest = JsonReader.parse(Files.readString(folder.resolve("manifest.json")));
        assertEquals("0.05", manifest.members().get("cycle").asString());
        // Frame 2: offset 0.9 + 2 × 0.05 = 1.0, that is 0; the frame is what render makes of that request.
        String zoom = manifest.members().get("zooms").elements().get(2).asString();
        Path frame = dir.resolve("frame2.json");
        Files.writeString(frame, REQUEST.replace("\"maxIter\"", "\"zoom\":" + zoom + ",\"maxIter\"")
                .replace("\"palette\":\"smooth\"", "\"palette\":\"smooth\"" + gradient.replace("0.9}", "0}")));
        Path png = dir.resolve("frame2.png");
        assertEquals(0, cli.run("render", "--request", frame.toString(), "--out", png.toString()), cli.err.toString());
        assertArrayEquals(Files.readAllBytes(png), Files.readAllBytes(folder.resolve("frame-00002.png")));
        assertEquals(ExitCode.IO, cli.run("frames", "--request", request.toString(), "--to-zoom", "1e8", "--frames", "3", "--cycle", "0.1",
                "--out", folder.toString()));
        assertTrue(cli.err.toString().contains("holds the frames of another sequence"), cli.err.toString());
        assertEquals(ExitCode.USAGE, cli.run("frames", "--request", request.toString(), "--to-zoom", "1e8", "--frames", "3", "--cycle", "2",
                "--out", dir.resolve("other").toString()));
        assertTrue(cli.err.toString().contains("--cycle must be a number of turns of the gradient a frame, from -1 to 1"), cli.err.toString());
    }
}
