package tessera.escapetime;

import tessera.json.JsonWriter;
import tessera.render.FieldReader;
import tessera.render.InvalidRequestException;
import tessera.render.Workload;

/**
 * The fields every escape-time fractal request has besides its view: {@code formula} (one of
 * {@link Formula#ids()}, default {@code multibrot}) with its {@code power} (2 … 8, default 2; past 2
 * for {@code multibrot} only), {@code maxIter} (1 … 10,000,000,
 * default 1000), {@code palette} (one of {@link Palettes}), {@code gradient} (a designed one: see
 * {@link GradientReader}) and {@code supersample} (samples a side
 * for anti-aliasing, 1 … 4, default 1: see {@link SupersampledWorkload}), read and described in one place.
 */
public final class EscapeTimeFields {
    /** Ten million: with bilinear steps and cycle detection a deep minibrot's inside is practical at that. */
    public static final int MAX_ITERATIONS = 10_000_000;
    public static final int DEFAULT_ITERATIONS = 1000;

    private EscapeTimeFields() {
    }

    /** The formula {@code params} names, with its power. */
    public static Formula formula(FieldReader params) {
        String id = params.optionalChoice("formula", Formula.ids(), Formula.DEFAULT);
        int power = params.optionalInt("power", Formula.MIN_POWER, Formula.MAX_POWER, 2);
        if (power != 2 && !id.equals(Formula.DEFAULT)) {
            throw new InvalidRequestException(params.path("power"), "only the multibrot formula has powers other than 2 (the "
                    + id + " formula squares), got " + power, params.get("power"));
        }
        return Formula.named(id, power);
    }

    public static int maxIter(FieldReader params) {
        return params.optionalInt("maxIter", 1, MAX_ITERATIONS, DEFAULT_ITERATIONS);
    }

    /** The palette {@code params} names, over the gradient it designs if it has one ({@link GradientReader}). */
    public static Palette palette(FieldReader params, String defaultPalette) {
        if (params.has("gradient")) {
            return GradientReader.palette(params, defaultPalette);
        }
        return Palettes.named(params.optionalChoice("palette", Palettes.names(), defaultPalette));
    }

    /** How many samples a side each pixel is the mean of: 1 (none) to {@link SupersampledWorkload#MAX_FACTOR}. */
    public static int supersample(FieldReader params) {
        return params.optionalInt("supersample", 1, SupersampledWorkload.MAX_FACTOR, 1);
    }

    /** The picture of {@code samples} (rendered {@code factor} times as wide and high) as asked: itself, or supersampled. */
    public static Workload supersampled(EscapeTimeWorkload samples, int factor) {
        return factor == 1 ? samples : new SupersampledWorkload(samples, factor);
    }

    /** The members {@code maxIter: {min, max, default}}, {@code palettes: [...]}, {@code palette} and {@code supersample} of a description. */
    public static void describe(JsonWriter json, String defaultPalette) {
        json.name("maxIter").range(1, MAX_ITERATIONS, DEFAULT_ITERATIONS)
                .name("palettes").strings(Palettes.names())
                .name("palette").value(defaultPalette)
                .name("supersample").range(1, SupersampledWorkload.MAX_FACTOR, 1)
                .name("gradient").beginObject()
                .name("palettes").strings(Palettes.designable())
                .name("maxStops").value(GradientReader.MAX_STOPS)
                .name("density").range(GradientReader.MIN_DENSITY, GradientReader.MAX_DENSITY, SmoothPalette.PERIOD)
                .name("offset").range(0, 1, 0)
                .endObject();
    }
}
