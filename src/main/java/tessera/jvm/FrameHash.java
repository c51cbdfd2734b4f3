package tessera.jvm;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * SHA-256 of a frame's RGBA bytes in row-major order, as lower-case hex: the identity of a picture.
 * Fed whole, or rows in order as they are made (a picture written a band at a time).
 */
public final class FrameHash {
    private static final int CHUNK = 4096;

    private final MessageDigest digest;
    private final byte[] bytes = new byte[CHUNK * 4];

    public FrameHash() {
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this JVM has no SHA-256", e);
        }
    }

    public static String sha256(int[] packedPixels) {
        FrameHash hash = new FrameHash();
        hash.update(packedPixels, 0, packedPixels.length);
        return hash.hex();
    }

    /** Adds {@code count} packed pixels from {@code pixels[from]}: the next ones of the frame. */
    public void update(int[] pixels, int from, int count) {
        for (int start = from; start < from + count; start += CHUNK) {
            int n = Math.min(CHUNK, from + count - start);
            for (int i = 0; i < n; i++) {
                int pixel = pixels[start + i];
                bytes[4 * i] = (byte) pixel;
                bytes[4 * i + 1] = (byte) (pixel >>> 8);
                bytes[4 * i + 2] = (byte) (pixel >>> 16);
                bytes[4 * i + 3] = (byte) (pixel >>> 24);
            }
            digest.update(bytes, 0, n * 4);
        }
    }

    /** The hash of every pixel added, as hex. */
    public String hex() {
        StringBuilder hex = new StringBuilder(64);
        for (byte b : digest.digest()) {
            hex.append(Character.forDigit((b >> 4) & 0xf, 16)).append(Character.forDigit(b & 0xf, 16));
        }
        return hex.toString();
    }
}
