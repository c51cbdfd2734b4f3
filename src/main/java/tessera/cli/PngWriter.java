package tessera.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import tessera.render.Rgba;

/**
 * Writes packed RGBA pixels as a PNG (8-bit RGBA, not interlaced), rows in order as they come, so
 * a picture far larger than memory can be written a band at a time: only the row before and the
 * compressor's window are kept. Every row is filtered "Up" (each byte less the one above it), which
 * suits pictures that change smoothly from row to row; the same rows always give the same bytes.
 * Deflate at its fastest level: the compression runs on one thread beside the render threads, and
 * at the default level it was what a zoom sequence waited for (BENCHMARKS.md).
 */
final class PngWriter implements AutoCloseable {
    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    private static final int CHUNK_BYTES = 1 << 16;
    private static final byte FILTER_UP = 2;

    private final OutputStream out;
    private final int width;
    private final int height;
    private final Deflater deflater = new Deflater(Deflater.BEST_SPEED);
    private final byte[] row;
    /** The row above, unfiltered (zeros above the first). */
    private final byte[] above;
    private final byte[] compressed = new byte[CHUNK_BYTES];
    private int rowsWritten;

    PngWriter(OutputStream out, int width, int height) throws IOException {
        this.out = out;
        this.width = width;
        this.height = height;
        this.row = new byte[1 + 4 * width];
        this.above = new byte[1 + 4 * width];
        out.write(SIGNATURE);
        byte[] header = new byte[13];
        putInt(header, 0, width);
        putInt(header, 4, height);
        header[8] = 8;
        header[9] = 6;
        chunk("IHDR", header, header.length);
    }

    /** The whole picture at once. */
    static void write(int[] frame, int width, int height, OutputStream out) throws IOException {
        try (PngWriter png = new PngWriter(out, width, height)) {
            png.rows(frame, 0, height);
        }
    }

    /** Writes {@code count} rows of {@code pixels}, from row {@code first} of that array (rows of the picture's width). */
    void rows(int[] pixels, int first, int count) throws IOException {
        if (rowsWritten + count > height) {
            throw new IllegalStateException("more than " + height + " rows");
        }
        for (int y = first; y < first + count; y++) {
            row[0] = FILTER_UP;
            int at = y * width;
            for (int x = 0; x < width; x++) {
                int p = pixels[at + x];
                int b = 1 + 4 * x;
                filter(b, Rgba.red(p));
                filter(b + 1, Rgba.green(p));
                filter(b + 2, Rgba.blue(p));
                filter(b + 3, Rgba.alpha(p));
            }
            deflate(row);
            rowsWritten++;
        }
    }

    /** Byte b of the row: the sample less the one above it, which the sample then replaces. */
    private void filter(int b, int sample) {
        row[b] = (byte) (sample - above[b]);
        above[b] = (byte) sample;
    }

    private void deflate(byte[] bytes) throws IOException {
        deflater.setInput(bytes);
        while (!deflater.needsInput()) {
            int n = deflater.deflate(compressed, 0, compressed.length, Deflater.NO_FLUSH);
            if (n > 0) {
                chunk("IDAT", compressed, n);
            }
        }
    }

    /** Finishes the picture; every row must have been written. */
    @Override
    public void close() throws IOException {
        try {
            if (rowsWritten != height) {
                throw new IllegalStateException(rowsWritten + " of " + height + " rows were written");
            }
            deflater.finish();
            while (!deflater.finished()) {
                int n = deflater.deflate(compressed);
                if (n > 0) {
                    chunk("IDAT", compressed, n);
                }
            }
            chunk("IEND", compressed, 0);
        } finally {
            deflater.end();
        }
    }

    private void chunk(String type, byte[] data, int length) throws IOException {
        byte[] name = type.getBytes(StandardCharsets.US_ASCII);
        byte[] size = new byte[4];
        putInt(size, 0, length);
        out.write(size);
        out.write(name);
        out.write(data, 0, length);
        CRC32 crc = new CRC32();
        crc.update(name);
        crc.update(data, 0, length);
        byte[] check = new byte[4];
        putInt(check, 0, (int) crc.getValue());
        out.write(check);
    }

    private static void putInt(byte[] bytes, int at, int value) {
        bytes[at] = (byte) (value >>> 24);
        bytes[at + 1] = (byte) (value >>> 16);
        bytes[at + 2] = (byte) (value >>> 8);
        bytes[at + 3] = (byte) value;
    }
}
