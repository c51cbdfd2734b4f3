package tessera.raytrace;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tessera.json.JsonValue;
import tessera.json.ShownText;
import tessera.render.FieldReader;
import tessera.render.InvalidRequestException;
import tessera.render.RenderLimits;
import tessera.render.RequestFiles;

/**
 * Reads a scene in the JSON format of the wasm-bindgen raytrace-parallel demo (the Rust raytracer
 * crate's serde format) plus Tessera's optional extensions, refusing anything malformed with a
 * message that names the field and, through {@link InvalidRequestException#line()}, where it is.
 */
public final class SceneReader {
    public static final int MAX_ELEMENTS = 100_000;
    public static final int MAX_LIGHTS = 1_000;
    public static final int MAX_RECURSION_DEPTH = 100;
    public static final int MAX_SAMPLES = 64;
    /** Most paths per pixel path tracing takes. */
    public static final int MAX_PATH_SAMPLES = 65_536;
    public static final int DEFAULT_PATH_SAMPLES = 64;
    /** Most triangles all of a scene's meshes may have together. */
    public static final int MAX_TRIANGLES = 2_000_000;
    /** Characters of a model's problem shown: a line of it, a file name, not a whole file. */
    private static final int MAX_SHOWN_PROBLEM = 300;
    private static final double COORDINATE_LIMIT = 1e9;
    private static final double COLOR_LIMIT = 1e6;
    private static final double INTENSITY_LIMIT = 1e12;
    private static final List<String> ELEMENT_KINDS = Arrays.asList("Sphere", "Plane", "Triangle", "Box", "Mesh");
    private static final List<String> LIGHT_KINDS = Arrays.asList("Spherical", "Directional");

    private final RequestFiles files;
    /** Each model file is read once per scene, however many meshes name it. */
    private final Map<String, ObjModel> models = new HashMap<>();
    private int triangles;
    private Bvh.Split split = Bvh.Split.SAH;

    public SceneReader(RequestFiles files) {
        this.files = files;
    }

    /**
     * @param width  the frame width the request asks for, or 0 to take the scene's
     * @param height likewise
     */
    public Scene read(FieldReader scene, int width, int height) {
        int w = width > 0 ? width : size(scene, "width");
        int h = height > 0 ? height : size(scene, "height");
        // The scene's own size is only checked to be a size when the request overrides it.
        if (width > 0) {
            scene.optionalInt("width", 1, Integer.MAX_VALUE, 0);
        }
        if (height > 0) {
            scene.optionalInt("height", 1, Integer.MAX_VALUE, 0);
        }
        double fov = scene.requiredDouble("fov", 0.001, 179.999);
        double shadowBias = scene.requiredDouble("shadow_bias", 0.0, 1.0);
        int depth = scene.requiredInt("max_recursion_depth", 0, MAX_RECURSION_DEPTH);
        List<Shape> shapes = new ArrayList<>();
        List<JsonValue> elements = scene.requiredArray("elements", MAX_ELEMENTS);
        for (int i = 0; i < elements.size(); i++) {
            element(elements.get(i), scene.path("elements") + "[" + i + "]", shapes);
        }
        List<Light> lights = new ArrayList<>();
        List<JsonValue> lightValues = scene.requiredArray("lights", MAX_LIGHTS);
        for (int i = 0; i < lightValues.size(); i++) {
            lights.add(light(lightValues.get(i), scene.path("lights") + "[" + i + "]"));
        }
        Integrator integrator = scene.optionalChoice("integrator", Arrays.asList("whitted", "path"), "whitted").equals("path")
                ? Integrator.PATH : Integrator.WHITTED;
        boolean path = integrator == Integrator.PATH;
        Camera camera = scene.has("camera") ? camera(scene.object("camera"), fov, w, h, path) : Camera.standard(fov, w, h);
        int samples;
        if (path) {
            samples = scene.optionalInt("samples", 1, MAX_PATH_SAMPLES, DEFAULT_PATH_SAMPLES);
        } else {
            samples = scene.optionalInt("samples", 1, MAX_SAMPLES, 1);
            int root = (int) Math.round(Math.sqrt(samples));
            if (root * root != samples) {
                throw new InvalidRequestException(scene.path("samples"),
                        "must be a square number (1, 4, 9, 16, 25, 36, 49 or 64), got " + samples, scene.get("samples"));
            }
        }
        Sky sky = scene.has("sky") ? sky(scene.object("sky")) : Sky.NONE;
        boolean gamma = scene.optionalBoolean("gamma", true);
        // The crate's Fresnel term stays the Whitted default, for its bytes; path tracing takes the physical one.
        boolean physical = scene.optionalChoice("fresnel", Arrays.asList("crate", "physical"), path ? "physical" : "crate")
                .equals("physical");
        split = scene.optionalChoice("bvh", Arrays.asList("sah", "median"), "sah").equals("median") ? Bvh.Split.MEDIAN : Bvh.Split.SAH;
        scene.rejectUnknownFields();
        return new Scene(w, h, camera, shapes, lights, shadowBias, depth, integrator, samples, sky, gamma, physical);
    }

