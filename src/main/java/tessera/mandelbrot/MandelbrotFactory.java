package tessera.mandelbrot;

import tessera.render.FieldReader;
import tessera.render.InvalidRequestException;
import tessera.render.JsonWriter;
import tessera.render.PictureSource;
import tessera.render.RenderLimits;
import tessera.render.RenderRequest;
import tessera.render.Workload;
import tessera.render.WorkloadFactory;

/**
 * Reads {@code params} of a Mandelbrot request:
 * {@code maxIter} (1 … 1,000,000, default 1000), {@code palette} (see {@link Palettes}, default "seed"),
 * and either {@code view: {xMin, xMax, yMin, yMax}} (default the seed's x ∈ [−2.5, 1], y ∈ [−1, 1])
 * or {@code center: {x, y}} with {@code zoom} (10⁻³ … 10¹⁵).
 */
public final class MandelbrotFactory implements WorkloadFactory {
    public static final int MAX_ITERATIONS = 1_000_000;
    public static final int DEFAULT_ITERATIONS = 1000;
    public static final double MIN_ZOOM = 1e-3;
    public static final double MAX_ZOOM = 1e15;
    /** Where doubles run out: past it neighbouring pixels start to share one coordinate. */
    public static final double PRECISION_LIMIT_ZOOM = 1e13;
    private static final double COORDINATE_LIMIT = 1e6;

    @Override
    public String name() {
        return "mandelbrot";
    }

    @Override
    public void describe(JsonWriter json) {
        json.beginObject()
                .name("maxIter").range(1, MAX_ITERATIONS, DEFAULT_ITERATIONS)
                .name("palettes").strings(Palettes.names())
                .name("palette").value(Palettes.DEFAULT)
                .name("zoom").beginObject().name("min").value(MIN_ZOOM).name("max").value(MAX_ZOOM)
                        .name("precisionLimit").value(PRECISION_LIMIT_ZOOM).endObject()
                .name("center").beginObject().name("x").value(ComplexView.DEFAULT_CENTER_X)
                        .name("y").value(ComplexView.DEFAULT_CENTER_Y).endObject()
                .endObject();
    }

    @Override
    public Workload create(RenderRequest request, PictureSource pictures) {
        request.requireSize();
        int width = request.width(0);
        int height = request.height(0);
        RenderLimits.checkFrame(width, height);
        FieldReader params = request.params();
        int maxIter = params.optionalInt("maxIter", 1, MAX_ITERATIONS, DEFAULT_ITERATIONS);
        String palette = params.optionalChoice("palette", Palettes.names(), Palettes.DEFAULT);
        ComplexView view = readView(params, width, height);
        params.rejectUnknownFields();
        return new MandelbrotWorkload(width, height, view, maxIter, Palettes.named(palette));
    }

    private static ComplexView readView(FieldReader params, int width, int height) {
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
            double x = ComplexView.DEFAULT_CENTER_X;
            double y = ComplexView.DEFAULT_CENTER_Y;
            if (hasCenter) {
                FieldReader center = params.object("center");
                x = center.requiredDouble("x", -COORDINATE_LIMIT, COORDINATE_LIMIT);
                y = center.requiredDouble("y", -COORDINATE_LIMIT, COORDINATE_LIMIT);
                center.rejectUnknownFields();
            }
            double zoom = params.optionalDouble("zoom", MIN_ZOOM, MAX_ZOOM, 1.0);
            return ComplexView.centered(x, y, zoom, width, height);
        }
        return ComplexView.SEED;
    }
}
