package tessera.raytrace;

import java.nio.file.Files;
import java.nio.file.Path;
import tessera.json.JsonReader;
import tessera.render.FieldReader;
import tessera.render.RequestFiles;
import tessera.render.Tile;

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

    static int[] render(Scene scene) {
        int[] frame = new int[scene.width * scene.height];
        new RaytraceWorkload(scene).newTileRenderer().render(0, new Tile(0, 0, 0, scene.width, scene.height), null, frame, 0, scene.width);
        return frame;
    }
}
