package tessera.pipeline;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a filter chain into passes: a new pass starts at every neighbourhood filter (it needs its
 * input complete, halo included), and point filters join the pass before them, so they cost no
 * extra trip through memory. An empty chain is one pass that copies the picture.
 */
public final class StagePlanner {
    private StagePlanner() {
    }

    public static List<PipelineStage> plan(List<Filter> filters) {
        List<PipelineStage> stages = new ArrayList<>();
        NeighbourhoodFilter neighbourhood = null;
        List<PointFilter> points = new ArrayList<>();
        boolean open = false;
        for (Filter filter : filters) {
            if (filter instanceof NeighbourhoodFilter) {
                if (open) {
                    stages.add(new PipelineStage(neighbourhood, points));
                }
                neighbourhood = (NeighbourhoodFilter) filter;
                points = new ArrayList<>();
            } else {
                points.add((PointFilter) filter);
            }
            open = true;
        }
        stages.add(new PipelineStage(neighbourhood, points));
        return stages;
    }
}
