package tessera.julia;

import java.math.BigDecimal;
import tessera.escapetime.ComplexView;
import tessera.escapetime.EscapeTimeFields;
import tessera.escapetime.EscapeTimeWorkload;
import tessera.escapetime.Formula;
import tessera.escapetime.FormulaWorkload;
import tessera.escapetime.Palette;
import tessera.escapetime.ViewReader;
import tessera.json.JsonValue;
import tessera.json.JsonWriter;
import tessera.mandelbrot.DeepView;
import tessera.mandelbrot.DeepViewReader;
import tessera.mandelbrot.ExactMandelbrotWorkload;
import tessera.mandelbrot.PerturbedFormulaWorkload;
import tessera.render.FieldReader;
import tessera.render.InvalidRequestException;
import tessera.render.RenderRequest;
import tessera.render.Preparation;
import tessera.render.Workload;
import tessera.render.WorkloadFactory;

/**
 * Reads {@code params} of a Julia request: {@code c: {x, y}} (the constant, each in −10 … 10,
 * default −0.8 + 0.156i; a number is its double, a decimal string keeps every digit), and {@code maxIter}, {@code palette}
 * (default "smooth") and the view fields as for the Mandelbrot set, {@code formula} and
 * {@code power} among them (the Julia set of that formula). Without a view the whole set is shown,
 * centred on 0. A deep view (a centre or zoom as a decimal string, or a zoom past 10¹³) is rendered
 * by perturbation ({@link PerturbedFormulaWorkload#julia}) to {@link DeepView#MAX_ZOOM}, with
 * {@code exact: true} the oracle's full-precision orbit per pixel instead.
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
        Formula.describe(json, (formula, about) -> about.name("maxZoom").value(DeepView.MAX_ZOOM_TEXT).name("bla").value(false));
        json.name("c").beginObject().name("x").value(DEFAULT_C_X).name("y").value(DEFAULT_C_Y)
                        .name("min").value(-C_LIMIT).name("max").value(C_LIMIT).endObject()
                .name("zoom");
        ViewReader.describeZoom(json, DeepView.MAX_ZOOM_TEXT);
        json.name("center").beginObject().name("x").value(0).name("y").value(0).endObject()
                .name("defaultZoom").value(DEFAULT_ZOOM)
                .endObject();
    }

    @Override
    public Workload create(RenderRequest request, Preparation preparation) {
        return read(request, preparation, true);
    }

    /** Reads every field; a deep view's reference orbits are not computed. */
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
        Palette palette = EscapeTimeFields.palette(params, DEFAULT_PALETTE);
        // The view is read at the samples' size: a supersampled picture is their frame box-filtered.
        int factor = EscapeTimeFields.supersample(params);
        width *= factor;
        height *= factor;
        double cx = DEFAULT_C_X;
        double cy = DEFAULT_C_Y;
        // the defaults' doubles, as the numbers that name them in a request mean
        BigDecimal exactCx = new BigDecimal(DEFAULT_C_X);
        BigDecimal exactCy = new BigDecimal(DEFAULT_C_Y);
        if (params.has("c")) {
            FieldReader c = params.object("c");
            exactCx = constant(c, "x");
            exactCy = constant(c, "y");
            // the double a number names (its exact value read back), or the one nearest a decimal string
            cx = DeepView.toDouble(exactCx);
            cy = DeepView.toDouble(exactCy);
            c.rejectUnknownFields();
        }
        boolean exact = params.optionalBoolean("exact", false);
        DeepView deep = DeepViewReader.read(params, width, height, exact, BigDecimal.ZERO, BigDecimal.ZERO);
        if (deep != null) {
            params.rejectUnknownFields();
            if (!prepare) {
                return null;
            }
            EscapeTimeWorkload workload = exact ? ExactMandelbrotWorkload.julia(deep, formula, exactCx, exactCy, maxIter, palette)
                    : PerturbedFormulaWorkload.julia(deep, formula, exactCx, exactCy, maxIter, palette, true, preparation);
            workload.learnView();
            return EscapeTimeFields.supersampled(workload, factor);
        }
        ComplexView view = ViewReader.read(params, width, height, 0, 0, ComplexView.centered(0, 0, DEFAULT_ZOOM, width, height));
        params.rejectUnknownFields();
        if (!prepare) {
            return null;
        }
        EscapeTimeWorkload workload = formula.isClassic() ? new JuliaWorkload(width, height, view, cx, cy, maxIter, palette)
                : FormulaWorkload.julia(width, height, view, formula, cx, cy, maxIter, palette);
        workload.learnView();
        return EscapeTimeFields.supersampled(workload, factor);
    }

    /**
     * c's part {@code name}, exactly: a decimal string's every digit, or a number's double (the value
     * a shallow view takes, and what a number means wherever JSON is read as doubles: the page's
     * scripts write 0.1 for a literal of fifty digits that round to it).
     */
    private static BigDecimal constant(FieldReader c, String name) {
        JsonValue value = c.get(name);
        if (value != null && value.is(JsonValue.Kind.STRING)) {
            BigDecimal decimal = c.optionalDecimal(name, DeepViewReader.MAX_DIGITS);
            if (decimal.abs().compareTo(BigDecimal.valueOf(C_LIMIT)) > 0) {
                throw new InvalidRequestException(c.path(name), "must be a number from " + (int) -C_LIMIT + " to " + (int) C_LIMIT + ", got "
                        + value.describe(), value);
            }
            return decimal;
        }
        return new BigDecimal(c.requiredDouble(name, -C_LIMIT, C_LIMIT));
    }
}
