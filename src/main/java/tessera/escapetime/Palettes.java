package tessera.escapetime;

import java.util.Arrays;
import java.util.List;

/** The palettes a request may name in {@code params.palette}. */
public final class Palettes {
    public static final String DEFAULT = "seed";
    /** Deep blue, sky, white, gold, near black: the classic continuous-colouring gradient. */
    private static final double[] CLASSIC_STOPS = {0.0, 0.16, 0.42, 0.6425, 0.8575, 1.0};
    private static final int[][] CLASSIC_COLORS = {{0, 7, 100}, {32, 107, 203}, {237, 255, 255}, {255, 170, 0}, {0, 2, 0}, {0, 7, 100}};

    private Palettes() {
    }

    public static List<String> names() {
        return Arrays.asList("seed", "smooth", "equalised", "distance", "fire", "ice", "grey", "iterations");
    }

    /** The palettes a designed gradient ({@link GradientReader}) can colour. */
    public static List<String> designable() {
        return Arrays.asList("smooth", "distance", "equalised");
    }

    /**
     * Palette {@code name} (one of {@link #designable()}) over a designed gradient: one turn every
     * {@code density} iterations (the equalised palette spreads it over the view instead), turned by
     * {@code offset}.
     */
    static Palette designed(String name, Gradient gradient, double density, double offset) {
        switch (name) {
            case "smooth":
                return new SmoothPalette(gradient, density, offset);
            case "distance":
                return new DistancePalette(gradient, density, offset);
            case "equalised":
                return new EqualisedPalette(gradient, offset);
            default:
                throw new IllegalArgumentException("no designed gradient for palette " + name);
        }
    }

    public static Palette named(String name) {
        switch (name) {
            case "seed":
                return new SeedPalette();
            case "smooth":
                return new SmoothPalette(CLASSIC_STOPS, CLASSIC_COLORS);
            case "equalised":
                // Needs to look over the view first: see EqualisedPalette#learn.
                return new EqualisedPalette(CLASSIC_STOPS, CLASSIC_COLORS);
            case "distance":
                return new DistancePalette(CLASSIC_STOPS, CLASSIC_COLORS);
            case "fire":
                return new SmoothPalette(new double[] {0.0, 0.25, 0.5, 0.75, 1.0}, new int[][] {
                    {20, 0, 0}, {180, 20, 0}, {255, 160, 20}, {255, 250, 200}, {20, 0, 0}});
            case "ice":
                return new SmoothPalette(new double[] {0.0, 0.3, 0.6, 0.8, 1.0}, new int[][] {
                    {0, 10, 30}, {0, 90, 160}, {120, 220, 255}, {240, 255, 255}, {0, 10, 30}});
            case "grey":
                return new SmoothPalette(new double[] {0.0, 0.5, 1.0}, new int[][] {{0, 0, 0}, {255, 255, 255}, {0, 0, 0}});
            case "iterations":
                return new IterationPalette();
            default:
                throw new IllegalArgumentException("unknown palette " + name);
        }
    }
}
