package tessera.render;

/** Turns a request naming this workload into a {@link Workload}, or refuses it with an {@link InvalidRequestException}. */
public interface WorkloadFactory {
    String name();

    /** @param pictures where images named in the request come from */
    Workload create(RenderRequest request, PictureSource pictures);
}
