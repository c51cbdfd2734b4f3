package tessera.render;

import java.util.Map;

/**
 * Renders tiles for one thread or worker. It may keep scratch state between tiles (that is what
 * keeps hot loops free of allocation), so each thread gets its own from {@link Workload#newTileRenderer()}.
 */
public interface TileRenderer {
    /**
     * Renders the job's tile: its pixels, packed by {@link Rgba}, into {@code job.output}; for a pass
     * that keeps one, its side output into {@code job.side} (when the host keeps it); for a pass that
     * accumulates, adds batch {@code job.batch} to {@code job.sums} and writes the picture so far.
     */
    void render(TileJob job);

    /**
     * What this renderer counted so far, by name (an escape-time fractal's {@code iterations}, a
     * ray tracer's {@code rays}): hosts add them up over threads and workers without knowing the names.
     */
    default Map<String, Long> counters() {
        return Map.of();
    }
}
