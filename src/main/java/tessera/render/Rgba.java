package tessera.render;

/**
 * Packs an RGBA pixel into one int whose little-endian bytes are R, G, B, A: the byte order of a
 * canvas {@code ImageData}, so an {@code Int32Array} of packed pixels is the picture's bytes as they are.
 */
public final class Rgba {
    private Rgba() {
    }

    public static int pack(int red, int green, int blue, int alpha) {
        return (alpha << 24) | (blue << 16) | (green << 8) | red;
    }

    public static int red(int pixel) {
        return pixel & 0xff;
    }

    public static int green(int pixel) {
        return (pixel >>> 8) & 0xff;
    }

    public static int blue(int pixel) {
        return (pixel >>> 16) & 0xff;
    }

    public static int alpha(int pixel) {
        return pixel >>> 24;
    }

    /**
     * Converts a colour channel in [0, 255] (or beyond) to a byte the way Rust's {@code as u8} does:
     * truncation toward zero, saturating at 0 and 255, NaN to 0.
     */
    public static int saturatingByte(double value) {
        if (!(value > 0)) {
            return 0;
        }
        return value >= 255 ? 255 : (int) value;
    }

    /** The nearest byte to a single-precision channel value, halves rounded up, clamped to [0, 255]. */
    public static int roundedByte(float value) {
        return saturatingByte(value + 0.5f);
    }
}
