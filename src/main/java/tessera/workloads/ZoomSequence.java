package tessera.workloads;

import java.math.BigDecimal;
import tessera.json.DecimalShape;
import tessera.json.JsonReader;
import tessera.json.JsonValue;
import tessera.json.ShownText;
import tessera.render.InvalidRequestException;
import tessera.render.Preparation;
import tessera.render.RenderLimits;

/**
 * The frames of a zoom from a request's view (its {@code params.zoom}, 1 if it has none) to another
 * zoom along a {@link ZoomPath}: frame k is the request with frame k's zoom, a JSON number within a
 * double's range and a decimal string beyond, so a sequence crosses into deep views as the
 * explorer does. One owner for the command line's {@code frames} and the page's recordings.
 */
public final class ZoomSequence {
    private final JsonValue request;
    private final JsonValue params;
    private final ZoomPath path;
    public final int frames;

    /**
     * @param requestText a Mandelbrot or Julia request, refused in the request reader's words if it is none
     * @throws InvalidRequestException for a bad request, or an end the workload cannot render
     */
    public ZoomSequence(String requestText, BigDecimal toZoom, int frames) {
        String workload = Workloads.parse(requestText, RenderLimits.MAX_JVM_THREADS).workload();
        if (!Workloads.zooming().contains(workload)) {
            throw new InvalidRequestException("workload", "a zoom needs a workload whose view has a zoom (" + String.join(", ", Workloads.zooming())
                    + "), got " + workload);
        }
        this.request = JsonReader.parse(requestText);
        JsonValue given = request.members().get("params");
        this.params = given == null ? JsonReader.parse("{}") : given;
        BigDecimal from = params.members().containsKey("zoom") ? decimal(params.members().get("zoom")) : BigDecimal.ONE;
        this.path = new ZoomPath(from, toZoom, frames);
        this.frames = frames;
        check(0, "the first frame");
        check(frames - 1, "the last frame, zoom " + toZoom);
    }

    /**
     * The zoom a sequence goes to, from its text (the command line's {@code --to-zoom}, the page's
     * {@code toZoom}): a positive decimal such as 1e300, of a size {@link DecimalShape} allows, or
     * a refusal naming {@code field}. The size is checked on the text, before any arithmetic.
     */
    public static BigDecimal toZoom(String text, String field) {
        String trimmed = text.trim();
        DecimalShape shape = DecimalShape.of(trimmed);
        if (shape.valid && !shape.zero && !trimmed.startsWith("-")) {
            if (!shape.withinRange()) {
                throw new InvalidRequestException(field, "must be at most 1e" + DecimalShape.MAX_EXPONENT + " (far past any view), got "
                        + ShownText.of(trimmed, 40));
            }
            return new BigDecimal(trimmed.startsWith("+") ? trimmed.substring(1) : trimmed);
        }
        throw new InvalidRequestException(field, "must be a positive number such as 1e300 or 2.5e40, got \"" + ShownText.of(trimmed, 40) + "\"");
    }

    /** The request as given, as compact JSON. */
    public String request() {
        return request.toJson();
    }

    public BigDecimal zoom(int k) {
        return path.zoom(k);
    }

    /** Frame k's request: the given one with frame k's zoom. */
    public String frameRequest(int k) {
        BigDecimal zoom = path.zoom(k);
        String text = zoom.toString();
        JsonValue value = ZoomPath.log10(zoom) < 300 ? JsonValue.ofNumber(text) : JsonValue.of(text);
        return request.with("params", params.with("zoom", value)).toJson();
    }

    private void check(int k, String which) {
        try {
            Workloads.check(Workloads.parse(frameRequest(k), RenderLimits.MAX_JVM_THREADS), Preparation.none());
        } catch (InvalidRequestException e) {
            throw new InvalidRequestException(e.field(), e.problem() + " (" + which + ")");
        }
    }

    private static BigDecimal decimal(JsonValue value) {
        try {
            BigDecimal zoom = new BigDecimal(value.is(JsonValue.Kind.STRING) ? value.asString() : value.toJson());
            if (zoom.signum() > 0) {
                return zoom;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw new InvalidRequestException("params.zoom", "must be a positive number for a zoom sequence, got " + value.describe());
    }
}
