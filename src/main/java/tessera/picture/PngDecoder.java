package tessera.picture;

import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import tessera.render.Picture;
import tessera.render.Rgba;

/**
 * Decodes a PNG the one way Tessera defines, identically on the JVM and in the browser: 8-bit RGBA,
 * not premultiplied; grey and palette expanded; a grey sample of 1, 2 or 4 bits scaled exactly to
 * 0–255; a 16-bit sample rounded to the nearest 8-bit one, (v × 255 + 32767) / 65535; tRNS made
 * into alpha; a palette index past the palette's end opaque black; interlaced files de-interlaced;
 * the eXIf orientation applied. The image data is inflated a row at a time, so memory is the
 * pixels and two rows.
 */
public final class PngDecoder {
    /** Adam7: first column, first row, column step and row step of each of the seven passes. */
    private static final int[][] PASSES = {
        {0, 0, 8, 8}, {4, 0, 8, 8}, {0, 4, 4, 8}, {2, 0, 4, 4}, {0, 2, 2, 4}, {1, 0, 2, 2}, {0, 1, 1, 2},
    };
    private static final int OPAQUE_BLACK = Rgba.pack(0, 0, 0, 255);

    private final PngFile file;
    private final int bitsPerPixel;
    /** Bytes per complete pixel, at least 1: the distance the filters look back. */
    private final int filterStride;
    private final Inflater inflater = new Inflater();
    private int nextChunk;

    private PngDecoder(PngFile file) {
        this.file = file;
        this.bitsPerPixel = file.bitDepth * file.channels();
        this.filterStride = Math.max(1, bitsPerPixel / 8);
    }

    static Picture decode(PngFile file) {
        if (file.incomplete != null) {
            throw new PictureFormatException(file.incomplete);
        }
        PngDecoder decoder = new PngDecoder(file);
        try {
            return Orientation.apply(decoder.pixels(), file.orientation);
        } finally {
            decoder.inflater.end();
        }
    }

    private Picture pixels() {
        int[] pixels = new int[Math.multiplyExact(file.width, file.height)];
        if (!file.interlaced) {
            readImage(pixels, 0, 0, 1, 1, file.width, file.height);
        } else {
            for (int[] pass : PASSES) {
                int columns = (file.width - pass[0] + pass[2] - 1) / pass[2];
                int rows = (file.height - pass[1] + pass[3] - 1) / pass[3];
                if (columns > 0 && rows > 0) {
                    readImage(pixels, pass[0], pass[1], pass[2], pass[3], columns, rows);
                }
            }
        }
        return new Picture(file.width, file.height, pixels);
    }

    /** Reads one (sub)image of columns × rows pixels, placed from (x0, y0) in steps of dx, dy. */
    private void readImage(int[] pixels, int x0, int y0, int dx, int dy, int columns, int rows) {
        int rowBytes = (int) (((long) columns * bitsPerPixel + 7) / 8);
        byte[] previous = new byte[rowBytes];
        byte[] current = new byte[rowBytes];
        byte[] filter = new byte[1];
        for (int r = 0; r < rows; r++) {
            inflate(filter, 1);
            inflate(current, rowBytes);
            unfilter(filter[0] & 0xff, current, previous);
            expand(current, pixels, (y0 + r * dy) * file.width + x0, dx, columns);
            byte[] swap = previous;
            previous = current;
            current = swap;
        }
    }

    private void inflate(byte[] into, int length) {
        int filled = 0;
        try {
            while (filled < length) {
                // Input is given before inflating, never after an empty call: TeaVM's Inflater fails on no input at all.
                if (inflater.needsInput()) {
                    if (nextChunk == file.imageData.size()) {
                        throw endsEarly();
                    }
                    int[] chunk = file.imageData.get(nextChunk++);
                    inflater.setInput(file.bytes, chunk[0], chunk[1]);
                    continue;
                }
                int got = inflater.inflate(into, filled, length - filled);
                filled += got;
                if (got == 0 && (inflater.finished() || inflater.needsDictionary())) {
                    throw endsEarly();
                }
            }
        } catch (DataFormatException e) {
            throw new PictureFormatException("its image data is damaged (" + e.getMessage() + ")");
        }
    }

    private PictureFormatException endsEarly() {
        return new PictureFormatException("its image data ends early (" + file.width + " × " + file.height
                + " pixels were promised)");
    }

