package tessera.pipeline;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a filter chain into passes: a new pass starts at every neighbourhood filter (it needs its
 * input complete, halo included), and point filters join the pass before them, so they cost no
 * extra trip through memory. An empty chain is one pass that copies the picture.
 */
public final class PassPlanner {
    private PassPlanner() {
    }

    public static List<FilterPass> plan(List<Filter> filters) {
        List<FilterPass> passes = new ArrayList<>();
        NeighbourhoodFilter neighbourhood = null;
        List<PointFilter> points = new ArrayList<>();
        boolean open = false;
        for (Filter filter : filters) {
            if (filter instanceof NeighbourhoodFilter) {
                if (open) {
                    passes.add(new FilterPass(neighbourhood, points));
                }
                neighbourhood = (NeighbourhoodFilter) filter;
                points = new ArrayList<>();
            } else {
                points.add((PointFilter) filter);
            }
            open = true;
        }
        passes.add(new FilterPass(neighbourhood, points));
        return passes;
    }
}
