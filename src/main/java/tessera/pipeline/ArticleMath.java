package tessera.pipeline;

/** The single-precision conversions of the origin article's filters, with Rust's semantics. */
final class ArticleMath {
    private ArticleMath() {
    }

    /** Rust's {@code f32 as u8}: truncation, saturating at 0 and 255, NaN to 0. */
    static int toByte(float value) {
        if (!(value > 0.0f)) {
            return 0;
        }
        return value >= 255.0f ? 255 : (int) value;
    }

    /** Rust's {@code f32::min}: a NaN argument yields the other one. */
    static float min(float a, float b) {
        if (a != a) {
            return b;
        }
        return b != b || a < b ? a : b;
    }

    /** Rust's {@code f32::clamp}, which keeps NaN. */
    static float clamp(float value, float min, float max) {
        if (value < min) {
            return min;
        }
        return value > max ? max : value;
    }

    /** Nearest byte for Tessera's own filters: clamped to [0, 255], halves rounded up. */
    static int roundToByte(float value) {
        return toByte(value + 0.5f);
    }
}