    /** The hierarchy build the scene asks for ({@code "bvh": "sah"} or {@code "median"}, to compare), once {@link #read} has run. */
    public Bvh.Split split() {
        return split;
    }

    /** {@code {color, intensity, horizon}}: the colour straight up and, optionally, another at the horizon. */
    private static Sky sky(FieldReader fields) {
        double intensity = fields.optionalDouble("intensity", 0, INTENSITY_LIMIT, 1);
        double[] zenith = scaledColor(fields.object("color"), intensity);
        double[] horizon = fields.has("horizon") ? scaledColor(fields.object("horizon"), intensity) : zenith;
        fields.rejectUnknownFields();
        return new Sky(zenith[0], zenith[1], zenith[2], horizon[0], horizon[1], horizon[2]);
    }

    /** {@code {red, green, blue}} times {@code intensity}. */
    private static double[] scaledColor(FieldReader color, double intensity) {
        double red = channel(color, "red");
        double green = channel(color, "green");
        double blue = channel(color, "blue");
        color.rejectUnknownFields();
        return new double[] {red * intensity, green * intensity, blue * intensity};
    }



    private static int size(FieldReader scene, String name) {
        if (!scene.has(name)) {
            throw new InvalidRequestException(name, "missing; give it in the request or as " + scene.path(name)
                    + " (an integer from 1 to " + RenderLimits.MAX_SIDE + ")");
        }
        int size = scene.requiredInt(name, 1, Integer.MAX_VALUE);
        if (size > RenderLimits.MAX_SIDE) {
            throw new InvalidRequestException(scene.path(name), "must be an integer from 1 to " + RenderLimits.MAX_SIDE
                    + ", got " + size + "; give a smaller " + name + " in the request to render the scene at another size",
                    scene.get(name));
        }
        return size;
    }

    /** Adds the element's shapes (one, or a mesh's triangles) to {@code shapes}. */
    private void element(JsonValue value, String path, List<Shape> shapes) {
        String kind = variant(value, path, ELEMENT_KINDS);
        FieldReader fields = FieldReader.of(value.members().get(kind), path + "." + kind);
        Shape shape;
        switch (kind) {
            case "Mesh":
                Mesh mesh = mesh(fields);
                Material meshMaterial = material(fields);
                fields.rejectUnknownFields();
                for (int t = 0; t < mesh.triangleCount; t++) {
                    shapes.add(new MeshTriangle(mesh, t, meshMaterial));
                }
                return;
            case "Sphere":
                Vec3 center = point(fields, "center");
                double radius = fields.requiredDouble("radius", 0, COORDINATE_LIMIT);
                if (!(radius > 0)) {
                    throw new InvalidRequestException(fields.path("radius"), "must be greater than 0, got " + radius,
                            fields.get("radius"));
                }
                shape = new Sphere(center, radius, material(fields));
                break;
            case "Plane":
                shape = new Plane(point(fields, "origin"), direction(fields, "normal"), material(fields));
                break;
            case "Triangle":
                Vec3 a = point(fields, "a");
                Vec3 b = point(fields, "b");
                Vec3 c = point(fields, "c");
                if (!(b.minus(a).cross(c.minus(a)).length() > 0)) {
                    throw new InvalidRequestException(fields.path("c"), "the three corners lie on one line", fields.get("c"));
                }
                shape = new Triangle(a, b, c, material(fields));
                break;
            default:
                Vec3 min = point(fields, "min");
                Vec3 max = point(fields, "max");
                if (!(max.x > min.x && max.y > min.y && max.z > min.z)) {
                    throw new InvalidRequestException(fields.path("max"), "must be greater than min in x, y and z", fields.get("max"));
                }
                shape = new AxisBox(min, max, material(fields));
                break;
        }
        fields.rejectUnknownFields();
        shapes.add(shape);
    }

