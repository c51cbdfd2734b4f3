package tessera.cli;

import java.awt.image.BufferedImage;
import java.awt.image.Raster;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import javax.imageio.ImageIO;
import tessera.picture.PictureFile;
import tessera.picture.PictureFormatException;
import tessera.render.Picture;
import tessera.render.Rgba;

/**
 * The JVM's half of reading a JPEG: libjpeg (through ImageIO) decodes the bytes {@link PictureFile}
 * prepared, and the samples are taken as they come out of it. A grey JPEG's samples are read from
 * the raster, not through {@code getRGB}, which would treat them as linear light and brighten them.
 */
final class JpegDecoder {
    private JpegDecoder() {
    }

    static Picture decode(PictureFile file) {
        BufferedImage image;
        try {
            image = ImageIO.read(new ByteArrayInputStream(file.jpegForDecoder()));
        } catch (IOException | RuntimeException e) {
            throw new PictureFormatException("it is a damaged JPEG (" + e.getMessage() + ")");
        }
        if (image == null) {
            throw new PictureFormatException("it is a JPEG this JVM cannot decode");
        }
        int width = image.getWidth();
        int height = image.getHeight();
        int[] pixels = new int[width * height];
        Raster raster = image.getRaster();
        if (raster.getNumBands() == 1) {
            int[] grey = raster.getSamples(0, 0, width, height, 0, (int[]) null);
            for (int i = 0; i < pixels.length; i++) {
                pixels[i] = Rgba.pack(grey[i], grey[i], grey[i], 255);
            }
        } else if (raster.getNumBands() == 3 && image.getColorModel().getColorSpace().isCS_sRGB()) {
            image.getRGB(0, 0, width, height, pixels, 0, width);
            for (int i = 0; i < pixels.length; i++) {
                int rgb = pixels[i];
                pixels[i] = Rgba.pack((rgb >>> 16) & 0xff, (rgb >>> 8) & 0xff, rgb & 0xff, 255);
            }
        } else {
            throw new PictureFormatException("it is a JPEG whose colours this JVM decodes as "
                    + raster.getNumBands() + " components in a colour space other than sRGB");
        }
        return file.fromDecodedJpeg(pixels, width, height);
    }
}
