package tessera.render;

import java.util.List;
import tessera.json.JsonException;
import tessera.json.JsonReader;
import tessera.json.JsonValue;

/**
 * A validated render request: the JSON shape shared by the browser and the command line,
 * {@code {"workload": "mandelbrot", "width": 1920, "height": 1080, "workers": 2, "tileSize": 64, "params": {...}}}.
 * Fields common to all workloads are checked here; {@link #params()} is checked by the workload.
 */
public final class RenderRequest {
    private final String workload;
    private final int width;
    private final int height;
    private final int workers;
    private final int tileSize;
    private final FieldReader params;
    private final FrameLimits limits;

    private RenderRequest(String workload, int width, int height, int workers, int tileSize, FieldReader params, FrameLimits limits) {
        this.workload = workload;
        this.width = width;
        this.height = height;
        this.workers = workers;
        this.tileSize = tileSize;
        this.params = params;
        this.limits = limits;
    }

    /**
     * @param workloads  the workload names that exist
     * @param maxWorkers the most workers a request may ask for (the browser's pool size, or the JVM thread limit)
     */
    public static RenderRequest parse(String json, List<String> workloads, int maxWorkers) {
        return parse(json, workloads, maxWorkers, FrameLimits.WHOLE);
    }

    /** @param limits how large a frame the host renders */
    public static RenderRequest parse(String json, List<String> workloads, int maxWorkers, FrameLimits limits) {
        JsonValue root;
        try {
            root = JsonReader.parse(json);
        } catch (JsonException e) {
            throw new InvalidRequestException("request", e.getMessage(), e.line(), e.column());
        }
        FieldReader fields = FieldReader.of(root, "");
        String workload = fields.requiredChoice("workload", workloads);
        int width = fields.has("width") ? fields.requiredInt("width", 1, limits.maxSide) : 0;
        int height = fields.has("height") ? fields.requiredInt("height", 1, limits.maxSide) : 0;
        int workers = fields.optionalInt("workers", 1, maxWorkers, 0);
        int tileSize = fields.optionalInt("tileSize", RenderLimits.MIN_TILE_SIZE, RenderLimits.MAX_TILE_SIZE,
                RenderLimits.DEFAULT_TILE_SIZE);
        FieldReader params = FieldReader.of(fields.has("params") ? fields.get("params") : JsonReader.parse("{}"), "params");
        fields.rejectUnknownFields();
        return new RenderRequest(workload, width, height, workers, tileSize, params, limits);
    }

    public String workload() {
        return workload;
    }

    /** The requested width, or {@code fallback} when the request gives none. */
    public int width(int fallback) {
        return width > 0 ? width : fallback;
    }

    public int height(int fallback) {
        return height > 0 ? height : fallback;
    }

    /** Fails with a message naming the missing field unless both width and height were given. */
    public void requireSize() {
        String expectation = "must be an integer from 1 to " + limits.maxSide;
        if (width == 0) {
            throw new InvalidRequestException("width", "missing; " + expectation);
        }
        if (height == 0) {
            throw new InvalidRequestException("height", "missing; " + expectation);
        }
    }

    /** Refuses a frame larger than the host renders (see {@link FrameLimits}). */
    public void checkFrame(int width, int height) {
        limits.check(width, height);
    }

    /** The requested number of workers, or {@code fallback} when the request leaves it open. */
    public int workers(int fallback) {
        return workers > 0 ? workers : fallback;
    }

    public int tileSize() {
        return tileSize;
    }

    public FieldReader params() {
        return params;
    }
}
