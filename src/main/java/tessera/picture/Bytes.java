package tessera.picture;

/** Unsigned big- and little-endian reads from a file's bytes, bounds checked in the caller's words. */
final class Bytes {
    private Bytes() {
    }

    static int u8(byte[] bytes, int at) {
        return bytes[at] & 0xff;
    }

    static int u16(byte[] bytes, int at, boolean bigEndian) {
        return bigEndian ? (u8(bytes, at) << 8) | u8(bytes, at + 1) : u8(bytes, at) | (u8(bytes, at + 1) << 8);
    }

    static long u32(byte[] bytes, int at, boolean bigEndian) {
        long high = u16(bytes, bigEndian ? at : at + 2, bigEndian);
        long low = u16(bytes, bigEndian ? at + 2 : at, bigEndian);
        return (high << 16) | low;
    }

    static boolean startsWith(byte[] bytes, int at, byte[] prefix) {
        if (at < 0 || bytes.length - at < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[at + i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    static byte[] ascii(String text) {
        byte[] bytes = new byte[text.length()];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) text.charAt(i);
        }
        return bytes;
    }
}
