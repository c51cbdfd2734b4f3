package tessera.workloads;

import java.util.ArrayList;
import java.util.List;
import tessera.json.JsonReader;
import tessera.json.JsonWriter;
import tessera.julia.JuliaFactory;
import tessera.mandelbrot.MandelbrotFactory;
import tessera.pipeline.PipelineFactory;
import tessera.raytrace.RaytraceFactory;
import tessera.render.FrameLimits;
import tessera.render.RenderLimits;
import tessera.render.RenderRequest;
import tessera.render.Preparation;
import tessera.render.Workload;
import tessera.render.WorkloadFactory;

/**
 * The catalogue of workloads, the one place that knows them all; the browser worker and the
 * command line both turn request text into a {@link Workload} here.
 */
public final class Workloads {
    private static final WorkloadFactory[] FACTORIES = {
        new MandelbrotFactory(), new JuliaFactory(), new RaytraceFactory(), new PipelineFactory(),
    };

    private Workloads() {
    }

    public static List<String> names() {
        List<String> names = new ArrayList<>();
        for (WorkloadFactory factory : FACTORIES) {
            names.add(factory.name());
        }
        return names;
    }

    /**
     * Everything a page needs to know about what the engine accepts, as JSON text:
     * {@code {workloads: {name: {…its params…}}, limits: {maxSide, maxPixels, maxModelBytes, tileSize, maxRequestCharacters}}}.
     */
    public static String describe() {
        JsonWriter json = new JsonWriter().beginObject().name("workloads").beginObject();
        for (WorkloadFactory factory : FACTORIES) {
            json.name(factory.name());
            factory.describe(json);
        }
        json.endObject().name("limits").beginObject()
                .name("maxSide").value(RenderLimits.MAX_SIDE)
                .name("maxPixels").value(RenderLimits.MAX_PIXELS)
                .name("maxModelBytes").value(RenderLimits.MAX_MODEL_BYTES)
                .name("tileSize").range(RenderLimits.MIN_TILE_SIZE, RenderLimits.MAX_TILE_SIZE, RenderLimits.DEFAULT_TILE_SIZE)
                .name("maxRequestCharacters").value(JsonReader.MAX_LENGTH)
                .endObject();
        return json.endObject().toString();
    }

    /** The workloads whose views have a zoom (see {@link WorkloadFactory#zooms}). */
    public static List<String> zooming() {
        List<String> names = new ArrayList<>();
        for (WorkloadFactory factory : FACTORIES) {
            if (factory.zooms()) {
                names.add(factory.name());
            }
        }
        return names;
    }

    public static RenderRequest parse(String json, int maxWorkers) {
        return RenderRequest.parse(json, names(), maxWorkers);
    }

    /** A request for a host whose frames may be as large as {@code limits} allow. */
    public static RenderRequest parse(String json, int maxWorkers, FrameLimits limits) {
        return RenderRequest.parse(json, names(), maxWorkers, limits);
    }

    /** What there is to find in the view a request names, as JSON text (see {@link WorkloadFactory#find}), or {@code {error, field}}. */
    public static String find(RenderRequest request) {
        String found = factory(request.workload()).find(request);
        if (found != null) {
            return found;
        }
        return new JsonWriter().beginObject().name("error").value("there is nothing to find in a " + request.workload() + " picture")
                .name("field").value("workload").endObject().toString();
    }

    /** Validates the workload's own parameters and the frame size; throws InvalidRequestException. */
    public static Workload create(RenderRequest request, Preparation preparation) {
        Workload workload = factory(request.workload()).create(request, java.util.Objects.requireNonNull(preparation, "preparation"));
        request.checkFrame(workload.width(), workload.height());
        return workload;
    }

    /** Refuses the request as {@link #create} would, without preparing it (see {@link WorkloadFactory#check}). */
    public static void check(RenderRequest request, Preparation preparation) {
        factory(request.workload()).check(request, preparation);
    }

    private static WorkloadFactory factory(String name) {
        for (WorkloadFactory factory : FACTORIES) {
            if (factory.name().equals(name)) {
                return factory;
            }
        }
        throw new IllegalStateException("no factory for validated workload " + name);
    }
}
