package tessera.picture;

import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;

/**
 * The chunks of a PNG file that decoding needs: the header, the palette and transparency, where the
 * image data lies, and the orientation of an eXIf chunk. A damaged critical chunk (IHDR, PLTE, IDAT)
 * refuses the file; a damaged ancillary one is skipped, as libpng does. Colour-space chunks (gAMA,
 * cHRM, sRGB, iCCP) are ignored: samples are taken as sRGB, as a canvas does with
 * {@code colorSpaceConversion: 'none'}.
 */
final class PngFile {
    static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    static final int GREY = 0;
    static final int RGB = 2;
    static final int PALETTE = 3;
    static final int GREY_ALPHA = 4;
    static final int RGBA = 6;

    final byte[] bytes;
    final int width;
    final int height;
    final int bitDepth;
    final int colourType;
    final boolean interlaced;
    final int orientation;
    /** Palette entries as packed RGBA, alpha from tRNS; null without a PLTE chunk. */
    final int[] palette;
    /** The one grey or RGB sample value that tRNS makes transparent, at the file's bit depth; null if none. */
    final int[] transparentSample;
    /** Start and length of each IDAT chunk's data, in file order. */
    final List<int[]> imageData = new ArrayList<>();
    /**
     * Why the file cannot be decoded though its header was read (it is cut short), or null: the size
     * is still known, so a picture over the limits is refused for its size first, as it should be.
     */
    final String incomplete;

    static boolean matches(byte[] bytes) {
        return Bytes.startsWith(bytes, 0, SIGNATURE);
    }

    PngFile(byte[] bytes) {
        this.bytes = bytes;
        int at = SIGNATURE.length;
        if (bytes.length < at + 12 + 13 || chunkLength(at) != 13 || !type(at, "IHDR")) {
            throw new PictureFormatException("it is not a complete PNG: its header (IHDR) is missing");
        }
        checkCrc(at, "IHDR");
        long w = Bytes.u32(bytes, at + 8, true);
        long h = Bytes.u32(bytes, at + 12, true);
        bitDepth = Bytes.u8(bytes, at + 16);
        colourType = Bytes.u8(bytes, at + 17);
        int compression = Bytes.u8(bytes, at + 18);
        int filter = Bytes.u8(bytes, at + 19);
        int interlace = Bytes.u8(bytes, at + 20);
        if (w == 0 || h == 0 || w > Integer.MAX_VALUE || h > Integer.MAX_VALUE) {
            throw new PictureFormatException("its PNG header gives a size of " + w + " × " + h + " pixels");
        }
        if (!validDepth(colourType, bitDepth)) {
            throw new PictureFormatException("its PNG header gives colour type " + colourType + " with " + bitDepth
                    + " bits, which PNG does not allow");
        }
        if (compression != 0 || filter != 0 || interlace > 1) {
            throw new PictureFormatException("its PNG header names a compression, filter or interlace method PNG does not have");
        }
        width = (int) w;
        height = (int) h;
        interlaced = interlace == 1;
        int[] colours = null;
        int[] transparent = null;
        byte[] alphas = null;
        int exif = Orientation.UPRIGHT;
        String problem = null;
        at += 12 + 13;
        while (true) {
            if (bytes.length - at < 12) {
                if (imageData.isEmpty()) {
                    problem = "it is not a complete PNG: it ends before its image data";
                }
                break; // a missing IEND is forgiven once the image data is all there, as browsers do
            }
            long length = chunkLength(at);
            if (length > bytes.length - at - 12L) {
                if (imageData.isEmpty() || type(at, "IDAT")) {
                    problem = "it is not a complete PNG: it ends in the middle of a chunk";
                }
                break;
            }
            int data = at + 8;
            int size = (int) length;
            boolean critical = (bytes[at + 4] & 0x20) == 0;
            boolean intact = crcMatches(at, size);
            if (critical && !intact) {
                throw new PictureFormatException("it is a damaged PNG: the checksum of its " + typeName(at) + " chunk is wrong");
            }
            if (type(at, "IEND")) {
                break;
            } else if (type(at, "IDAT")) {
                imageData.add(new int[] {data, size});
            } else if (type(at, "PLTE")) {
                if (size % 3 != 0 || size == 0 || size / 3 > 256) {
                    throw new PictureFormatException("its PNG palette has " + size + " bytes, not 3 for each of 1 to 256 colours");
                }
                colours = new int[size / 3];
                for (int i = 0; i < colours.length; i++) {
                    colours[i] = opaque(bytes[data + 3 * i], bytes[data + 3 * i + 1], bytes[data + 3 * i + 2]);
                }
            } else if (intact && type(at, "tRNS") && imageData.isEmpty()) {
                if (colourType == PALETTE) {
                    alphas = java.util.Arrays.copyOfRange(bytes, data, data + size);
                } else if (colourType == GREY && size == 2) {
                    transparent = new int[] {Bytes.u16(bytes, data, true)};
                } else if (colourType == RGB && size == 6) {
                    transparent = new int[] {Bytes.u16(bytes, data, true), Bytes.u16(bytes, data + 2, true),
                            Bytes.u16(bytes, data + 4, true)};
                }
            } else if (intact && type(at, "eXIf")) {
                exif = ExifOrientation.read(bytes, data, data + size);
            } else if (critical && !type(at, "IHDR")) {
                throw new PictureFormatException("its PNG has a critical chunk " + typeName(at) + " that Tessera does not know");
            }
            at = data + size + 4;
        }
        if (colourType == PALETTE && colours == null) {
            throw new PictureFormatException("it is a palette PNG without a palette (PLTE)");
        }
        if (colours != null && alphas != null) {
            for (int i = 0; i < Math.min(alphas.length, colours.length); i++) {
                colours[i] = (colours[i] & 0x00ffffff) | ((alphas[i] & 0xff) << 24);
            }
        }
        palette = colours;
        transparentSample = transparent;
        orientation = exif;
        incomplete = problem;
    }

