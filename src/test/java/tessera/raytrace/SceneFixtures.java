package tessera.raytrace;

import java.nio.file.Files;
import java.nio.file.Path;
import tessera.json.JsonReader;
import tessera.render.FieldReader;
import tessera.render.RequestFiles;
import tessera.render.RenderPlan;
import tessera.render.TileJob;

/** Small helpers for building and rendering scenes in tests. */
final class SceneFixtures {
    private SceneFixtures() {
    }

    static String preset(String name) throws Exception {
        return Files.readString(Path.of("src/main/webapp/scenes", name + ".json"));
    }

    static Scene read(String json) {
        return new SceneReader(RequestFiles.NONE).read(FieldReader.of(JsonReader.parse(json), "params.scene"), 0, 0);
    }

    /** A scene with the crate's camera, given elements and lights (JSON array bodies). */
    static String scene(int width, int height, String elements, String lights) {
        return "{\"width\": " + width + ", \"height\": " + height + ", \"fov\": 90.0, \"shadow_bias\": 1e-9,"
                + " \"max_recursion_depth\": 5, \"elements\": [" + elements + "], \"lights\": [" + lights + "]}";
    }

    static String sphere(String center, double radius, String material) {
        return "{\"Sphere\": {\"center\": " + center + ", \"radius\": " + radius + ", \"material\": " + material + "}}";
    }

    static String diffuse(String color, String albedo) {
        return "{\"coloration\": {\"Color\": " + color + "}, \"albedo\": " + albedo + ", \"surface\": \"Diffuse\"}";
    }

    static String point(double x, double y, double z) {
        return "{\"x\": " + x + ", \"y\": " + y + ", \"z\": " + z + "}";
    }

    static String rgb(double r, double g, double b) {
        return "{\"red\": " + r + ", \"green\": " + g + ", \"blue\": " + b + "}";
    }

    /** The picture, rendered as one tile on this thread, every batch of it. */
    static int[] render(Scene scene) {
        RenderPlan plan = RenderPlan.of(new RaytraceWorkload(scene), Math.max(scene.width, scene.height), 1);
        int[] frame = new int[scene.width * scene.height];
        TileJob job = new TileJob().at(0, plan.tile(0, 0), null);
        job.output.set(frame, 0, scene.width);
        job.side.none();
        job.renderWhole(plan.workload.newTileRenderer(), plan, new int[plan.maxTileSums()]);
        return frame;
    }
}
