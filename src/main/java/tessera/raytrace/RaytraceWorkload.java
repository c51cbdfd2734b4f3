package tessera.raytrace;

import java.util.List;
import tessera.render.Pass;
import tessera.render.TileGrid;
import tessera.render.TileRenderer;
import tessera.render.Workload;

/** A scene to ray trace; each thread gets its own {@link Tracer} or {@link PathTracer} over the shared hierarchy. */
public final class RaytraceWorkload implements Workload {
    private final Scene scene;
    private final Bvh bvh;
    private final AreaLights lights;
    /** For path tracing, the samples done after each batch (see {@link SampleBatches}); null for the crate's tracer. */
    private final int[] batches;

    public RaytraceWorkload(Scene scene) {
        this(scene, Bvh.Split.SAH);
    }

    /**
     * Memory a worker's copy of a scene takes per shape while it is built, a mesh's triangles above
     * all (the model's text and numbers, the placed corners, the shapes, the hierarchy): measured in
     * Chromium, a million-triangle mesh kept 235 MB in each worker once built and about 440 MB at
     * the build's peak.
     */
    static final long BYTES_PER_SHAPE = 450;

    public RaytraceWorkload(Scene scene, Bvh.Split split) {
        this.scene = scene;
        this.bvh = new Bvh(scene.shapes, split);
        boolean path = scene.integrator == Integrator.PATH;
        this.lights = path ? new AreaLights(scene) : null;
        this.batches = path ? SampleBatches.ends(scene.samples, (long) scene.width * scene.height) : null;
    }

    @Override
    public long bytesPerWorker() {
        return BYTES_PER_SHAPE * scene.shapes.size();
    }

    @Override
    public int width() {
        return scene.width;
    }

    @Override
    public int height() {
        return scene.height;
    }

    /** Path tracing adds its samples in batches; the crate's tracer renders each tile in one go. */
    @Override
    public List<Pass> passes(int tileSize) {
        TileGrid grid = new TileGrid(scene.width, scene.height, tileSize);
        return List.of(batches == null ? new Pass(grid, 0, false) : Pass.accumulating(grid));
    }

    @Override
    public int[] batches() {
        return batches == null ? null : batches.clone();
    }

    @Override
    public TileRenderer newTileRenderer() {
        return scene.integrator == Integrator.PATH ? new PathTracer(scene, bvh, lights, batches) : new Tracer(scene, bvh);
    }
}
