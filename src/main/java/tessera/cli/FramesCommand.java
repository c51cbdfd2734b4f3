package tessera.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import tessera.jvm.FrameHash;
import tessera.jvm.RenderResult;
import tessera.picture.PictureFile;
import tessera.picture.PictureFormatException;
import tessera.render.InvalidRequestException;
import tessera.render.Picture;
import tessera.render.Preparation;
import tessera.render.RenderLimits;
import tessera.render.RenderPlan;
import tessera.render.RenderRequest;
import tessera.workloads.Workloads;
import tessera.workloads.ZoomSequence;

/**
 * {@code frames --request R.json --to-zoom Z --frames N --out DIR [--cycle T] [--shard i/n] [--threads T]}: the
 * frames of a zoom from the request's view (its {@code params.zoom}, 1 if it has none) to zoom Z,
 * as {@code DIR/frame-00000.png …} and {@code DIR/manifest.json}. Frame k is the request with the
 * zoom of {@link ZoomPath}, so it is what {@code render} makes of that request, on any machine.
 * Each file appears whole or not at all (written aside, then renamed), a rerun renders only the
 * frames that are missing, and {@code --shard i/n} renders only the frames k ≡ i (mod n): many
 * machines can share a sequence, each with its own shard, in one folder. {@code --cycle T} turns the
 * request's designed gradient T turns a frame (colour cycling, −1 … 1).
 */
final class FramesCommand {
    static final int MAX_FRAMES = 1_000_000;

    private FramesCommand() {
    }

    static int run(Options options, PrintStream out, PrintStream err) throws IOException, InterruptedException {
        Path requestFile = Path.of(options.require("request"));
        String folderName = options.require("out");
        if (folderName.isBlank()) {
            throw new UsageException("--out needs a folder name, got \"" + folderName + "\"");
        }
        Path folder = Path.of(folderName);
        // Two at least: the first view and the zoom it goes to.
        int frames = options.intValue("frames", 2, MAX_FRAMES, 0);
        if (frames == 0) {
            throw new UsageException("--frames is required");
        }
        BigDecimal toZoom = zoomOption(options.require("to-zoom"));
        BigDecimal cycle = cycleOption(options.get("cycle", "0"));
        int[] shard = shard(options.get("shard", "0/1"));
        int threadOption = options.intValue("threads", 1, RenderLimits.MAX_JVM_THREADS, 0);

        // Both ends are checked here, before any work: a zoom the workload cannot render is refused now, not after hours.
        ZoomSequence sequence = new ZoomSequence(RequestFile.read(requestFile), toZoom, frames, cycle);
        List<String> zooms = new ArrayList<>();
        List<String> files = new ArrayList<>();
        int digits = Math.max(5, String.valueOf(frames - 1).length());
        for (int k = 0; k < frames; k++) {
            zooms.add(sequence.zoom(k).toString());
            files.add(String.format(Locale.ROOT, "frame-%0" + digits + "d.png", k));
        }
        FrameManifest manifest = new FrameManifest(sequence.request(), toZoom.toString(), cycle.signum() == 0 ? null : cycle.toPlainString(),
                zooms, files);
        prepareFolder(folder, manifest);
        removeLeftovers(folder, manifest, shard);
        int rendered = 0;
        int present = 0;
        long started = System.nanoTime();
        for (int k = shard[0]; k < frames; k += shard[1]) {
            Path file = folder.resolve(manifest.file(k));
            String text = sequence.frameRequest(k);
            if (Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
                String problem = frameProblem(file, manifest.hash(k), Workloads.parse(text, RenderLimits.MAX_JVM_THREADS));
                if (problem == null) {
                    present++;
                    continue;
                }
                err.printf(Locale.ROOT, "tessera: %s %s; rendering it again%n", manifest.file(k), problem);
            }
            RenderRequest frameRequest = Workloads.parse(text, RenderLimits.MAX_JVM_THREADS);
            int threads = threadOption > 0 ? threadOption : frameRequest.workers(Runtime.getRuntime().availableProcessors());
            RenderPlan plan = RenderPlan.of(Workloads.create(frameRequest, Preparation.none()), frameRequest.tileSize(), threads);
            RenderResult result = PngRender.render(plan, null, file, requestFile, null);
            manifest.setHash(k, result.hash());
            rendered++;
            err.printf(Locale.ROOT, "tessera: frame %d of %d (zoom %s) in %.0f ms%n", k + 1, frames, manifest.zoom(k), result.ms());
        }
        writeManifest(folder, manifest, requestFile);
        out.printf(Locale.ROOT, "{\"frames\":%d,\"shard\":\"%d/%d\",\"rendered\":%d,\"alreadyThere\":%d,\"ms\":%.3f,\"out\":%s}%n",
                frames, shard[0], shard[1], rendered, present, (System.nanoTime() - started) / 1e6,
                new tessera.json.JsonWriter().value(folder.toString()));
        return ExitCode.OK;
    }

