package tessera.escapetime;

import java.util.List;
import tessera.json.JsonValue;
import tessera.render.FieldReader;
import tessera.render.InvalidRequestException;

/**
 * A gradient the request designs, {@code params.gradient}: {@code stops} (1 to {@link #MAX_STOPS}
 * of {@code {at, color}}, {@code at} rising from 0 to 1, {@code color} written {@code #rrggbb}),
 * {@code density} (iterations one turn of the gradient spans, default 48) and {@code offset} (where
 * in the gradient a count of 0 falls, 0 to 1, default 0). It colours the smooth, distance and
 * equalised palettes; with no {@code palette} named, the smooth one. The gradient repeats: past the
 * last stop it runs on into the first.
 */
public final class GradientReader {
    public static final int MAX_STOPS = 64;
    public static final double MIN_DENSITY = 0.01;
    public static final double MAX_DENSITY = 1_000_000;

    private GradientReader() {
    }

    /** The palette {@code params} asks for, with {@code params.gradient} present. */
    static Palette palette(FieldReader params, String defaultPalette) {
        boolean named = params.has("palette");
        String palette = named ? params.optionalChoice("palette", Palettes.names(), defaultPalette) : "smooth";
        FieldReader gradient = params.object("gradient");
        if (!Palettes.designable().contains(palette)) {
            throw new InvalidRequestException(params.path("gradient"), "colours the " + String.join(", ", Palettes.designable())
                    + " palettes, not \"" + palette + "\"; choose one of those or leave the gradient out", params.get("gradient"));
        }
        List<JsonValue> stops = gradient.requiredArray("stops", MAX_STOPS);
        if (stops.isEmpty()) {
            throw new InvalidRequestException(gradient.path("stops"), "has no stops; a gradient needs at least one {\"at\", \"color\"}",
                    gradient.get("stops"));
        }
        double[] at = new double[stops.size()];
        int[][] colors = new int[stops.size()][];
        for (int i = 0; i < stops.size(); i++) {
            FieldReader stop = FieldReader.of(stops.get(i), gradient.path("stops") + "[" + i + "]");
            at[i] = stop.requiredDouble("at", 0, 1);
            if (i > 0 && !(at[i] > at[i - 1])) {
                throw new InvalidRequestException(stop.path("at"), "must be greater than the stop before it (" + at[i - 1]
                        + "): stops go in rising order", stop.get("at"));
            }
            colors[i] = color(stop);
            stop.rejectUnknownFields();
        }
        double density = SmoothPalette.PERIOD;
        if (gradient.has("density")) {
            if ("equalised".equals(palette)) {
                throw new InvalidRequestException(gradient.path("density"), "does not apply to the equalised palette, which spreads the "
                        + "gradient over the view's own counts; leave it out", gradient.get("density"));
            }
            density = gradient.requiredDouble("density", MIN_DENSITY, MAX_DENSITY);
        }
        double offset = gradient.optionalDouble("offset", 0, 1, 0);
        gradient.rejectUnknownFields();
        return Palettes.designed(palette, Gradient.cyclic(at, colors), density, offset);
    }

    private static int[] color(FieldReader stop) {
        JsonValue value = stop.require("color", "must be a colour written #rrggbb");
        String text = value.is(JsonValue.Kind.STRING) ? value.asString() : "";
        if (!isHexColor(text)) {
            throw new InvalidRequestException(stop.path("color"), "must be a colour written #rrggbb, got " + value.describe(), value);
        }
        int rgb = Integer.parseInt(text.substring(1), 16);
        return new int[] {rgb >> 16 & 0xff, rgb >> 8 & 0xff, rgb & 0xff};
    }

    private static boolean isHexColor(String text) {
        if (text.length() != 7 || text.charAt(0) != '#') {
            return false;
        }
        for (int i = 1; i < 7; i++) {
            if (Character.digit(text.charAt(i), 16) < 0) {
                return false;
            }
        }
        return true;
    }
}