    private void unfilter(int type, byte[] row, byte[] above) {
        int n = row.length;
        int s = filterStride;
        switch (type) {
            case 0:
                break;
            case 1:
                for (int i = s; i < n; i++) {
                    row[i] += row[i - s];
                }
                break;
            case 2:
                for (int i = 0; i < n; i++) {
                    row[i] += above[i];
                }
                break;
            case 3:
                for (int i = 0; i < n; i++) {
                    int left = i >= s ? row[i - s] & 0xff : 0;
                    row[i] += (left + (above[i] & 0xff)) >>> 1;
                }
                break;
            case 4:
                for (int i = 0; i < n; i++) {
                    int left = i >= s ? row[i - s] & 0xff : 0;
                    int up = above[i] & 0xff;
                    int upLeft = i >= s ? above[i - s] & 0xff : 0;
                    row[i] += paeth(left, up, upLeft);
                }
                break;
            default:
                throw new PictureFormatException("its image data is damaged (a row has filter type " + type
                        + "; PNG has 0 to 4)");
        }
    }

    static int paeth(int left, int up, int upLeft) {
        int estimate = left + up - upLeft;
        int toLeft = Math.abs(estimate - left);
        int toUp = Math.abs(estimate - up);
        int toUpLeft = Math.abs(estimate - upLeft);
        if (toLeft <= toUp && toLeft <= toUpLeft) {
            return left;
        }
        return toUp <= toUpLeft ? up : upLeft;
    }

    /** Writes the row's pixels to pixels[start], pixels[start + step], … */
    private void expand(byte[] row, int[] pixels, int start, int step, int columns) {
        int depth = file.bitDepth;
        int[] transparent = file.transparentSample;
        int at = start;
        for (int x = 0; x < columns; x++, at += step) {
            int pixel;
            switch (file.colourType) {
                case PngFile.PALETTE: {
                    int index = sample(row, x, depth);
                    pixel = index < file.palette.length ? file.palette[index] : OPAQUE_BLACK;
                    break;
                }
                case PngFile.GREY: {
                    int value = sample(row, x, depth);
                    int grey = to8(value, depth);
                    pixel = Rgba.pack(grey, grey, grey, transparent != null && transparent[0] == value ? 0 : 255);
                    break;
                }
                case PngFile.GREY_ALPHA: {
                    int grey = to8(sample(row, 2 * x, depth), depth);
                    pixel = Rgba.pack(grey, grey, grey, to8(sample(row, 2 * x + 1, depth), depth));
                    break;
                }
                case PngFile.RGB: {
                    int red = sample(row, 3 * x, depth);
                    int green = sample(row, 3 * x + 1, depth);
                    int blue = sample(row, 3 * x + 2, depth);
                    boolean clear = transparent != null && transparent[0] == red && transparent[1] == green
                            && transparent[2] == blue;
                    pixel = Rgba.pack(to8(red, depth), to8(green, depth), to8(blue, depth), clear ? 0 : 255);
                    break;
                }
                default: {
                    pixel = Rgba.pack(to8(sample(row, 4 * x, depth), depth), to8(sample(row, 4 * x + 1, depth), depth),
                            to8(sample(row, 4 * x + 2, depth), depth), to8(sample(row, 4 * x + 3, depth), depth));
                    break;
                }
            }
            pixels[at] = pixel;
        }
    }

    /** Sample number {@code index} of the row (samples of 1, 2 and 4 bits are packed from the high bit). */
    private static int sample(byte[] row, int index, int depth) {
        switch (depth) {
            case 8:
                return row[index] & 0xff;
            case 16:
                return ((row[2 * index] & 0xff) << 8) | (row[2 * index + 1] & 0xff);
            default:
                int bit = index * depth;
                return ((row[bit >>> 3] & 0xff) >>> (8 - depth - (bit & 7))) & ((1 << depth) - 1);
        }
    }

    /** A sample of {@code depth} bits as 0–255: low depths scaled exactly, 16 bits rounded to nearest. */
    static int to8(int value, int depth) {
        switch (depth) {
            case 8: return value;
            case 16: return (value * 255 + 32767) / 65535;
            case 4: return value * 17;
            case 2: return value * 85;
            default: return value * 255;
        }
    }
}