    private Mesh mesh(FieldReader fields) {
        String name = fields.requiredString("obj");
        ObjModel model = models.get(name);
        if (model == null) {
            try {
                model = ObjReader.read(files.model(name), MAX_TRIANGLES);
            } catch (IllegalArgumentException e) {
                throw new InvalidRequestException(fields.path("obj"), "cannot load \"" + ShownText.of(name) + "\": "
                        + ShownText.of(e.getMessage(), MAX_SHOWN_PROBLEM),
                        fields.get("obj"));
            }
            models.put(name, model);
        }
        if (model.triangleCount > MAX_TRIANGLES - triangles) {
            throw new InvalidRequestException(fields.path("obj"), "the scene's meshes have more than " + MAX_TRIANGLES
                    + " triangles together, the most a scene may have (\"" + ShownText.of(name) + "\" has " + model.triangleCount
                    + ", the meshes before it " + triangles + ")", fields.get("obj"));
        }
        triangles += model.triangleCount;
        MeshTransform transform = fields.has("transform") ? transform(fields.object("transform"), model) : MeshTransform.IDENTITY;
        Mesh mesh = Mesh.place(model, transform);
        if (mesh.triangleCount == 0) {
            throw new InvalidRequestException(fields.path("obj"), "\"" + ShownText.of(name) + "\" draws nothing: none of its "
                    + model.triangleCount + " triangles has an area once placed (each is a line or a point"
                    + (fields.has("transform") ? ", or the transform makes it one)" : ")"), fields.get("obj"));
        }
        if (!(mesh.extent() <= COORDINATE_LIMIT)) {
            throw new InvalidRequestException(fields.path("transform"), "places the model beyond ±" + COORDINATE_LIMIT
                    + " on some axis; scale it down", fields.get(fields.has("transform") ? "transform" : "obj"));
        }
        return mesh;
    }

    /**
     * {@code {fit, scale, rotate, translate}}: {@code fit}, when given, first centres the model on its
     * bounding box and scales it so that the box's longest side is that long, whatever units the
     * file was written in; {@code scale} then multiplies.
     */
    private static MeshTransform transform(FieldReader fields, ObjModel model) {
        double scale = positive(fields, "scale");
        Vec3 centre = new Vec3(0, 0, 0);
        if (fields.has("fit")) {
            double[] box = model.bounds();
            double longest = Math.max(box[3] - box[0], Math.max(box[4] - box[1], box[5] - box[2]));
            if (!(longest > 0)) {
                throw new InvalidRequestException(fields.path("fit"), "the model has no extent to fit: all its vertices are one point",
                        fields.get("fit"));
            }
            if (Double.isInfinite(longest)) {
                throw new InvalidRequestException(fields.path("fit"), "the model spans more than a double holds (its vertices reach "
                        + "±1.8e308 on some axis); fit cannot measure it", fields.get("fit"));
            }
            scale *= positive(fields, "fit") / longest;
            if (Double.isInfinite(scale)) {
                throw new InvalidRequestException(fields.path("fit"), "the model is too small to fit: " + longest
                        + " across, too small to scale up to " + positive(fields, "fit"), fields.get("fit"));
            }
            centre = new Vec3((box[0] + box[3]) / 2, (box[1] + box[4]) / 2, (box[2] + box[5]) / 2);
        }
        Vec3 rotate = fields.has("rotate") ? angles(fields.object("rotate")) : new Vec3(0, 0, 0);
        Vec3 translate = fields.has("translate") ? point(fields, "translate") : new Vec3(0, 0, 0);
        fields.rejectUnknownFields();
        return new MeshTransform(centre, scale, rotate, translate);
    }

