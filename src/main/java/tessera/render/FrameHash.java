package tessera.render;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/** SHA-256 of a frame's RGBA bytes in row-major order, as lower-case hex: the identity of a picture. */
public final class FrameHash {
    private FrameHash() {
    }

    public static String sha256(int[] packedPixels) {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this JVM has no SHA-256", e);
        }
        byte[] row = new byte[4096 * 4];
        for (int start = 0; start < packedPixels.length; start += 4096) {
            int count = Math.min(4096, packedPixels.length - start);
            for (int i = 0; i < count; i++) {
                int pixel = packedPixels[start + i];
                row[4 * i] = (byte) pixel;
                row[4 * i + 1] = (byte) (pixel >>> 8);
                row[4 * i + 2] = (byte) (pixel >>> 16);
                row[4 * i + 3] = (byte) (pixel >>> 24);
            }
            digest.update(row, 0, count * 4);
        }
        StringBuilder hex = new StringBuilder(64);
        for (byte b : digest.digest()) {
            hex.append(Character.forDigit((b >> 4) & 0xf, 16)).append(Character.forDigit(b & 0xf, 16));
        }
        return hex.toString();
    }
}
