package tessera.mandelbrot;

import tessera.escapetime.ComplexView;
import tessera.escapetime.EscapeTimeWorkload;
import tessera.escapetime.Formula;
import tessera.escapetime.FormulaWorkload;
import tessera.escapetime.EscapeTimeFields;
import tessera.escapetime.Palette;
import tessera.escapetime.Palettes;
import tessera.escapetime.ViewReader;
import tessera.json.JsonWriter;
import tessera.render.FieldReader;
import tessera.render.RenderRequest;
import tessera.render.Preparation;
import tessera.render.Workload;
import tessera.render.WorkloadFactory;

/**
 * Reads {@code params} of a Mandelbrot request:
 * {@code maxIter} (1 … 10,000,000, default 1000), {@code palette} (see {@link Palettes}, default "seed"),
 * and either {@code view: {xMin, xMax, yMin, yMax}} (default the seed's x ∈ [−2.5, 1], y ∈ [−1, 1])
 * or {@code center: {x, y}} with {@code zoom} (10⁻³ … 10¹⁵); {@code shortcuts} (default true; false
 * iterates every point to the end, as the seed does: the benchmark's kernel; in a deep view, an
 * orbit in an exact cycle stops). A centre or zoom
 * given as a decimal string, or a zoom past 10¹³, is a deep view ({@link DeepViewReader}), rendered
 * by perturbation, with {@code bla} (default true) skipping iterations by bilinear approximation;
 * {@code exact: true} renders it with a full-precision orbit per pixel instead (slow: the oracle).
 * {@code supersample: n} makes each pixel the mean of n × n samples (see {@link EscapeTimeFields}).
 * {@code formula} (and {@code power}) picks the {@link Formula}: z² + c by default; another formula
 * renders in doubles when shallow and by {@link PerturbedFormulaWorkload} when deep, at any depth,
 * without bilinear steps.
 */
public final class MandelbrotFactory implements WorkloadFactory {
    @Override
    public boolean zooms() {
        return true;
    }

    @Override
    public String find(RenderRequest request) {
        return MinibrotSearch.search(request);
    }

    @Override
    public String name() {
        return "mandelbrot";
    }

    @Override
    public void describe(JsonWriter json) {
        json.beginObject();
        EscapeTimeFields.describe(json, Palettes.DEFAULT);
        Formula.describe(json, (formula, about) -> about
                .name("maxZoom").value(DeepView.MAX_ZOOM_TEXT)
                .name("bla").value(formula.isClassic()));
        json.name("zoom");
        ViewReader.describeZoom(json, DeepView.MAX_ZOOM_TEXT);
        json.name("center").beginObject().name("x").value(ComplexView.DEFAULT_CENTER_X)
                        .name("y").value(ComplexView.DEFAULT_CENTER_Y).endObject()
                .name("shortcuts").value(true)
                .name("bla").value(true)
                .endObject();
    }

    @Override
    public Workload create(RenderRequest request, Preparation preparation) {
        return read(request, preparation, true);
    }

    /** Reads every field; a deep view's reference orbit is not computed. */
    @Override
    public void check(RenderRequest request, Preparation preparation) {
        read(request, preparation, false);
    }

    /** The workload the request names, prepared with {@code preparation}; or, unless {@code prepare}, null once every field is read and checked. */
    private static Workload read(RenderRequest request, Preparation preparation, boolean prepare) {
        request.requireSize();
        int width = request.width(0);
        int height = request.height(0);
        request.checkFrame(width, height);
        FieldReader params = request.params();
        Formula formula = EscapeTimeFields.formula(params);
        int maxIter = EscapeTimeFields.maxIter(params);
        Palette palette = EscapeTimeFields.palette(params, Palettes.DEFAULT);
        // The view is read at the samples' size: a supersampled picture is their frame box-filtered.
        int factor = EscapeTimeFields.supersample(params);
        width *= factor;
        height *= factor;
        boolean exact = params.optionalBoolean("exact", false);
        DeepView deep = DeepViewReader.read(params, width, height, exact);
        boolean bla = params.optionalBoolean("bla", true);
        boolean shortcuts = params.optionalBoolean("shortcuts", true);
        if (deep != null) {
            params.rejectUnknownFields();
            if (!prepare) {
                return null;
            }
            DeepViewWorkload workload = exact ? new ExactMandelbrotWorkload(deep, formula, maxIter, palette)
                    : formula.isClassic() ? new PerturbedMandelbrotWorkload(deep, maxIter, palette, bla, shortcuts, preparation)
                    : new PerturbedFormulaWorkload(deep, formula, maxIter, palette, shortcuts, preparation);
            workload.learnView();
            return EscapeTimeFields.supersampled(workload, factor);
        }
        ComplexView view = ViewReader.read(params, width, height, ComplexView.DEFAULT_CENTER_X, ComplexView.DEFAULT_CENTER_Y,
                ComplexView.SEED);
        params.rejectUnknownFields();
        if (!prepare) {
            return null;
        }
        EscapeTimeWorkload workload = formula.isClassic()
                ? new MandelbrotWorkload(width, height, view, maxIter, palette, shortcuts)
                : FormulaWorkload.parameters(width, height, view, formula, maxIter, palette);
        workload.learnView();
        return EscapeTimeFields.supersampled(workload, factor);
    }
}
