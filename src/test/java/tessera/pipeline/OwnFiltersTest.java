package tessera.pipeline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import tessera.render.Rgba;

/** Tessera's filters beyond the article, by their defining properties and hand-worked pixels. */
class OwnFiltersTest {
    private final int[] image = PipelineFixtures.randomImage(new Random(9), 53, 37);

    private int[] run(Filter... filters) {
        return PipelineFixtures.run(List.of(filters), image, 53, 37, 8);
    }

    @Test
    void invertTwiceIsTheIdentityAndKeepsAlpha() {
        assertArrayEquals(image, run(new Invert(), new Invert()));
        int[] once = run(new Invert());
        assertEquals(255 - Rgba.red(image[0]), Rgba.red(once[0]));
        assertEquals(Rgba.alpha(image[0]), Rgba.alpha(once[0]));
    }

    @Test
    void grayscaleUsesRec601Luma() {
        int[] pixels = {Rgba.pack(255, 0, 0, 7), Rgba.pack(0, 255, 0, 255), Rgba.pack(10, 20, 30, 255)};
        new Grayscale().apply(pixels, 0, 3);
        // 0.299 · 255 = 76.2; 0.587 · 255 = 149.7; 0.299·10 + 0.587·20 + 0.114·30 = 18.15
        assertEquals(Rgba.pack(76, 76, 76, 7), pixels[0]);
        assertEquals(Rgba.pack(150, 150, 150, 255), pixels[1]);
        assertEquals(Rgba.pack(18, 18, 18, 255), pixels[2]);
    }

    @Test
    void saturationOneIsTheIdentityAndZeroIsGrey() {
        assertArrayEquals(image, run(new Saturation(1)));
        assertArrayEquals(run(new Grayscale()), run(new Saturation(0)));
    }

    @Test
    void sharpenWithNoAmountIsTheIdentity() {
        assertArrayEquals(image, run(new Sharpen(0, 3)));
    }

    @Test
    void sharpenPushesAnEdgeApart() {
        // A dark column beside a light one: the unsharp mask darkens the dark side and lightens the light one.
        int[] edge = new int[8 * 3];
        for (int i = 0; i < edge.length; i++) {
            edge[i] = i % 8 < 4 ? Rgba.pack(100, 100, 100, 255) : Rgba.pack(160, 160, 160, 255);
        }
        int[] out = PipelineFixtures.run(List.of(new Sharpen(1, 1)), edge, 8, 3, 8);
        // At x = 3 the 3 × 3 mean is (2·100 + 160) / 3 = 120: 100 + (100 − 120) = 80. At x = 4: 160 + (160 − 140) = 180.
        assertEquals(80, Rgba.red(out[8 + 3]));
        assertEquals(180, Rgba.red(out[8 + 4]));
        assertEquals(100, Rgba.red(out[8]));
    }
}
