package tessera.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.Arrays;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import tessera.PictureCorpus;
import tessera.picture.Orientation;
import tessera.picture.PictureFile;
import tessera.picture.PictureFormatException;
import tessera.render.Picture;
import tessera.render.Rgba;

/** JPEGs on the JVM: grey stays grey, the orientation is applied, a colour profile is not, CMYK is refused. */
class JpegDecoderTest {
    private static Picture decode(byte[] bytes) {
        return JpegDecoder.decode(PictureFile.read(bytes));
    }

    @Test
    void aGreyJpegKeepsItsSamples() throws Exception {
        Picture flat = decode(PictureCorpus.flatGreyJpeg());
        assertTrue(Arrays.stream(flat.pixels).allMatch(p -> p == Rgba.pack(128, 128, 128, 255)),
                "128 stays 128, not brightened as linear light: " + Integer.toHexString(flat.pixels[0]));
        BufferedImage byImageIo = ImageIO.read(new ByteArrayInputStream(PictureCorpus.flatGreyJpeg()));
        assertNotEquals(128, byImageIo.getRGB(0, 0) & 0xff, "the JDK's getRGB brightens it (what this rule avoids)");
    }

    @Test
    void eachExifOrientationIsAppliedToTheStoredPixels() throws Exception {
        List<PictureCorpus.Entry> jpegs = PictureCorpus.jpegs();
        Picture stored = decode(jpegs.stream().filter(e -> e.name.equals("orientation-1.jpg")).findFirst().orElseThrow().bytes);
        for (int orientation = 1; orientation <= 8; orientation++) {
            String name = "orientation-" + orientation + ".jpg";
            byte[] bytes = jpegs.stream().filter(e -> e.name.equals(name)).findFirst().orElseThrow().bytes;
            assertEquals(orientation, PictureFile.read(bytes).orientation(), name);
            assertArrayEquals(Orientation.apply(stored, orientation).pixels, decode(bytes).pixels, name);
        }
    }

    @Test
    void anEmbeddedColourProfileIsNotApplied() throws Exception {
        List<PictureCorpus.Entry> jpegs = PictureCorpus.jpegs();
        byte[] plain = jpegs.stream().filter(e -> e.name.equals("colour-420.jpg")).findFirst().orElseThrow().bytes;
        byte[] tagged = jpegs.stream().filter(e -> e.name.equals("colour-icc.jpg")).findFirst().orElseThrow().bytes;
        assertArrayEquals(decode(plain).pixels, decode(tagged).pixels);
        int[] managed = ImageIO.read(new ByteArrayInputStream(tagged)).getRGB(0, 0, 8, 1, null, 0, 8);
        int[] unmanaged = ImageIO.read(new ByteArrayInputStream(plain)).getRGB(0, 0, 8, 1, null, 0, 8);
        assertNotEquals(Arrays.toString(unmanaged), Arrays.toString(managed), "ImageIO alone would apply the profile");
    }

    @Test
    void everyJpegOfTheCorpusDecodesToItsHeadersSize() throws Exception {
        for (PictureCorpus.Entry entry : PictureCorpus.jpegs()) {
            PictureFile file = PictureFile.read(entry.bytes);
            Picture picture = JpegDecoder.decode(file);
            assertEquals(file.width(), picture.width, entry.name);
            assertEquals(file.height(), picture.height, entry.name);
        }
    }

    @Test
    void aCmykJpegIsRefusedWithTheReason() throws Exception {
        PictureFormatException e = assertThrows(PictureFormatException.class, () -> PictureFile.read(PictureCorpus.cmykJpeg()));
        assertEquals("it is a CMYK JPEG, whose colours browsers and the JVM do not convert alike; save it as an RGB JPEG or a PNG",
                e.getMessage());
    }
}
