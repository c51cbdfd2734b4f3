package tessera.pipeline;

/**
 * The origin article's filters transcribed line by line over RGBA byte arrays, as the independent
 * definition the pipeline is tested against (its blur is the naive O(r²) loop).
 */
final class ArticleReference {
    private ArticleReference() {
    }

    static byte[] blur(byte[] pixels, int w, int h, int r) {
        byte[] output = new byte[pixels.length];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                long sumR = 0;
                long sumG = 0;
                long sumB = 0;
                long count = 0;
                for (int dy = Math.max(0, y - r); dy <= Math.min(h - 1, y + r); dy++) {
                    for (int dx = Math.max(0, x - r); dx <= Math.min(w - 1, x + r); dx++) {
                        int idx = (dy * w + dx) * 4;
                        sumR += pixels[idx] & 0xff;
                        sumG += pixels[idx + 1] & 0xff;
                        sumB += pixels[idx + 2] & 0xff;
                        count += 1;
                    }
                }
                int idx = (y * w + x) * 4;
                output[idx] = (byte) (sumR / count);
                output[idx + 1] = (byte) (sumG / count);
                output[idx + 2] = (byte) (sumB / count);
                output[idx + 3] = pixels[idx + 3];
            }
        }
        return output;
    }

    static void brightness(byte[] pixels, float factor) {
        for (int i = 0; i < pixels.length; i += 4) {
            for (int c = 0; c < 3; c++) {
                pixels[i + c] = asU8(Math.min((pixels[i + c] & 0xff) * factor, 255.0f));
            }
        }
    }

    static void contrast(byte[] pixels, float factor) {
        for (int i = 0; i < pixels.length; i += 4) {
            for (int c = 0; c < 3; c++) {
                float val = (pixels[i + c] & 0xff) / 255.0f;
                float adjusted = Math.max(0.0f, Math.min(1.0f, (val - 0.5f) * factor + 0.5f));
                pixels[i + c] = asU8(adjusted * 255.0f);
            }
        }
    }

    static void sepia(byte[] pixels) {
        for (int i = 0; i < pixels.length; i += 4) {
            float r = pixels[i] & 0xff;
            float g = pixels[i + 1] & 0xff;
            float b = pixels[i + 2] & 0xff;
            pixels[i] = asU8(Math.min(r * 0.393f + g * 0.769f + b * 0.189f, 255.0f));
            pixels[i + 1] = asU8(Math.min(r * 0.349f + g * 0.686f + b * 0.168f, 255.0f));
            pixels[i + 2] = asU8(Math.min(r * 0.272f + g * 0.534f + b * 0.131f, 255.0f));
        }
    }

    /** Rust's {@code as u8} on an f32 (the article's values are never NaN). */
    private static byte asU8(float value) {
        return (byte) (value <= 0 ? 0 : value >= 255 ? 255 : (int) value);
    }
}