    /** An optional size above 0 (1 when left out). */
    private static double positive(FieldReader fields, String name) {
        double value = fields.has(name) ? fields.requiredDouble(name, 0, COORDINATE_LIMIT) : 1.0;
        if (!(value > 0)) {
            throw new InvalidRequestException(fields.path(name), "must be greater than 0, got " + value, fields.get(name));
        }
        return value;
    }

    /** Degrees about x, y and z, each optional. */
    private static Vec3 angles(FieldReader fields) {
        Vec3 angles = new Vec3(fields.optionalDouble("x", -360, 360, 0), fields.optionalDouble("y", -360, 360, 0),
                fields.optionalDouble("z", -360, 360, 0));
        fields.rejectUnknownFields();
        return angles;
    }

    private Light light(JsonValue value, String path) {
        String kind = variant(value, path, LIGHT_KINDS);
        FieldReader fields = FieldReader.of(value.members().get(kind), path + "." + kind);
        FieldReader color = fields.object("color");
        float red = channel(color, "red");
        float green = channel(color, "green");
        float blue = channel(color, "blue");
        color.rejectUnknownFields();
        float intensity = fields.requiredFloat("intensity", 0, INTENSITY_LIMIT);
        Light light = kind.equals("Spherical")
                ? new SphericalLight(point(fields, "position"), red, green, blue, intensity)
                : new DirectionalLight(direction(fields, "direction"), red, green, blue, intensity);
        fields.rejectUnknownFields();
        return light;
    }

    private Material material(FieldReader shape) {
        FieldReader fields = shape.object("material");
        Coloration coloration = coloration(fields);
        float albedo = fields.requiredFloat("albedo", 0, COLOR_LIMIT);
        JsonValue surface = fields.require("surface", "must be \"Diffuse\", {\"Reflective\": …} or {\"Refractive\": …}");
        Material material;
        String path = fields.path("surface");
        if (surface.is(JsonValue.Kind.STRING) && surface.asString().equals("Diffuse")) {
            material = Material.diffuse(coloration, albedo);
        } else if (surface.is(JsonValue.Kind.STRING)) {
            throw new InvalidRequestException(path, "unknown surface " + surface.describe()
                    + "; allowed: \"Diffuse\", {\"Reflective\": {reflectivity}}, {\"Refractive\": {index, transparency}}", surface);
        } else {
            String kind = variant(surface, path, Arrays.asList("Reflective", "Refractive"));
            FieldReader values = FieldReader.of(surface.members().get(kind), path + "." + kind);
            if (kind.equals("Reflective")) {
                material = Material.reflective(coloration, albedo, values.requiredFloat("reflectivity", 0, 1));
            } else {
                float index = values.requiredFloat("index", 0, 100);
                if (!(index > 0)) {
                    throw new InvalidRequestException(values.path("index"), "must be greater than 0, got " + index, values.get("index"));
                }
                material = Material.refractive(coloration, albedo, index, values.requiredFloat("transparency", 0, 1));
            }
            values.rejectUnknownFields();
        }
        if (fields.has("emission")) {
            FieldReader emission = fields.object("emission");
            double intensity = emission.requiredDouble("intensity", 0, INTENSITY_LIMIT);
            double[] radiance = scaledColor(emission.object("color"), intensity);
            emission.rejectUnknownFields();
            material = material.emitting(radiance[0], radiance[1], radiance[2]);
        }
        fields.rejectUnknownFields();
        return material;
    }

    private Coloration coloration(FieldReader material) {
        JsonValue value = material.require("coloration", "must be {\"Color\": …}, {\"Texture\": …} or {\"Checkerboard\": …}");
        String path = material.path("coloration");
        String kind = variant(value, path, Arrays.asList("Color", "Texture", "Checkerboard"));
        JsonValue body = value.members().get(kind);
        switch (kind) {
            case "Color":
                return color(FieldReader.of(body, path + ".Color"));
            case "Texture":
                return texture(body, path + ".Texture");
            default:
                FieldReader checker = FieldReader.of(body, path + ".Checkerboard");
                float size = checker.requiredFloat("size", 0, COORDINATE_LIMIT);
                if (!(size > 0)) {
                    throw new InvalidRequestException(checker.path("size"), "must be greater than 0, got " + size, checker.get("size"));
                }
                SolidColor even = color(checker.object("even"));
                SolidColor odd = color(checker.object("odd"));
                checker.rejectUnknownFields();
                return new Checkerboard(size, even, odd);
        }
    }

