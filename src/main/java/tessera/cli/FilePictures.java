package tessera.cli;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.ImageIO;
import tessera.render.Picture;
import tessera.render.PictureBudget;
import tessera.render.PictureSize;
import tessera.render.PictureSource;
import tessera.render.RenderLimits;
import tessera.render.Rgba;

/** Images named in a request are files, relative to the folder of the request file; one instance serves one request. */
final class FilePictures implements PictureSource {
    private final Path base;
    private final PictureBudget budget = new PictureBudget();

    FilePictures(Path base) {
        this.base = base;
    }

    @Override
    public PictureSize size(String name) {
        Path file = existing(name);
        try (ImageInputStream stream = ImageIO.createImageInputStream(file.toFile())) {
            Iterator<ImageReader> readers = stream == null ? null : ImageIO.getImageReaders(stream);
            if (readers == null || !readers.hasNext()) {
                throw new IllegalArgumentException(notAnImage(file));
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(stream);
                int width = reader.getWidth(0);
                int height = reader.getHeight(0);
                RenderLimits.checkPicture(width, height);
                budget.spend(file.toAbsolutePath().normalize().toString(), width, height);
                return new PictureSize(width, height);
            } finally {
                reader.dispose();
            }
        } catch (IOException e) {
            throw new IllegalArgumentException(file + " is not a readable image (" + e.getMessage() + ")");
        }
    }

    /** The picture's pixels, once its header says it is within the limits (so a huge one is never decoded). */
    @Override
    public Picture load(String name) {
        size(name);
        Path file = existing(name);
        BufferedImage image;
        try {
            image = ImageIO.read(file.toFile());
        } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException(file + " is not a readable image (" + e.getMessage() + ")");
        }
        if (image == null) {
            throw new IllegalArgumentException(notAnImage(file));
        }
        int width = image.getWidth();
        int height = image.getHeight();
        int[] pixels = image.getRGB(0, 0, width, height, null, 0, width);
        for (int i = 0; i < pixels.length; i++) {
            int argb = pixels[i];
            pixels[i] = Rgba.pack((argb >>> 16) & 0xff, (argb >>> 8) & 0xff, argb & 0xff, argb >>> 24);
        }
        return new Picture(width, height, pixels);
    }

    private Path existing(String name) {
        Path file = base.resolve(name);
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("no such file " + file);
        }
        return file;
    }

    private static String notAnImage(Path file) {
        return file + " is not an image in a format this JVM reads (PNG, JPEG, GIF, BMP)";
    }
}
