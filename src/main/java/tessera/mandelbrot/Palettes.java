package tessera.mandelbrot;

import java.util.Arrays;
import java.util.List;

/** The palettes a request may name in {@code params.palette}. */
public final class Palettes {
    public static final String DEFAULT = "seed";

    private Palettes() {
    }

    public static List<String> names() {
        return Arrays.asList("seed", "smooth");
    }

    public static Palette named(String name) {
        switch (name) {
            case "seed":
                return new SeedPalette();
            case "smooth":
                return new SmoothPalette();
            default:
                throw new IllegalArgumentException("unknown palette " + name);
        }
    }
}
