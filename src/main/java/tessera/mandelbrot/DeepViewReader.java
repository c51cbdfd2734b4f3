package tessera.mandelbrot;

import java.math.BigDecimal;
import tessera.escapetime.ComplexView;
import tessera.escapetime.ViewReader;
import tessera.json.JsonValue;
import tessera.render.FieldReader;
import tessera.render.InvalidRequestException;

/**
 * Reads a deep view: {@code center: {x, y}} and {@code zoom} where any of them is a decimal string
 * (as many digits as the depth needs), or a zoom past {@link ViewReader#PRECISION_LIMIT_ZOOM}, where
 * doubles run out. Shallower views, given as numbers, stay with {@link ViewReader}.
 */
public final class DeepViewReader {
    /** Characters a coordinate may have: enough digits for any zoom up to {@link DeepView#MAX_ZOOM}, and room to spare. */
    public static final int MAX_DIGITS = 12000;

    private DeepViewReader() {
    }

    /** The deep view the request names, or null when it names a shallow one; {@code exact} makes any centred view deep. */
    static DeepView read(FieldReader params, int width, int height, boolean exact) {
        return read(params, width, height, exact, BigDecimal.valueOf(ComplexView.DEFAULT_CENTER_X),
                BigDecimal.valueOf(ComplexView.DEFAULT_CENTER_Y));
    }

    /** As above, for a set whose view is centred on (defaultX, defaultY) when the request names no centre. */
    public static DeepView read(FieldReader params, int width, int height, boolean exact, BigDecimal defaultX, BigDecimal defaultY) {
        if (params.has("view") || !(params.has("center") || params.has("zoom"))) {
            if (exact) {
                throw new InvalidRequestException(params.path("exact"), "the exact render needs a center and a zoom");
            }
            return null;
        }
        FieldReader center = params.has("center") ? params.object("center") : null;
        boolean strings = isString(params.get("zoom")) || (center != null && (isString(center.get("x")) || isString(center.get("y"))));
        BigDecimal zoom = params.optionalDecimal("zoom", 40);
        if (zoom == null) {
            zoom = BigDecimal.ONE;
        }
        boolean deep = exact || strings || zoom.compareTo(BigDecimal.valueOf(ViewReader.PRECISION_LIMIT_ZOOM)) > 0;
        if (!deep) {
            return null;
        }
        if (zoom.compareTo(BigDecimal.valueOf(ViewReader.MIN_ZOOM)) < 0 || zoom.compareTo(DeepView.MAX_ZOOM) > 0) {
            throw new InvalidRequestException(params.path("zoom"), "must be from " + ViewReader.MIN_ZOOM + " to " + DeepView.MAX_ZOOM_TEXT + ", got " + params.get("zoom").describe(),
                    params.get("zoom"));
        }
        BigDecimal x = defaultX;
        BigDecimal y = defaultY;
        if (center != null) {
            x = coordinate(center, "x");
            y = coordinate(center, "y");
            center.rejectUnknownFields();
        }
        return new DeepView(x, y, zoom, width, height);
    }

    private static BigDecimal coordinate(FieldReader center, String name) {
        center.require(name, "must be a decimal number");
        BigDecimal value = center.optionalDecimal(name, MAX_DIGITS);
        if (value.abs().compareTo(BigDecimal.valueOf(4)) > 0) {
            throw new InvalidRequestException(center.path(name), "must be from -4 to 4 in a deep view, got " + value, center.get(name));
        }
        return value;
    }

    private static boolean isString(JsonValue value) {
        return value != null && value.is(JsonValue.Kind.STRING);
    }
}
