package tessera.raytrace;

import tessera.json.JsonWriter;
import tessera.render.FieldReader;
import tessera.render.RenderRequest;
import tessera.render.Preparation;
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
    public void describe(JsonWriter json) {
        json.beginObject()
                .name("maxElements").value(SceneReader.MAX_ELEMENTS)
                .name("maxLights").value(SceneReader.MAX_LIGHTS)
                .name("maxRecursionDepth").value(SceneReader.MAX_RECURSION_DEPTH)
                .name("maxSamples").value(SceneReader.MAX_SAMPLES)
                .name("maxPathSamples").value(SceneReader.MAX_PATH_SAMPLES)
                .name("maxTriangles").value(SceneReader.MAX_TRIANGLES)
                .endObject();
    }

    @Override
    public Workload create(RenderRequest request, Preparation preparation) {
        FieldReader params = request.params();
        FieldReader scene = params.object("scene");
        params.rejectUnknownFields();
        SceneReader reader = new SceneReader(preparation.files);
        Scene read = reader.read(scene, request.width(0), request.height(0));
        return new RaytraceWorkload(read, reader.split());
    }
}
