package tessera.e2e;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The farm path for real: the Slurm array job of docs/farm.md, submitted to a one-node cluster started
 * here, writes exactly the frames one unsharded run writes.
 */
class SlurmArrayJobIT {
    private static final String ZOOM = "{\"workload\":\"mandelbrot\",\"width\":64,\"height\":36,\"params\":{\"center\":"
            + "{\"x\":\"-0.743643887037158704752191506114774\",\"y\":\"0.131825904205311970493132056385139\"},\"maxIter\":3000,"
            + "\"palette\":\"smooth\"}}";

    @TempDir
    Path dir;

    /** The sbatch script of docs/farm.md, with a sequence short enough for a test. */
    private static String readmeJob() throws Exception {
        Matcher block = Pattern.compile("```sh\\n(#!/bin/sh\\n#SBATCH.*?)```", Pattern.DOTALL).matcher(Files.readString(Path.of("docs/farm.md")));
        assertTrue(block.find(), "docs/farm.md shows a Slurm array job");
        String script = block.group(1);
        String shortened = script.replace("--to-zoom 1e300 --frames 600", "--to-zoom 1e40 --frames 9");
        assertTrue(!shortened.equals(script), "the job renders --to-zoom 1e300 --frames 600, which the test shortens: " + script);
        return shortened;
    }

    private static List<String> pngs(Path folder) throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".png")).sorted().collect(Collectors.toList());
        }
    }

    @Test
    void theReadmesArrayJobWritesTheFramesOfOneRun() throws Exception {
        Path work = Files.createDirectories(dir.resolve("work"));
        Files.writeString(work.resolve("zoom.json"), ZOOM);
        Files.copy(Path.of(System.getProperty("tessera.jar", "target/tessera.jar")).toAbsolutePath(), work.resolve("tessera.jar"));
        Files.writeString(work.resolve("zoom.sbatch"), readmeJob());
        // munged wants every folder above its socket open to all (searchable, not writable).
        Files.setPosixFilePermissions(dir, java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
        try (SlurmCluster cluster = SlurmCluster.start(Files.createDirectories(dir.resolve("slurm")))) {
            String submitted = cluster.run(List.of("sbatch", "--wait", "zoom.sbatch"), work);
            assertTrue(submitted.contains("Submitted batch job"), submitted);
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process whole = new ProcessBuilder(java, "-jar", "tessera.jar", "frames", "--request", "zoom.json", "--to-zoom", "1e40",
                "--frames", "9", "--out", "whole").directory(work.toFile()).redirectErrorStream(true).start();
        String output = new String(whole.getInputStream().readAllBytes());
        assertEquals(0, whole.waitFor(), output);
        List<String> names = pngs(work.resolve("whole"));
        assertEquals(9, names.size());
        assertEquals(names, pngs(work.resolve("frames")), "every frame, from four shards");
        for (String name : names) {
            assertArrayEquals(Files.readAllBytes(work.resolve("whole").resolve(name)), Files.readAllBytes(work.resolve("frames").resolve(name)), name);
        }
        try (Stream<Path> logs = Files.list(work)) {
            assertEquals(4, logs.filter(f -> f.getFileName().toString().startsWith("slurm-")).count(), "four array tasks ran");
        }
    }
}
