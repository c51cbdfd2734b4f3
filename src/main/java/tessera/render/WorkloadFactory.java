package tessera.render;

import tessera.json.JsonWriter;

/** Turns a request naming this workload into a {@link Workload}, or refuses it with an {@link InvalidRequestException}. */
public interface WorkloadFactory {
    String name();

    /** Whether the workload's view has a {@code params.zoom}, so that a zoom sequence can go deeper into it. */
    default boolean zooms() {
        return false;
    }

    /**
     * What there is to find in the view {@code request} names, as JSON text of the workload's making
     * (for a Mandelbrot view, the minibrot of lowest period), or null when the workload has nothing to find.
     */
    default String find(RenderRequest request) {
        return null;
    }

    /** @param preparation the files the request names, what another worker shared, the host's prepared views */
    Workload create(RenderRequest request, Preparation preparation);

    /**
     * Refuses the request as {@link #create} would, without preparing what a render needs (a deep
     * view's reference orbit): for checking many requests at once, such as every frame of a zoom.
     * By default the workload is created, its frame checked, and dropped.
     */
    default void check(RenderRequest request, Preparation preparation) {
        Workload workload = create(request, preparation);
        request.checkFrame(workload.width(), workload.height());
    }

    /**
     * Writes, as one JSON object, what a page needs to build controls for this workload's
     * {@code params} and check them before asking: ranges, defaults, choices.
     */
    default void describe(JsonWriter json) {
        json.beginObject().endObject();
    }
}
