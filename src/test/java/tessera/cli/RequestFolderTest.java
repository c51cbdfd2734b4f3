package tessera.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.awt.image.BufferedImage;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Pictures on the JVM obey the same size rule as frames, checked from the header before any pixel is decoded. */
class RequestFolderTest {
    @TempDir
    Path dir;

    /** A PNG signature and header claiming width × height, and nothing else: decoding it would fail. */
    private Path header(String name, int width, int height) throws Exception {
        ByteBuffer png = ByteBuffer.allocate(8 + 25);
        png.put(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
        png.putInt(13).put(new byte[] {'I', 'H', 'D', 'R'}).putInt(width).putInt(height).put(new byte[] {8, 6, 0, 0, 0});
        CRC32 crc = new CRC32();
        crc.update(png.array(), 12, 17);
        png.putInt((int) crc.getValue());
        return Files.write(dir.resolve(name), png.array());
    }

    @Test
    void aTextureOfTwentyThousandSquaredIsRefusedFromItsHeader() throws Exception {
        header("big.png", 20_000, 20_000);
        RequestFolder pictures = new RequestFolder(dir);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> pictures.load("big.png"));
        assertEquals("it is 20000 × 20000 pixels; a picture may have at most 16384 pixels a side and 40000000 in all", e.getMessage());
    }

    @Test
    void allThePicturesOfARequestShareOneBudgetAndEachCountsOnce() throws Exception {
        header("a.png", 5_000, 5_000);
        header("b.png", 5_000, 5_000);
        RequestFolder pictures = new RequestFolder(dir);
        pictures.size("a.png");
        pictures.size("./a.png");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> pictures.size("b.png"));
        assertEquals("with its 25000000 pixels the request's pictures come to 50000000; all the pictures of a request may have"
                + " at most 40000000 pixels", e.getMessage());
        assertEquals(5_000, new RequestFolder(dir).size("b.png").width, "the next request starts afresh");
    }

    @Test
    void aPictureWiderThanAFrameMayBeIsRefusedThoughItHasFewPixels() throws Exception {
        ImageIO.write(new BufferedImage(16_385, 1, BufferedImage.TYPE_INT_ARGB), "png", dir.resolve("wide.png").toFile());
        RequestFolder pictures = new RequestFolder(dir);
        assertThrows(IllegalArgumentException.class, () -> pictures.size("wide.png"));
        assertThrows(IllegalArgumentException.class, () -> pictures.load("wide.png"));
        ImageIO.write(new BufferedImage(16_384, 1, BufferedImage.TYPE_INT_ARGB), "png", dir.resolve("widest.png").toFile());
        assertEquals(16_384, pictures.load("widest.png").width);
    }

    @Test
    void aNameThatIsAFolderADeviceOrNothingIsRefusedForWhatItIs() throws Exception {
        Files.createDirectory(dir.resolve("site"));
        RequestFolder files = new RequestFolder(dir);
        assertEquals(dir.resolve("site") + " is a folder, not a file",
                assertThrows(IllegalArgumentException.class, () -> files.model("site")).getMessage());
        assertEquals("no such file " + dir.resolve("gone.obj"), assertThrows(IllegalArgumentException.class, () -> files.model("gone.obj")).getMessage());
        RequestFolder root = new RequestFolder(Path.of("/"));
        assertEquals("/dev/zero is not a regular file (a device or a pipe); give a file",
                assertThrows(IllegalArgumentException.class, () -> root.model("dev/zero")).getMessage());
    }
}
