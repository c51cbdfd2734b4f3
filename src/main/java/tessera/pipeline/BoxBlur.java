package tessera.pipeline;

import java.util.Arrays;
import tessera.render.FrameWindow;
import tessera.render.Rgba;
import tessera.render.Tile;

/**
 * The article's box blur, exactly: each colour channel is the integer sum over the (2r + 1)² window
 * clamped to the image, divided by the number of pixels in it with truncation; alpha is copied.
 *
 * <p>Instead of the article's O(r²) loop per pixel it keeps running sums: per column the sum over the
 * window's rows (updated by one row in, one row out as the band moves down), and along each row the
 * sum of those column sums over the window's columns. Every sum is an exact integer, so the result is
 * byte-identical, and the work per pixel does not depend on r.
 */
public final class BoxBlur implements NeighbourhoodFilter {
    private final int radius;

    public BoxBlur(int radius) {
        this.radius = radius;
    }

    @Override
    public int radius() {
        return radius;
    }

    @Override
    public int scratchSize(int width) {
        return 3 * width;
    }

    @Override
    public void apply(FrameWindow input, Tile band, int[] out, int offset, int stride, int[] scratch) {
        int width = input.width;
        int height = input.height;
        int r = radius;
        int[] pixels = input.pixels;
        // scratch holds the red, green and blue column sums one after the other, filled row by row.
        int greens = width;
        int blues = 2 * width;
        // Columns x in [middleStart, middleEnd) have their whole window inside the image, left and right.
        int middleStart = r + 1;
        int middleEnd = width - r;
        int top = Math.max(0, band.y - r);
        int bottom = Math.min(height - 1, band.y + r);
        Arrays.fill(scratch, 0, 3 * width, 0);
        for (int y = top; y <= bottom; y++) {
            addRow(input, y, scratch, 1);
        }
        for (int y = band.y; y < band.y + band.height; y++) {
            if (y > band.y) {
                int leaving = y - r - 1;
                int entering = y + r;
                if (leaving >= 0) {
                    addRow(input, leaving, scratch, -1);
                    top++;
                }
                if (entering < height) {
                    addRow(input, entering, scratch, 1);
                    bottom++;
                }
            }
            int rows = bottom - top + 1;
            int row = offset + (y - band.y) * stride;
            int source = input.index(0, y);
            int last = Math.min(width - 1, r);
            int red = 0;
            int green = 0;
            int blue = 0;
            for (int x = 0; x <= last; x++) {
                red += scratch[x];
                green += scratch[greens + x];
                blue += scratch[blues + x];
            }
            int first = 0;
            int divisor = 0;
            long inverse = 0;
            for (int x = 0; x < width; x++) {
                if (x == middleStart && x < middleEnd) {
                    // Between the edges every window is whole: one column in and one out per pixel, one divisor.
                    divisor = (2 * r + 1) * rows;
                    inverse = 0x100000000L / divisor;
                    for (; x < middleEnd; x++) {
                        int entering = x + r;
                        int leaving = x - r - 1;
                        red += scratch[entering] - scratch[leaving];
                        green += scratch[greens + entering] - scratch[greens + leaving];
                        blue += scratch[blues + entering] - scratch[blues + leaving];
                        out[row + x] = Rgba.pack(quotient(red, divisor, inverse), quotient(green, divisor, inverse),
                                quotient(blue, divisor, inverse), pixels[source + x] >>> 24);
                    }
                    first = x - 1 - r;
                    last = x - 1 + r;
                    if (x == width) {
                        break;
                    }
                }
                if (x > 0) {
                    int entering = x + r;
                    if (entering < width) {
                        red += scratch[entering];
                        green += scratch[greens + entering];
                        blue += scratch[blues + entering];
                        last = entering;
                    }
                    int leaving = x - r - 1;
                    if (leaving >= 0) {
                        red -= scratch[leaving];
                        green -= scratch[greens + leaving];
                        blue -= scratch[blues + leaving];
                        first = leaving + 1;
                    }
                }
                int count = (last - first + 1) * rows;
                if (count != divisor) {
                    divisor = count;
                    inverse = 0x100000000L / count;
                }
                out[row + x] = Rgba.pack(quotient(red, count, inverse), quotient(green, count, inverse),
                        quotient(blue, count, inverse), pixels[source + x] >>> 24);
            }
        }
    }

    /**
     * {@code sum / count} without a division per pixel: with inverse = ⌊2³² / count⌋ and sum below
     * 2²⁴, {@code sum · inverse >> 32} is the quotient or one less, and one multiplication tells which.
     */
    private static int quotient(int sum, int count, long inverse) {
        int q = (int) ((sum * inverse) >>> 32);
        return (q + 1) * count <= sum ? q + 1 : q;
    }

    private static void addRow(FrameWindow input, int y, int[] scratch, int sign) {
        int width = input.width;
        int start = input.index(0, y);
        int[] pixels = input.pixels;
        for (int x = 0; x < width; x++) {
            int p = pixels[start + x];
            scratch[x] += sign * (p & 0xff);
            scratch[width + x] += sign * ((p >>> 8) & 0xff);
            scratch[2 * width + x] += sign * ((p >>> 16) & 0xff);
        }
    }
}
