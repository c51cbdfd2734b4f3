package tessera.raytrace;

/** Rust's f32 min and max, which differ from Java's in one way: a NaN argument yields the other one. */
final class RustFloat {
    private RustFloat() {
    }

    static float max(float a, float b) {
        if (a != a) {
            return b;
        }
        if (b != b) {
            return a;
        }
        return a > b ? a : b;
    }

    static float min(float a, float b) {
        if (a != a) {
            return b;
        }
        if (b != b) {
            return a;
        }
        return a < b ? a : b;
    }

    /** The crate's {@code value.min(1.0).max(0.0)}: NaN becomes 1. */
    static float clamp01(float value) {
        return max(min(value, 1.0f), 0.0f);
    }
}
