package tessera.pipeline;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import tessera.json.JsonValue;
import tessera.json.JsonWriter;
import tessera.render.FieldReader;

/**
 * Reads {@code params.ops}, e.g. {@code [{"op": "blur", "radius": 4}, {"op": "brightness", "factor": 1.2}, {"op": "sepia"}]}.
 * A Gaussian becomes its three box blurs.
 */
public final class FilterReader {
    public static final int MAX_OPS = 32;
    public static final int MAX_BLUR_RADIUS = 100;
    public static final int MAX_SHARPEN_RADIUS = 20;
    public static final double MIN_SIGMA = 0.5;
    public static final double MAX_SIGMA = 30;
    public static final float MAX_FACTOR = 10;
    /** The op names, in the order the page lists them. */
    public static final List<String> OPS = Arrays.asList(
            "blur", "gaussian", "sharpen", "brightness", "contrast", "saturation", "sepia", "grayscale", "invert");

    private FilterReader() {
    }

    /**
     * {@code {maxOps, ops: [{op, params: {name: {min, max, default, integer}}}]}}: every op in the
     * order the page lists them, with the range read() accepts for each parameter and a starting value.
     */
    public static void describe(JsonWriter json) {
        json.beginObject().name("maxOps").value(MAX_OPS).name("ops").beginArray();
        for (String op : OPS) {
            json.beginObject().name("op").value(op).name("params").beginObject();
            switch (op) {
                case "blur":
                    parameter(json, "radius", 0, MAX_BLUR_RADIUS, 4, true);
                    break;
                case "gaussian":
                    parameter(json, "sigma", MIN_SIGMA, MAX_SIGMA, 2, false);
                    break;
                case "sharpen":
                    parameter(json, "amount", 0, MAX_FACTOR, 1, false);
                    parameter(json, "radius", 1, MAX_SHARPEN_RADIUS, 1, true);
                    break;
                case "brightness":
                    parameter(json, "factor", 0, MAX_FACTOR, 1.2, false);
                    break;
                case "contrast":
                case "saturation":
                    parameter(json, "factor", 0, MAX_FACTOR, 1.5, false);
                    break;
                default:
                    break;
            }
            json.endObject().endObject();
        }
        json.endArray().endObject();
    }

    private static void parameter(JsonWriter json, String name, double min, double max, double value, boolean integer) {
        json.name(name).beginObject().name("min").value(min).name("max").value(max).name("default").value(value)
                .name("integer").value(integer).endObject();
    }

    public static List<Filter> read(FieldReader params) {
        List<Filter> filters = new ArrayList<>();
        List<JsonValue> ops = params.requiredArray("ops", MAX_OPS);
        for (int i = 0; i < ops.size(); i++) {
            FieldReader op = FieldReader.of(ops.get(i), params.path("ops") + "[" + i + "]");
            String name = op.requiredChoice("op", OPS);
            switch (name) {
                case "blur":
                    filters.add(new BoxBlur(op.requiredInt("radius", 0, MAX_BLUR_RADIUS)));
                    break;
                case "gaussian":
                    for (int radius : GaussianBoxes.radii(op.requiredDouble("sigma", MIN_SIGMA, MAX_SIGMA))) {
                        filters.add(new BoxBlur(radius));
                    }
                    break;
                case "sharpen":
                    filters.add(new Sharpen(op.requiredFloat("amount", 0, MAX_FACTOR),
                            op.optionalInt("radius", 1, MAX_SHARPEN_RADIUS, 1)));
                    break;
                case "brightness":
                    filters.add(new Brightness(op.requiredFloat("factor", 0, MAX_FACTOR)));
                    break;
                case "contrast":
                    filters.add(new Contrast(op.requiredFloat("factor", 0, MAX_FACTOR)));
                    break;
                case "saturation":
                    filters.add(new Saturation(op.requiredFloat("factor", 0, MAX_FACTOR)));
                    break;
                case "sepia":
                    filters.add(new Sepia());
                    break;
                case "grayscale":
                    filters.add(new Grayscale());
                    break;
                default:
                    filters.add(new Invert());
                    break;
            }
            op.rejectUnknownFields();
        }
        return filters;
    }
}
