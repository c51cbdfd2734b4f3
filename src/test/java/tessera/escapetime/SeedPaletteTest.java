package tessera.escapetime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import tessera.render.Rgba;

/** Expected colours worked out by hand from the seed's polynomials, not by running the code under test. */
class SeedPaletteTest {
    private final SeedPalette palette = new SeedPalette();

    private static int rgb(int r, int g, int b) {
        return Rgba.pack(r, g, b, 255);
    }

    @Test
    void insideTheSetIsOpaqueBlack() {
        assertEquals(rgb(0, 0, 0), palette.color(EscapeData.of(1000, 1000), 1000));
    }

    @Test
    void halfwayColour() {
        // t = 0.5: 9·0.5·0.125·255 = 143.44, 15·0.25·0.25·255 = 239.06, 8.5·0.125·0.5·255 = 135.47
        assertEquals(rgb(143, 239, 135), palette.color(EscapeData.of(500, 500), 1000));
    }

    @Test
    void quarterColour() {
        // t = 0.25: 9·0.75·0.015625·255 = 26.89, 15·0.5625·0.0625·255 = 134.47, 8.5·0.421875·0.25·255 = 228.60
        assertEquals(rgb(26, 134, 228), palette.color(EscapeData.of(1, 1), 4));
    }

    @Test
    void firstIterationOfTheArticleFrameIsNearlyBlackBlue() {
        // t = 0.001: red 2.3e-6 → 0, green 0.0038 → 0, blue 8.5·0.997·0.001·255 = 2.16 → 2
        assertEquals(rgb(0, 0, 2), palette.color(EscapeData.of(1, 1), 1000));
    }
}
