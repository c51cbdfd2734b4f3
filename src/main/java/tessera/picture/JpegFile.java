package tessera.picture;

import java.io.ByteArrayOutputStream;

/**
 * What Tessera reads of a JPEG before the platform's decoder (libjpeg on the JVM, the browser's own)
 * turns it into pixels: the size, the kind of coding, the number of colour components and the EXIF
 * orientation. Both decoders are then given the same bytes with the APP1–APP13 and APP15 segments
 * (EXIF, XMP, ICC profiles…) left out, so neither turns nor colour-manages the picture, and Tessera
 * applies the orientation itself: grey and colour (YCbCr or RGB) JPEGs, baseline or progressive,
 * decode to the same bytes on both sides. CMYK, 12-bit, lossless and arithmetic-coded JPEGs are
 * refused, on both sides, with the reason.
 */
final class JpegFile {
    private static final int SOI = 0xd8;
    private static final int SOS = 0xda;
    private static final int EOI = 0xd9;
    private static final int APP1 = 0xe1;
    private static final int APP14 = 0xee;
    private static final byte[] EXIF = {'E', 'x', 'i', 'f', 0, 0};

    final int storedWidth;
    final int storedHeight;
    final int components;
    final int orientation;
    /** The file without the segments that would make a decoder turn or colour-manage it. */
    final byte[] forDecoder;

    static boolean matches(byte[] bytes) {
        return bytes.length >= 3 && (bytes[0] & 0xff) == 0xff && (bytes[1] & 0xff) == SOI && (bytes[2] & 0xff) == 0xff;
    }

    JpegFile(byte[] bytes) {
        ByteArrayOutputStream kept = new ByteArrayOutputStream(bytes.length);
        kept.write(bytes, 0, 2);
        int at = 2;
        int exif = Orientation.UPRIGHT;
        boolean exifSeen = false;
        int width = -1;
        int height = -1;
        int count = -1;
        int segmentStart;
        while (true) {
            int marker = markerAt(bytes, at);
            segmentStart = at;
            while (at < bytes.length && (bytes[at] & 0xff) == 0xff) {
                at++;
            }
            at++;
            if (marker == SOS || marker == EOI) {
                break;
            }
            if (marker >= 0xd0 && marker <= 0xd7 || marker == 0x01) {
                kept.write(bytes, segmentStart, at - segmentStart);
                continue;
            }
            if (at + 2 > bytes.length) {
                throw cutShort();
            }
            int length = Bytes.u16(bytes, at, true);
            if (length < 2 || at + length > bytes.length) {
                throw cutShort();
            }
            int data = at + 2;
            int end = at + length;
            if (isFrameStart(marker)) {
                refuseCoding(marker);
                if (length < 8) {
                    throw cutShort();
                }
                int precision = Bytes.u8(bytes, data);
                height = Bytes.u16(bytes, data + 1, true);
                width = Bytes.u16(bytes, data + 3, true);
                count = Bytes.u8(bytes, data + 5);
                if (precision != 8) {
                    throw new PictureFormatException("it is a " + precision + "-bit JPEG; Tessera reads 8-bit JPEGs");
                }
                if (count == 4) {
                    throw new PictureFormatException("it is a CMYK JPEG, whose colours browsers and the JVM do not"
                            + " convert alike; save it as an RGB JPEG or a PNG");
                }
                if (count != 1 && count != 3) {
                    throw new PictureFormatException("it is a JPEG with " + count + " colour components; Tessera reads"
                            + " grey (1) and colour (3) JPEGs");
                }
                if (width == 0 || height == 0) {
                    throw new PictureFormatException("its JPEG header gives a size of " + width + " × " + height + " pixels");
                }
            }
            boolean keep = marker < APP1 || marker > 0xef || marker == APP14;
            if (marker == APP1 && !exifSeen && Bytes.startsWith(bytes, data, EXIF)) {
                exifSeen = true;
                exif = ExifOrientation.read(bytes, data + EXIF.length, end);
            }
            if (keep) {
                kept.write(bytes, segmentStart, end - segmentStart);
            }
            at = end;
        }
        if (width < 0) {
            throw new PictureFormatException("it is not a complete JPEG: it has no frame header (SOF)");
        }
        kept.write(bytes, segmentStart, bytes.length - segmentStart);
        storedWidth = width;
        storedHeight = height;
        components = count;
        orientation = exif;
        forDecoder = kept.toByteArray();
    }

    /** The marker (its second byte) that starts at {@code at}, after any fill bytes. */
    private static int markerAt(byte[] bytes, int at) {
        if (at >= bytes.length || (bytes[at] & 0xff) != 0xff) {
            throw new PictureFormatException("it is a damaged JPEG: a segment does not start where the one before ends");
        }
        while (at < bytes.length && (bytes[at] & 0xff) == 0xff) {
            at++;
        }
        if (at >= bytes.length) {
            throw cutShort();
        }
        return bytes[at] & 0xff;
    }

    private static boolean isFrameStart(int marker) {
        return marker >= 0xc0 && marker <= 0xcf && marker != 0xc4 && marker != 0xc8 && marker != 0xcc;
    }

    private static void refuseCoding(int marker) {
        if (marker == 0xc3 || marker == 0xc7 || marker == 0xcb || marker == 0xcf) {
            throw new PictureFormatException("it is a lossless JPEG; Tessera reads baseline and progressive JPEGs");
        }
        if (marker >= 0xc9) {
            throw new PictureFormatException("it is an arithmetic-coded JPEG; Tessera reads Huffman-coded (baseline and"
                    + " progressive) JPEGs");
        }
        if (marker >= 0xc5) {
            throw new PictureFormatException("it is a hierarchical JPEG; Tessera reads baseline and progressive JPEGs");
        }
    }

    private static PictureFormatException cutShort() {
        return new PictureFormatException("it is not a complete JPEG: it ends inside its header");
    }

    /** The size as shown, after the orientation. */
    int width() {
        return Orientation.swapsSides(orientation) ? storedHeight : storedWidth;
    }

    int height() {
        return Orientation.swapsSides(orientation) ? storedWidth : storedHeight;
    }
}
