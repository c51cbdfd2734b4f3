package tessera.escapetime;

import tessera.json.JsonWriter;
import tessera.render.FieldReader;

/**
 * The fields every escape-time fractal request has besides its view: {@code maxIter} (1 … 10,000,000,
 * default 1000) and {@code palette} (one of {@link Palettes}), read and described in one place.
 */
public final class EscapeTimeFields {
    /** Ten million: with bilinear steps and cycle detection a deep minibrot's inside is practical at that. */
    public static final int MAX_ITERATIONS = 10_000_000;
    public static final int DEFAULT_ITERATIONS = 1000;

    private EscapeTimeFields() {
    }

    public static int maxIter(FieldReader params) {
        return params.optionalInt("maxIter", 1, MAX_ITERATIONS, DEFAULT_ITERATIONS);
    }

    public static Palette palette(FieldReader params, String defaultPalette) {
        return Palettes.named(params.optionalChoice("palette", Palettes.names(), defaultPalette));
    }

    /** The members {@code maxIter: {min, max, default}}, {@code palettes: [...]} and {@code palette} of a description. */
    public static void describe(JsonWriter json, String defaultPalette) {
        json.name("maxIter").range(1, MAX_ITERATIONS, DEFAULT_ITERATIONS)
                .name("palettes").strings(Palettes.names())
                .name("palette").value(defaultPalette);
    }
}
