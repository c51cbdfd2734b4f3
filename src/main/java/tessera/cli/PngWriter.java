package tessera.cli;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import javax.imageio.ImageIO;
import tessera.render.Rgba;

/** Writes a frame of packed RGBA pixels as a PNG with alpha. */
final class PngWriter {
    private PngWriter() {
    }

    static void write(int[] frame, int width, int height, OutputStream out) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        int[] argb = new int[width];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int p = frame[y * width + x];
                argb[x] = (Rgba.alpha(p) << 24) | (Rgba.red(p) << 16) | (Rgba.green(p) << 8) | Rgba.blue(p);
            }
            image.setRGB(0, y, width, 1, argb, 0, width);
        }
        if (!ImageIO.write(image, "png", out)) {
            throw new IOException("no PNG writer in this JVM");
        }
    }
}
