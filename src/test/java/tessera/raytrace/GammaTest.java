package tessera.raytrace;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

class GammaTest {
    @Test
    void thresholdSearchEqualsTheFormulaEverywhereItCouldDiffer() {
        for (int k = 1; k < 256; k++) {
            // Around each step of the staircase: the first float of byte k and its neighbours.
            float low = 0;
            float high = 1;
            for (int i = 0; i < 40; i++) {
                float middle = (low + high) / 2;
                if (Gamma.encodeDirectly(middle) >= k) {
                    high = middle;
                } else {
                    low = middle;
                }
            }
            for (float x = Math.nextDown(Math.nextDown(low)), end = Math.nextUp(Math.nextUp(high)); x <= end; x = Math.nextUp(x)) {
                assertEquals(Gamma.encodeDirectly(x), Gamma.encode(x), "x = " + x);
            }
        }
    }

    @Test
    void agreesWithTheFormulaOnRandomValues() {
        Random random = new Random(1);
        for (int i = 0; i < 1_000_000; i++) {
            float x = random.nextFloat() * 1.2f - 0.1f;
            assertEquals(Gamma.encodeDirectly(x), Gamma.encode(x), "x = " + x);
        }
    }

    @Test
    void specialValues() {
        assertEquals(0, Gamma.encode(Float.NaN));
        assertEquals(0, Gamma.encode(-1f));
        assertEquals(0, Gamma.encode(0f));
        assertEquals(255, Gamma.encode(1f));
        assertEquals(255, Gamma.encode(Float.POSITIVE_INFINITY));
        // 0.5^(1/2.2) · 255 = 186.08
        assertEquals(186, Gamma.encode(0.5f));
    }

    @Test
    void decodeInvertsTheTextureBytes() {
        assertEquals(0f, Gamma.decode(0));
        assertEquals(1f, Gamma.decode(255));
        // (128 / 255)^2.2 = 0.2195
        assertEquals(0.2195f, Gamma.decode(128), 1e-4f);
    }

    @Test
    void aLinearPixelIsEachChannelTimes255TruncatedAndClampedAndAnEncodedOneEachChannelEncoded() {
        java.util.SplittableRandom draws = new java.util.SplittableRandom(39);
        for (int i = 0; i < 10_000; i++) {
            float[] rgb = {(float) draws.nextDouble(-0.2, 1.3), (float) draws.nextDouble(-0.2, 1.3), (float) draws.nextDouble(-0.2, 1.3)};
            int linear = Gamma.pixel(false, rgb[0], rgb[1], rgb[2]);
            int encoded = Gamma.pixel(true, rgb[0], rgb[1], rgb[2]);
            int[] linearBytes = {tessera.render.Rgba.red(linear), tessera.render.Rgba.green(linear), tessera.render.Rgba.blue(linear)};
            int[] encodedBytes = {tessera.render.Rgba.red(encoded), tessera.render.Rgba.green(encoded), tessera.render.Rgba.blue(encoded)};
            for (int c = 0; c < 3; c++) {
                // Rust's `as u8` of the single-precision product: towards zero, into 0 … 255.
                int expected = (int) Math.max(0, Math.min(255, Math.floor(rgb[c] * 255.0f)));
                assertEquals(expected, linearBytes[c], "channel " + c + " of " + rgb[c]);
                assertEquals(Gamma.encode(rgb[c]), encodedBytes[c], "channel " + c + " of " + rgb[c]);
            }
            assertEquals(255, tessera.render.Rgba.alpha(linear));
            assertEquals(255, tessera.render.Rgba.alpha(encoded));
        }
    }
}
