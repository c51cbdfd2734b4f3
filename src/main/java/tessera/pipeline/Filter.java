package tessera.pipeline;

/** One step of an image pipeline: a {@link PointFilter} or a {@link NeighbourhoodFilter}. */
public interface Filter {
}