    /** The crate writes {@code {"Texture": {"path": "…"}}}; a bare {@code {"Texture": "…"}} is accepted too. */
    private ImageTexture texture(JsonValue body, String path) {
        String name;
        JsonValue at = body;
        if (body.is(JsonValue.Kind.STRING)) {
            name = body.asString();
        } else {
            FieldReader fields = FieldReader.of(body, path);
            name = fields.requiredString("path");
            at = fields.get("path");
            fields.rejectUnknownFields();
            path = fields.path("path");
        }
        try {
            return new ImageTexture(files.load(name));
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException(path, "cannot load \"" + name + "\": " + e.getMessage(), at);
        }
    }

    private static SolidColor color(FieldReader fields) {
        SolidColor color = new SolidColor(channel(fields, "red"), channel(fields, "green"), channel(fields, "blue"));
        fields.rejectUnknownFields();
        return color;
    }

    private static float channel(FieldReader fields, String name) {
        return fields.requiredFloat(name, 0, COLOR_LIMIT);
    }

    private static Camera camera(FieldReader fields, double fov, int width, int height, boolean path) {
        Vec3 position = point(fields, "position");
        Vec3 lookAt = point(fields, "look_at");
        Vec3 up = fields.has("up") ? point(fields, "up") : new Vec3(0, 1, 0);
        double aperture = fields.optionalDouble("aperture", 0, COORDINATE_LIMIT, 0);
        if (aperture > 0 && !path) {
            throw new InvalidRequestException(fields.path("aperture"),
                    "depth of field needs path tracing: add \"integrator\": \"path\" to the scene, or leave the aperture out",
                    fields.get("aperture"));
        }
        double focus = fields.has("focus_distance") ? fields.requiredDouble("focus_distance", 0, COORDINATE_LIMIT)
                : lookAt.minus(position).length();
        if (!(focus > 0)) {
            throw new InvalidRequestException(fields.path("focus_distance"), "must be greater than 0, got " + focus,
                    fields.get("focus_distance"));
        }
        fields.rejectUnknownFields();
        if (up.length() == 0) {
            throw new InvalidRequestException(fields.path("up"), "must not be the zero vector: it says which way is up",
                    fields.get("up"));
        }
        try {
            return Camera.lookingAt(position, lookAt, up, fov, width, height, aperture, focus);
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException(fields.path("look_at"), e.getMessage(), fields.get("look_at"));
        }
    }

    private static Vec3 point(FieldReader parent, String name) {
        FieldReader fields = parent.object(name);
        Vec3 point = new Vec3(fields.requiredDouble("x", -COORDINATE_LIMIT, COORDINATE_LIMIT),
                fields.requiredDouble("y", -COORDINATE_LIMIT, COORDINATE_LIMIT),
                fields.requiredDouble("z", -COORDINATE_LIMIT, COORDINATE_LIMIT));
        fields.rejectUnknownFields();
        return point;
    }

    /** A direction, normalised on reading as the crate does; the zero vector is refused. */
    private static Vec3 direction(FieldReader parent, String name) {
        Vec3 vector = point(parent, name);
        if (!(vector.length() > 0)) {
            throw new InvalidRequestException(parent.path(name), "must not be the zero vector", parent.get(name));
        }
        return vector.normalize();
    }

    /** The name of a serde enum variant: an object with exactly one key, which must be one of {@code kinds}. */
    private static String variant(JsonValue value, String path, List<String> kinds) {
        if (!value.is(JsonValue.Kind.OBJECT) || value.members().size() != 1) {
            throw new InvalidRequestException(path, "must be an object with one key, one of " + String.join(", ", kinds)
                    + "; got " + (value.is(JsonValue.Kind.OBJECT) ? value.members().size() + " keys" : value.describe()), value);
        }
        String kind = value.members().keySet().iterator().next();
        if (!kinds.contains(kind)) {
            throw new InvalidRequestException(path, "unknown kind \"" + kind + "\"; allowed: " + String.join(", ", kinds), value);
        }
        return kind;
    }
}
