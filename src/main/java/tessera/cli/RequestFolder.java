package tessera.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import tessera.json.ShownText;
import tessera.picture.PictureFile;
import tessera.render.Picture;
import tessera.render.PictureBudget;
import tessera.render.PictureSize;
import tessera.render.RenderLimits;
import tessera.render.RequestFiles;

/**
 * Images and models named in a request are files, relative to the folder of the request file, read as
 * {@link PictureFile} defines; one instance serves one request.
 */
final class RequestFolder implements RequestFiles {
    /** No PNG or JPEG within the picture limits needs more: 40 million pixels of 16-bit RGBA stored uncompressed. */
    static final long MAX_FILE_BYTES = 400L << 20;

    private final Path base;
    private final PictureBudget budget = new PictureBudget();
    private final Map<Path, PictureFile> read = new HashMap<>();

    RequestFolder(Path base) {
        this.base = base;
    }

    @Override
    public PictureSize size(String name) {
        Path file = existing(name);
        PictureFile picture = header(file);
        RenderLimits.checkPicture(picture.width(), picture.height());
        budget.spend(file.toString(), picture.width(), picture.height());
        return new PictureSize(picture.width(), picture.height());
    }

    /** The picture's pixels, once its header says it is within the limits (so a huge one is never decoded). */
    @Override
    public Picture load(String name) {
        size(name);
        PictureFile picture = header(existing(name));
        return picture.isJpeg() ? JpegDecoder.decode(picture) : picture.decode();
    }

    @Override
    public byte[] model(String name) {
        Path file = existing(name);
        try {
            RenderLimits.checkModel(Files.size(file));
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new IllegalArgumentException(file + " could not be read (" + e.getMessage() + ")");
        }
    }

    private PictureFile header(Path file) {
        PictureFile known = read.get(file);
        if (known != null) {
            return known;
        }
        try {
            long bytes = Files.size(file);
            if (bytes > MAX_FILE_BYTES) {
                throw new IllegalArgumentException(file + " has " + bytes + " bytes; a picture file may have at most "
                        + MAX_FILE_BYTES);
            }
            PictureFile picture = PictureFile.read(Files.readAllBytes(file));
            read.put(file, picture);
            return picture;
        } catch (IOException e) {
            throw new IllegalArgumentException(file + " could not be read (" + e.getMessage() + ")");
        }
    }

    /** The file {@code name} names, or a refusal saying what is there instead: nothing, a folder, a device. */
    private Path existing(String name) {
        Path file = base.resolve(name).toAbsolutePath().normalize();
        String shown = ShownText.of(base.resolve(name).toString());
        if (!Files.exists(file)) {
            throw new IllegalArgumentException("no such file " + shown);
        }
        if (Files.isDirectory(file)) {
            throw new IllegalArgumentException(shown + " is a folder, not a file");
        }
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException(shown + " is not a regular file (a device or a pipe); give a file");
        }
        return file;
    }
}
