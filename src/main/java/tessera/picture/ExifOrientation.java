package tessera.picture;

/**
 * The orientation tag (0x0112) of an EXIF block, as found in a JPEG's APP1 segment after "Exif\0\0"
 * or in a PNG's eXIf chunk: 1 (upright) to 8. A block that is damaged or says nothing, or a value
 * outside 1–8, means upright, as in browsers.
 */
final class ExifOrientation {
    private static final int ORIENTATION_TAG = 0x0112;
    private static final int SHORT = 3;

    private ExifOrientation() {
    }

    /** The orientation in the TIFF-structured block at {@code bytes[start, end)}. */
    static int read(byte[] bytes, int start, int end) {
        if (end - start < 8) {
            return Orientation.UPRIGHT;
        }
        boolean bigEndian;
        if (bytes[start] == 'M' && bytes[start + 1] == 'M') {
            bigEndian = true;
        } else if (bytes[start] == 'I' && bytes[start + 1] == 'I') {
            bigEndian = false;
        } else {
            return Orientation.UPRIGHT;
        }
        if (Bytes.u16(bytes, start + 2, bigEndian) != 42) {
            return Orientation.UPRIGHT;
        }
        long directory = start + Bytes.u32(bytes, start + 4, bigEndian);
        if (directory + 2 > end) {
            return Orientation.UPRIGHT;
        }
        int entries = Bytes.u16(bytes, (int) directory, bigEndian);
        for (int i = 0; i < entries; i++) {
            int entry = (int) directory + 2 + 12 * i;
            if (entry + 12 > end) {
                break;
            }
            if (Bytes.u16(bytes, entry, bigEndian) == ORIENTATION_TAG) {
                int value = Bytes.u16(bytes, entry + 8, bigEndian);
                boolean sensible = Bytes.u16(bytes, entry + 2, bigEndian) == SHORT && value >= 1 && value <= 8;
                return sensible ? value : Orientation.UPRIGHT;
            }
        }
        return Orientation.UPRIGHT;
    }
}
