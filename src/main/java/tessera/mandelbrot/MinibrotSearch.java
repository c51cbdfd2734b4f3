package tessera.mandelbrot;

import tessera.escapetime.EscapeTimeFields;
import tessera.escapetime.Formula;
import tessera.json.JsonWriter;
import tessera.render.InvalidRequestException;
import tessera.render.RenderRequest;

/**
 * "Find minibrot" for a Mandelbrot view (or a Multibrot's, {@code formula: "multibrot"} with its {@code power}): the nucleus of the lowest period (up to the view's
 * maxIter, beyond which its inside would not show, and {@link #MAX_PERIOD}) in the frame a request names and deeper
 * than it (see {@link Minibrot#toGoIn}), as the view that shows it, in JSON: {@code {x, y, zoom, period}} with decimal text, or {@code {error, field}}.
 */
public final class MinibrotSearch {
    /** Periods looked for at most: each is a full-precision orbit of the box's corners, seconds at 10¹⁰⁰⁰ in WebAssembly. */
    static final int MAX_PERIOD = 10_000;

    private MinibrotSearch() {
    }

    public static String search(RenderRequest request) {
        JsonWriter json = new JsonWriter().beginObject();
        try {
            request.requireSize();
            request.checkFrame(request.width(0), request.height(0));
            if (!request.params().has("center") || !request.params().has("zoom") || request.params().has("view")) {
                throw new InvalidRequestException(request.params().path("center"), "a minibrot is looked for around a center, at a zoom");
            }
            Formula formula = EscapeTimeFields.formula(request.params());
            if (!formula.id.equals(Formula.DEFAULT)) {
                throw new InvalidRequestException(request.params().path("formula"), "minibrots are looked for in the multibrot formula "
                        + "(z^p + c) only: the " + formula.id + " formula's are not found yet");
            }
            int maxPeriod = Math.min(MAX_PERIOD, EscapeTimeFields.maxIter(request.params()));
            DeepView view = DeepViewReader.read(request.params(), request.width(0), request.height(0), true);
            Minibrot minibrot = Minibrot.toGoIn(view, formula.power, maxPeriod);
            if (minibrot == null) {
                return json.name("error").value("none of period up to " + maxPeriod + " found in this view (the corners' orbits "
                        + "escape before they circle one); zoom in on the boundary, or raise the iterations, and try again")
                        .endObject().toString();
            }
            return json.name("x").value(minibrot.x.toString()).name("y").value(minibrot.y.toString())
                    .name("zoom").value(minibrot.zoom()).name("period").value(minibrot.period).endObject().toString();
        } catch (InvalidRequestException e) {
            return json.name("error").value(e.getMessage()).name("field").value(e.field()).endObject().toString();
        }
    }
}