    private static int opaque(byte red, byte green, byte blue) {
        return tessera.render.Rgba.pack(red & 0xff, green & 0xff, blue & 0xff, 255);
    }

    private static boolean validDepth(int colourType, int bitDepth) {
        switch (colourType) {
            case GREY: return bitDepth == 1 || bitDepth == 2 || bitDepth == 4 || bitDepth == 8 || bitDepth == 16;
            case PALETTE: return bitDepth == 1 || bitDepth == 2 || bitDepth == 4 || bitDepth == 8;
            case RGB: case GREY_ALPHA: case RGBA: return bitDepth == 8 || bitDepth == 16;
            default: return false;
        }
    }

    /** Samples per pixel: grey 1, grey and alpha 2, RGB 3, RGBA 4, palette index 1. */
    int channels() {
        switch (colourType) {
            case GREY_ALPHA: return 2;
            case RGB: return 3;
            case RGBA: return 4;
            default: return 1;
        }
    }

    private long chunkLength(int at) {
        return Bytes.u32(bytes, at, true);
    }

    private boolean type(int at, String name) {
        return Bytes.startsWith(bytes, at + 4, Bytes.ascii(name));
    }

    private String typeName(int at) {
        StringBuilder name = new StringBuilder();
        for (int i = 4; i < 8; i++) {
            int c = bytes[at + i] & 0xff;
            name.append(c >= 0x21 && c < 0x7f ? (char) c : '?');
        }
        return name.toString();
    }

    private boolean crcMatches(int at, int size) {
        CRC32 crc = new CRC32();
        crc.update(bytes, at + 4, 4 + size);
        return crc.getValue() == Bytes.u32(bytes, at + 8 + size, true);
    }

    private void checkCrc(int at, String name) {
        if (!crcMatches(at, 13)) {
            throw new PictureFormatException("it is a damaged PNG: the checksum of its " + name + " chunk is wrong");
        }
    }
}
