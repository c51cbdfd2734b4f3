package tessera.workloads;

import java.math.BigDecimal;
import java.math.RoundingMode;
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
    /** Turns of the designed gradient a frame (colour cycling), 0 for none; and where it starts. */
    private final BigDecimal cycle;
    private final BigDecimal offset;

    /**
     * @param requestText a Mandelbrot or Julia request, refused in the request reader's words if it is none
     * @throws InvalidRequestException for a bad request, or an end the workload cannot render
     */
    public ZoomSequence(String requestText, BigDecimal toZoom, int frames) {
        this(requestText, toZoom, frames, BigDecimal.ZERO);
    }

    /**
     * As {@link #ZoomSequence(String, BigDecimal, int)}, with the request's designed gradient
     * ({@code params.gradient}) turned by {@code cycle} turns a frame (−1 … 1; 0 for none): frame
     * k's offset is the request's plus k · cycle, modulo 1, in exact decimals, so that every
     * platform writes the same frame request.
     */
    public ZoomSequence(String requestText, BigDecimal toZoom, int frames, BigDecimal cycle) {
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
        BigDecimal start = BigDecimal.ZERO;
        if (cycle.signum() != 0) {
            // The request as given first: then its gradient's offset, if any, is a number.
            check(frameRequest(0, BigDecimal.ZERO, start), "the first frame");
            start = startingOffset();
        }
        this.cycle = cycle;
        this.offset = start;
        check(frameRequest(0), "the first frame");
        check(frameRequest(frames - 1), "the last frame, zoom " + toZoom);
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

    /** Frame k's request: the given one with frame k's zoom (and, cycling, its gradient's offset). */
    public String frameRequest(int k) {
        return frameRequest(k, cycle, offset);
    }

    private String frameRequest(int k, BigDecimal cycle, BigDecimal offset) {
        BigDecimal zoom = path.zoom(k);
        String text = zoom.toString();
        JsonValue value = ZoomPath.log10(zoom) < 300 ? JsonValue.ofNumber(text) : JsonValue.of(text);
        JsonValue frameParams = params.with("zoom", value);
        if (cycle.signum() != 0) {
            BigDecimal turned = offset.add(cycle.multiply(BigDecimal.valueOf(k)));
            BigDecimal within = turned.subtract(turned.setScale(0, RoundingMode.FLOOR));
            String offsetText = within.signum() == 0 ? "0" : within.stripTrailingZeros().toPlainString();
            JsonValue gradient = params.members().get("gradient");
            frameParams = frameParams.with("gradient", gradient.with("offset", JsonValue.ofNumber(offsetText)));
        }
        return request.with("params", frameParams).toJson();
    }

    /**
     * How many turns of the gradient a frame cycling takes, from its text (the command line's
     * {@code --cycle}, the page's): a decimal from −1 to 1, or a refusal naming {@code field}.
     */
    public static BigDecimal cycle(String text, String field) {
        String trimmed = text.trim();
        DecimalShape shape = DecimalShape.of(trimmed);
        if (shape.valid && trimmed.length() <= 40 && shape.withinRange()) {
            BigDecimal value = new BigDecimal(trimmed.startsWith("+") ? trimmed.substring(1) : trimmed);
            if (value.abs().compareTo(BigDecimal.ONE) <= 0) {
                return value;
            }
        }
        throw new InvalidRequestException(field, "must be a number of turns of the gradient a frame, from -1 to 1, got \""
                + ShownText.of(trimmed, 40) + "\"");
    }

    /** The offset the request's gradient starts at; a refusal if it has no gradient to turn. */
    private BigDecimal startingOffset() {
        JsonValue gradient = params.members().get("gradient");
        if (gradient == null || !gradient.is(JsonValue.Kind.OBJECT)) {
            throw new InvalidRequestException("cycle", "turns the request's designed gradient, and it has none: give params.gradient");
        }
        JsonValue start = gradient.members().get("offset");
        return start == null ? BigDecimal.ZERO : new BigDecimal(start.toJson());
    }

    private static void check(String frameRequest, String which) {
        try {
            Workloads.check(Workloads.parse(frameRequest, RenderLimits.MAX_JVM_THREADS), Preparation.none());
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
