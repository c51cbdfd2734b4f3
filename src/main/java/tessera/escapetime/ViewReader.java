package tessera.escapetime;

import tessera.json.JsonWriter;
import tessera.render.FieldReader;
import tessera.render.InvalidRequestException;

/** The part of the complex plane a fractal request shows: a rectangle, or a centre and a zoom. */
public final class ViewReader {
    public static final double MIN_ZOOM = 1e-3;
    public static final double MAX_ZOOM = 1e15;
    /** Where doubles run out: past it neighbouring pixels start to share one coordinate. */
    public static final double PRECISION_LIMIT_ZOOM = 1e13;
    private static final double COORDINATE_LIMIT = 1e6;

    private ViewReader() {
    }

    /**
     * {@code {min, max, precisionLimit}} of the zoom, and {@code deepMax} where the workload renders
     * deep views (see {@code tessera.mandelbrot.DeepViewReader}): {@code max} bounds a zoom in double-precision views
     * (the explorer's bound), {@code deepMax}, a decimal string, a deep view's.
     *
     * @param deepMax the deepest zoom, or null for a workload without deep views
     */
    public static void describeZoom(JsonWriter json, String deepMax) {
        json.beginObject().name("min").value(MIN_ZOOM).name("max").value(MAX_ZOOM)
                .name("precisionLimit").value(PRECISION_LIMIT_ZOOM);
        if (deepMax != null) {
            json.name("deepMax").value(deepMax);
        }
        json.endObject();
    }

    /**
     * Reads {@code view: {xMin, xMax, yMin, yMax}}, or {@code center: {x, y}} with {@code zoom}, from
     * {@code params}. A zoom without a centre is centred on (defaultX, defaultY); neither gives {@code fallback}.
     */
    public static ComplexView read(FieldReader params, int width, int height, double defaultX, double defaultY,
            ComplexView fallback) {
        boolean hasView = params.has("view");
        boolean hasCenter = params.has("center");
        boolean hasZoom = params.has("zoom");
        if (hasView && (hasCenter || hasZoom)) {
            throw new InvalidRequestException(params.path(hasCenter ? "center" : "zoom"),
                    "give either view or center + zoom, not both");
        }
        if (hasView) {
            FieldReader view = params.object("view");
            double xMin = view.requiredDouble("xMin", -COORDINATE_LIMIT, COORDINATE_LIMIT);
            double xMax = view.requiredDouble("xMax", -COORDINATE_LIMIT, COORDINATE_LIMIT);
            double yMin = view.requiredDouble("yMin", -COORDINATE_LIMIT, COORDINATE_LIMIT);
            double yMax = view.requiredDouble("yMax", -COORDINATE_LIMIT, COORDINATE_LIMIT);
            view.rejectUnknownFields();
            if (!(xMax > xMin)) {
                throw new InvalidRequestException(view.path("xMax"), "must be greater than xMin (" + xMin + "), got " + xMax);
            }
            if (!(yMax > yMin)) {
                throw new InvalidRequestException(view.path("yMax"), "must be greater than yMin (" + yMin + "), got " + yMax);
            }
            return new ComplexView(xMin, xMax, yMin, yMax);
        }
        if (hasCenter || hasZoom) {
            double x = defaultX;
            double y = defaultY;
            if (hasCenter) {
                FieldReader center = params.object("center");
                x = center.requiredDouble("x", -COORDINATE_LIMIT, COORDINATE_LIMIT);
                y = center.requiredDouble("y", -COORDINATE_LIMIT, COORDINATE_LIMIT);
                center.rejectUnknownFields();
            }
            double zoom = params.optionalDouble("zoom", MIN_ZOOM, MAX_ZOOM, 1.0);
            return ComplexView.centered(x, y, zoom, width, height);
        }
        return fallback;
    }
}
