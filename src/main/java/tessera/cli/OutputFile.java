package tessera.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Writes a result file so that nothing a user owns is lost: only a new file or an existing regular
 * file is written (never a folder, a link or a device), never the request itself, and the new
 * content goes to a temporary file in the same folder that replaces the target only once it is
 * whole. A failed write leaves the old file as it was.
 */
final class OutputFile {
    /** Writes the content to a stream. */
    interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private OutputFile() {
    }

    /** Writes {@code content} to {@code target}, after {@link #check}. */
    static void write(Path target, Path request, Content content) throws IOException {
        check(target, request);
        Path absolute = target.toAbsolutePath().normalize();
        Path temporary = Files.createTempFile(absolute.getParent(), "." + absolute.getFileName() + ".", ".partial");
        try {
            try (OutputStream out = Files.newOutputStream(temporary)) {
                content.writeTo(out);
            }
            keepPermissions(absolute, temporary);
            try {
                Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /**
     * The temporary file is made readable by the owner alone; the result gets the permissions of the
     * file it replaces, or those of an ordinary new file (read for all, as a farm's other machines
     * and users need).
     */
    private static void keepPermissions(Path target, Path temporary) throws IOException {
        if (!Files.getFileStore(temporary).supportsFileAttributeView(PosixFileAttributeView.class)) {
            return;
        }
        Set<PosixFilePermission> permissions = Files.exists(target, LinkOption.NOFOLLOW_LINKS)
                ? Files.getPosixFilePermissions(target, LinkOption.NOFOLLOW_LINKS) : PosixFilePermissions.fromString("rw-r--r--");
        Files.setPosixFilePermissions(temporary, permissions);
    }

    /**
     * Refuses, with a message naming what is wrong, a target that is not a new or a regular file,
     * that is the request file, or whose folder is missing: call it before the work, so that a long
     * render is not thrown away at the end.
     */
    static void check(Path target, Path request) throws IOException {
        if (target.toString().isEmpty()) {
            throw new UsageException("--out needs a file name, got \"\"");
        }
        Path absolute = target.toAbsolutePath().normalize();
        if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            if (Files.isSymbolicLink(target)) {
                throw new IOException("--out " + target + " is a symbolic link; give the name of a new or a regular file");
            }
            if (!Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS)) {
                throw new IOException("--out " + target + " is " + (Files.isDirectory(target) ? "a folder" : "not a regular file")
                        + "; give the name of a new or a regular file");
            }
            if (request != null && Files.exists(request) && Files.isSameFile(target, request)) {
                throw new IOException("--out " + target + " is the request file; writing the picture there would destroy it");
            }
        }
        Path folder = absolute.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new IOException("--out " + target + ": the folder " + folder + " does not exist");
        }
    }
}
