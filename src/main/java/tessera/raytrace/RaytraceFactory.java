package tessera.raytrace;

import tessera.render.FieldReader;
import tessera.render.PictureSource;
import tessera.render.RenderRequest;
import tessera.render.Workload;
import tessera.render.WorkloadFactory;

/**
 * {@code params.scene} is a scene object; the request's width and height, when given, override the
 * scene's own.
 */
public final class RaytraceFactory implements WorkloadFactory {
    @Override
    public String name() {
        return "raytrace";
    }

    @Override
    public Workload create(RenderRequest request, PictureSource pictures) {
        FieldReader params = request.params();
        FieldReader scene = params.object("scene");
        params.rejectUnknownFields();
        return new RaytraceWorkload(new SceneReader(pictures).read(scene, request.width(0), request.height(0)));
    }
}
