package tessera.render;

/**
 * Rust's f32 min, max and clamp, for code that must compute what Rust code computes: min and max
 * differ from Java's in that a NaN argument yields the other one.
 */
public final class RustFloat {
    private RustFloat() {
    }

    public static float max(float a, float b) {
        if (a != a) {
            return b;
        }
        if (b != b) {
            return a;
        }
        return a > b ? a : b;
    }

    public static float min(float a, float b) {
        if (a != a) {
            return b;
        }
        if (b != b) {
            return a;
        }
        return a < b ? a : b;
    }

    /** Rust's {@code value.clamp(min, max)}, which keeps NaN. */
    public static float clamp(float value, float min, float max) {
        if (value < min) {
            return min;
        }
        return value > max ? max : value;
    }

    /** The crate's {@code value.min(1.0).max(0.0)}: NaN becomes 1. */
    public static float clamp01(float value) {
        return max(min(value, 1.0f), 0.0f);
    }
}
