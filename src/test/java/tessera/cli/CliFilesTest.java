package tessera.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tessera.json.JsonReader;

/** What the command line reads and writes: nothing a user owns is lost, nothing huge is read whole. */
class CliFilesTest {
    private static final String REQUEST = "{\"workload\":\"mandelbrot\",\"width\":16,\"height\":9}";

    @TempDir
    Path dir;

    private final CommandLine cli = new CommandLine();

    private int run(String... args) {
        return cli.run(args);
    }

    private String error() {
        return cli.err.toString(StandardCharsets.UTF_8);
    }

    private Path request() throws IOException {
        return Files.writeString(dir.resolve("request.json"), REQUEST);
    }

    @Test
    void aFolderAtTheOutputPathIsRefusedAndKept() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("pictures"));
        assertEquals(ExitCode.IO, run("render", "--request", request().toString(), "--out", folder.toString()));
        assertTrue(error().contains("is a folder"), error());
        assertTrue(Files.isDirectory(folder));
    }

    @Test
    void aSymbolicLinkAtTheOutputPathIsRefusedAndItsTargetKept() throws Exception {
        Path precious = Files.writeString(dir.resolve("precious.txt"), "mine");
        Path link = Files.createSymbolicLink(dir.resolve("out.png"), precious);
        assertEquals(ExitCode.IO, run("render", "--request", request().toString(), "--out", link.toString()));
        assertTrue(error().contains("symbolic link"), error());
        assertEquals("mine", Files.readString(precious));
        assertTrue(Files.isSymbolicLink(link));
    }

    @Test
    void aDeviceIsNeverReplaced() throws Exception {
        Path device = Path.of("/dev/null");
        assertEquals(ExitCode.IO, run("render", "--request", request().toString(), "--out", device.toString()));
        assertTrue(error().contains("not a regular file"), error());
        assertTrue(!Files.isRegularFile(device));
    }

    @Test
    void theRequestFileIsNeverOverwritten() throws Exception {
        Path request = request();
        assertEquals(ExitCode.IO, run("render", "--request", request.toString(), "--out", dir.resolve("./request.json").toString()));
        assertTrue(error().contains("is the request file"), error());
        assertEquals(REQUEST, Files.readString(request));
    }

    @Test
    void aMissingFolderIsNamed() throws Exception {
        assertEquals(ExitCode.IO, run("render", "--request", request().toString(), "--out", dir.resolve("no/such/out.png").toString()));
        assertTrue(error().contains("the folder " + dir.resolve("no/such") + " does not exist"), error());
    }

    @Test
    void anExistingPictureIsReplacedWholeAndNoTemporaryFileIsLeft() throws Exception {
        Path png = Files.write(dir.resolve("out.png"), new byte[100_000]);
        assertEquals(ExitCode.OK, run("render", "--request", request().toString(), "--out", png.toString()));
        byte[] written = Files.readAllBytes(png);
        assertTrue(written.length < 100_000, "no stale bytes after the new picture: " + written.length);
        assertArrayEquals(new byte[] {(byte) 0x89, 'P', 'N', 'G'}, java.util.Arrays.copyOf(written, 4));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(2, files.count(), "only the request and the picture");
        }
    }

    @Test
    void aNewPictureIsReadableByAllAndAReplacedOneKeepsItsPermissions() throws Exception {
        Path png = dir.resolve("out.png");
        assertEquals(ExitCode.OK, run("render", "--request", request().toString(), "--out", png.toString()));
        assertEquals("rw-r--r--", java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(png)));
        Files.setPosixFilePermissions(png, java.nio.file.attribute.PosixFilePermissions.fromString("rw-rw----"));
        assertEquals(ExitCode.OK, run("render", "--request", request().toString(), "--out", png.toString()));
        assertEquals("rw-rw----", java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(png)));
    }

    @Test
    void aFailedWriteLeavesTheOldFileAsItWas() throws Exception {
        Path old = Files.writeString(dir.resolve("old.png"), "the old picture");
        IOException failure = org.junit.jupiter.api.Assertions.assertThrows(IOException.class,
                () -> OutputFile.write(old, null, out -> {
                    out.write(new byte[1000]);
                    throw new IOException("disk full");
                }));
        assertEquals("disk full", failure.getMessage());
        assertEquals("the old picture", Files.readString(old));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(1, files.count(), "the temporary file is gone");
        }
    }

    @Test
    void anEndlessRequestIsRefusedAfterTheLimitNotReadWhole() {
        assertEquals(ExitCode.INVALID_REQUEST, run("render", "--request", "/dev/zero", "--out", dir.resolve("out.png").toString()));
        assertTrue(error().contains("longer than " + JsonReader.MAX_LENGTH + " bytes"), error());
    }

    @Test
    void aRequestThatIsNotUtf8NamesTheByte() throws Exception {
        Path request = Files.write(dir.resolve("latin1.json"), "{\"workload\":\"caf\u00e9\"}".getBytes(StandardCharsets.ISO_8859_1));
        assertEquals(ExitCode.INVALID_REQUEST, run("render", "--request", request.toString(), "--out", dir.resolve("out.png").toString()));
        assertTrue(error().contains("is not UTF-8 text: byte 17 of 19 (0xe9)"), error());
    }

    @Test
    void emptyAndFolderRequestPathsAreNamed() throws Exception {
        assertEquals(ExitCode.USAGE, run("render", "--request", "", "--out", dir.resolve("out.png").toString()));
        assertTrue(error().contains("--request needs a file name"), error());
        assertEquals(ExitCode.IO, run("render", "--request", dir.toString(), "--out", dir.resolve("out.png").toString()));
        assertTrue(error().contains("is a folder, not a request file"), error());
    }

    @Test
    void anUnknownBenchmarkWorkloadIsAUsageError() throws Exception {
        Path site = Files.createDirectories(dir.resolve("site/bench"));
        Files.writeString(site.resolve("workloads.json"), "[{\"name\":\"mandelbrot\",\"request\":" + REQUEST + "}]");
        assertEquals(ExitCode.USAGE, run("bench", "--site", dir.resolve("site").toString(), "--workloads", "nope", "--runs", "1"));
        assertTrue(error().contains("no benchmark workload \"nope\"; the catalogue has mandelbrot"), error());
    }
}
