package tessera.pipeline;

import java.util.List;

/** One pass of a pipeline: at most one neighbourhood filter, then the point filters fused after it. */
public final class FilterPass {
    /** Null for a pass of point filters only (a chain that starts with them). */
    public final NeighbourhoodFilter neighbourhood;
    public final List<PointFilter> points;

    public FilterPass(NeighbourhoodFilter neighbourhood, List<PointFilter> points) {
        this.neighbourhood = neighbourhood;
        this.points = List.copyOf(points);
    }

    public int halo() {
        return neighbourhood == null ? 0 : neighbourhood.radius();
    }
}
