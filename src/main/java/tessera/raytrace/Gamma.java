package tessera.raytrace;

import tessera.render.Rgba;

/**
 * The reference crate's colour conversion: bytes are {@code (linear.powf(1 / 2.2) * 255) as u8}, and
 * texture bytes decode as {@code (byte / 255).powf(2.2)}, all in single precision.
 *
 * <p>Encoding does not call {@code pow} per pixel. Because the conversion is monotone, the byte for a
 * value is the number of the 255 thresholds at or below it, each threshold found once by bisection
 * over the float bit patterns. That is exact, allocation-free, and avoids a call out of WebAssembly
 * to the engine's {@code Math.pow} for every channel of every pixel.
 */
public final class Gamma {
    private static final float GAMMA = 2.2f;
    private static final float INVERSE_GAMMA = 1.0f / GAMMA;
    private static final float[] THRESHOLDS = thresholds();
    private static final float[] DECODED = decodedBytes();

    private Gamma() {
    }

    /** The byte the crate writes for a linear channel value (NaN and negatives give 0, 1 and above 255). */
    public static int encode(float linear) {
        if (!(linear > 0.0f)) {
            return 0;
        }
        if (linear >= 1.0f) {
            return 255;
        }
        int low = 0;
        int high = 255;
        while (low < high) {
            int middle = (low + high + 1) >>> 1;
            if (THRESHOLDS[middle] <= linear) {
                low = middle;
            } else {
                high = middle - 1;
            }
        }
        return low;
    }

    /** The packed pixel of a linear colour: gamma-encoded as the crate does, or linear ({@code "gamma": false}) × 255, saturating. */
    static int pixel(boolean gammaEncoded, float r, float g, float b) {
        if (gammaEncoded) {
            return Rgba.pack(encode(r), encode(g), encode(b), 255);
        }
        return Rgba.pack(Rgba.saturatingByte(r * 255.0f), Rgba.saturatingByte(g * 255.0f), Rgba.saturatingByte(b * 255.0f), 255);
    }

    /** The crate's byte for a value computed directly, as its formula reads. */
    static int encodeDirectly(float linear) {
        float encoded = (float) StrictMath.pow(linear, INVERSE_GAMMA);
        return Rgba.saturatingByte(encoded * 255.0f);
    }

    /** The linear value of an sRGB-ish texture byte, gamma 2.2. */
    public static float decode(int channelByte) {
        return DECODED[channelByte];
    }

    /** thresholds[k] is the least float in (0, 1] whose byte is at least k (thresholds[0] unused). */
    private static float[] thresholds() {
        float[] thresholds = new float[256];
        for (int k = 1; k < 256; k++) {
            int low = 0;
            int high = Float.floatToRawIntBits(1.0f);
            while (low < high) {
                int middle = (low + high) >>> 1;
                if (encodeDirectly(Float.intBitsToFloat(middle)) >= k) {
                    high = middle;
                } else {
                    low = middle + 1;
                }
            }
            thresholds[k] = Float.intBitsToFloat(low);
        }
        return thresholds;
    }

    private static float[] decodedBytes() {
        float[] decoded = new float[256];
        for (int b = 0; b < 256; b++) {
            decoded[b] = (float) StrictMath.pow((float) b / 255.0f, GAMMA);
        }
        return decoded;
    }
}
