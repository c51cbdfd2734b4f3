package tessera.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import tessera.jvm.FrameHash;

class RgbaTest {
    @Test
    void packsBytesInCanvasOrder() {
        int p = Rgba.pack(0x11, 0x22, 0x33, 0xff);
        assertEquals(0xff332211, p);
        assertEquals(0x11, Rgba.red(p));
        assertEquals(0x22, Rgba.green(p));
        assertEquals(0x33, Rgba.blue(p));
        assertEquals(0xff, Rgba.alpha(p));
    }

    @Test
    void convertsToBytesLikeRustAsU8() {
        assertEquals(0, Rgba.saturatingByte(Double.NaN));
        assertEquals(0, Rgba.saturatingByte(-3.7));
        assertEquals(0, Rgba.saturatingByte(0.999));
        assertEquals(2, Rgba.saturatingByte(2.999));
        assertEquals(254, Rgba.saturatingByte(254.99));
        assertEquals(255, Rgba.saturatingByte(255.0));
        assertEquals(255, Rgba.saturatingByte(1e300));
        assertEquals(255, Rgba.saturatingByte(Double.POSITIVE_INFINITY));
    }

    @Test
    void hashesTheRgbaBytesRowMajor() {
        // The pixel whose bytes are "abcd", and a published SHA-256 vector for that text.
        int[] frame = {Rgba.pack('a', 'b', 'c', 'd')};
        assertEquals("88d4266fd4e6338d13b845fcf289579d209c897823b9217da3e161936f031589", FrameHash.sha256(frame));
    }

    @Test
    void hashCoversEveryByteAcrossItsInternalChunks() throws Exception {
        java.util.Random random = new java.util.Random(7);
        for (int n : List.of(0, 1, 4095, 4096, 4097, 10_000)) {
            int[] frame = new int[n];
            byte[] bytes = new byte[4 * n];
            for (int i = 0; i < n; i++) {
                int r = random.nextInt(256), g = random.nextInt(256), b = random.nextInt(256), a = random.nextInt(256);
                frame[i] = Rgba.pack(r, g, b, a);
                bytes[4 * i] = (byte) r;
                bytes[4 * i + 1] = (byte) g;
                bytes[4 * i + 2] = (byte) b;
                bytes[4 * i + 3] = (byte) a;
            }
            byte[] digest = java.security.MessageDigest.getInstance("SHA-256").digest(bytes);
            assertEquals(java.util.HexFormat.of().formatHex(digest), FrameHash.sha256(frame), n + " pixels");
        }
    }
}