    private static BigDecimal zoomOption(String text) {
        try {
            return ZoomSequence.toZoom(text, "--to-zoom");
        } catch (InvalidRequestException e) {
            throw new UsageException("--to-zoom " + e.problem());
        }
    }

    private static BigDecimal cycleOption(String text) {
        try {
            return ZoomSequence.cycle(text, "--cycle");
        } catch (InvalidRequestException e) {
            throw new UsageException("--cycle " + e.problem());
        }
    }

    /** "i/n" as {i, n}, with 0 ≤ i < n. */
    static int[] shard(String text) {
        String[] parts = text.split("/", -1);
        try {
            if (parts.length == 2) {
                int index = Integer.parseInt(parts[0].trim());
                int count = Integer.parseInt(parts[1].trim());
                if (count >= 1 && index >= 0 && index < count) {
                    return new int[] {index, count};
                }
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw new UsageException("--shard must be i/n with 0 ≤ i < n (the frames k with k mod n = i), got \"" + text + "\"");
    }

    /**
     * Makes the folder if it is new; in one that exists, takes over the hashes of the sequence's
     * manifest, and refuses a folder that holds another sequence or frames without a manifest. The
     * manifest is written before the first frame, so any frame in a folder has one.
     */
    private static void prepareFolder(Path folder, FrameManifest manifest) throws IOException {
        if (Files.exists(folder, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
            throw new IOException("--out " + folder + " is not a folder");
        }
        Path parent = folder.toAbsolutePath().normalize().getParent();
        if (parent != null && !Files.isDirectory(parent)) {
            throw new IOException("--out " + folder + ": the folder " + parent + " does not exist");
        }
        Files.createDirectories(folder);
        if (Files.exists(folder.resolve(FrameManifest.FILE))) {
            manifest.adoptFrom(folder);
        } else {
            for (int k = 0; k < manifest.frames(); k++) {
                if (Files.exists(folder.resolve(manifest.file(k)), LinkOption.NOFOLLOW_LINKS)) {
                    throw new IOException(folder + " has " + manifest.file(k) + " but no " + FrameManifest.FILE
                            + ": frames of an unknown sequence; give another --out");
                }
            }
            writeManifest(folder, manifest, null);
        }
    }

    /**
     * Why the frame file there is not the frame (it is empty, damaged, of another size, or not the
     * picture the manifest's hash names), or null when it is. A frame without a hash in the
     * manifest (its run was stopped before the manifest was written) is taken if it reads whole.
     */
    private static String frameProblem(Path file, String hash, RenderRequest request) throws IOException {
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            throw new IOException(file + " is not a regular file; move it away, it is where a frame goes");
        }
        byte[] bytes = Files.readAllBytes(file);
        if (bytes.length == 0) {
            return "is empty";
        }
        Picture picture;
        try {
            picture = PictureFile.read(bytes).decode();
        } catch (PictureFormatException e) {
            return "cannot be read (" + e.getMessage() + ")";
        }
        int width = request.width(0);
        int height = request.height(0);
        if (picture.width != width || picture.height != height) {
            return "is " + picture.width + " × " + picture.height + ", not " + width + " × " + height;
        }
        if (hash != null && !hash.equals(FrameHash.sha256(picture.pixels))) {
            return "is not the picture the manifest's hash names";
        }
        return null;
    }

    /**
     * Deletes the temporary files a stopped run left while writing this shard's frames (another
     * shard may be writing its own into the same folder meanwhile).
     */
    private static void removeLeftovers(Path folder, FrameManifest manifest, int[] shard) throws IOException {
        for (int k = shard[0]; k < manifest.frames(); k += shard[1]) {
            String prefix = "." + manifest.file(k) + ".";
            try (DirectoryStream<Path> leftovers = Files.newDirectoryStream(folder, prefix + "*.partial")) {
                for (Path leftover : leftovers) {
                    Files.deleteIfExists(leftover);
                }
            }
        }
    }

    /**
     * Writes the manifest with a hash for every frame that is there: the hashes this run computed or
     * the manifest had, and for frames another machine added since, read from their files.
     */
    private static void writeManifest(Path folder, FrameManifest manifest, Path requestFile) throws IOException {
        for (int k = 0; k < manifest.frames(); k++) {
            Path file = folder.resolve(manifest.file(k));
            if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
                manifest.setHash(k, null);
            } else if (manifest.hash(k) == null) {
                try {
                    manifest.setHash(k, FrameHash.sha256(PictureFile.read(Files.readAllBytes(file)).decode().pixels));
                } catch (PictureFormatException e) {
                    // Another shard's frame, damaged: without a hash it is rendered again by that shard's next run.
                    manifest.setHash(k, null);
                }
            }
        }
        byte[] text = (manifest.toJson() + "\n").getBytes(StandardCharsets.UTF_8);
        OutputFile.write(folder.resolve(FrameManifest.FILE), requestFile, stream -> stream.write(text));
    }
}
