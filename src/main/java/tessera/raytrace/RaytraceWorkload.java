package tessera.raytrace;

import tessera.render.TileRenderer;
import tessera.render.Workload;

/** A scene to ray trace; each thread gets its own {@link Tracer} over the shared hierarchy. */
public final class RaytraceWorkload implements Workload {
    private final Scene scene;
    private final Bvh bvh;

    public RaytraceWorkload(Scene scene) {
        this.scene = scene;
        this.bvh = new Bvh(scene.shapes);
    }

    @Override
    public int width() {
        return scene.width;
    }

    @Override
    public int height() {
        return scene.height;
    }

    @Override
    public TileRenderer newTileRenderer() {
        return new Tracer(scene, bvh);
    }
}
