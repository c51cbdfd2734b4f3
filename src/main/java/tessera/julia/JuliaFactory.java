package tessera.julia;

import tessera.escapetime.ComplexView;
import tessera.escapetime.EscapeTimeFields;
import tessera.escapetime.EscapeTimeWorkload;
import tessera.escapetime.Formula;
import tessera.escapetime.FormulaWorkload;
import tessera.escapetime.Palette;
import tessera.escapetime.ViewReader;
import tessera.json.JsonWriter;
import tessera.render.FieldReader;
import tessera.render.RenderRequest;
import tessera.render.Preparation;
import tessera.render.Workload;
import tessera.render.WorkloadFactory;

/**
 * Reads {@code params} of a Julia request: {@code c: {x, y}} (the constant, each in −10 … 10,
 * default −0.8 + 0.156i), and {@code maxIter}, {@code palette} (default "smooth") and the view
 * fields as for the Mandelbrot set, {@code formula} and {@code power} among them (the Julia set of
 * that formula). Without a view the whole set is shown, centred on 0.
 */
public final class JuliaFactory implements WorkloadFactory {
    @Override
    public boolean zooms() {
        return true;
    }

    public static final double DEFAULT_C_X = -0.8;
    public static final double DEFAULT_C_Y = 0.156;
    /** Zoom 0.8 shows 2.5 units of the imaginary axis: every Julia set of a c in the Mandelbrot set fits. */
    public static final double DEFAULT_ZOOM = 0.8;
    /** The continuous colouring: Julia sets are mostly boundary, which the seed's banded colours leave dark. */
    public static final String DEFAULT_PALETTE = "smooth";
    private static final double C_LIMIT = 10;

    @Override
    public String name() {
        return "julia";
    }

    @Override
    public void describe(JsonWriter json) {
        json.beginObject();
        EscapeTimeFields.describe(json, DEFAULT_PALETTE);
        Formula.describe(json, (formula, about) -> { });
        json.name("c").beginObject().name("x").value(DEFAULT_C_X).name("y").value(DEFAULT_C_Y)
                        .name("min").value(-C_LIMIT).name("max").value(C_LIMIT).endObject()
                .name("zoom");
        ViewReader.describeZoom(json, null);
        json.name("center").beginObject().name("x").value(0).name("y").value(0).endObject()
                .name("defaultZoom").value(DEFAULT_ZOOM)
                .endObject();
    }

    @Override
    public Workload create(RenderRequest request, Preparation preparation) {
        request.requireSize();
        int width = request.width(0);
        int height = request.height(0);
        request.checkFrame(width, height);
        FieldReader params = request.params();
        Formula formula = EscapeTimeFields.formula(params);
        int maxIter = EscapeTimeFields.maxIter(params);
        Palette palette = EscapeTimeFields.palette(params, DEFAULT_PALETTE);
        // The view is read at the samples' size: a supersampled picture is their frame box-filtered.
        int factor = EscapeTimeFields.supersample(params);
        width *= factor;
        height *= factor;
        double cx = DEFAULT_C_X;
        double cy = DEFAULT_C_Y;
        if (params.has("c")) {
            FieldReader c = params.object("c");
            cx = c.requiredDouble("x", -C_LIMIT, C_LIMIT);
            cy = c.requiredDouble("y", -C_LIMIT, C_LIMIT);
            c.rejectUnknownFields();
        }
        ComplexView view = ViewReader.read(params, width, height, 0, 0, ComplexView.centered(0, 0, DEFAULT_ZOOM, width, height));
        params.rejectUnknownFields();
        EscapeTimeWorkload workload = formula.isClassic() ? new JuliaWorkload(width, height, view, cx, cy, maxIter, palette)
                : FormulaWorkload.julia(width, height, view, formula, cx, cy, maxIter, palette);
        workload.learnView();
        return EscapeTimeFields.supersampled(workload, factor);
    }
}
