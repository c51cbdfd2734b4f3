package tessera.raytrace;

import java.util.Map;
import tessera.render.RustFloat;
import tessera.render.Tile;
import tessera.render.TileJob;
import tessera.render.TileRenderer;

/**
 * Whitted-style tracing following the reference crate step by step: Lambert diffuse with
 * albedo / π, hard shadows offset by shadow_bias, reflection mixed by reflectivity, refraction weighted
 * by the Fresnel term, recursion cut at max_recursion_depth. Colours are single-precision floats as in
 * the crate, positions double precision. Extensions: a ray that meets nothing sees the sky (black
 * without one), and emissive surfaces add their emission.
 *
 * <p>One tracer serves one thread. Its scratch arrays and the fields that carry a colour out of a
 * call are reused for every ray, so tracing allocates nothing.
 */
final class Tracer implements TileRenderer {
    /** The counter of scene queries (camera, bounce, light-sample and shadow rays), this tracer's and the path tracer's. */
    static final String RAYS = "rays";
    private static final float PI = (float) Math.PI;

    private final Scene scene;
    private final Bvh bvh;
    private final int[] stack;
    private final double[] entries;
    private final double[] distance = new double[1];
    private final double[] vector = new double[3];
    private final double[] bent = new double[3];
    private final double[] skyRadiance = new double[3];
    private final double[] uv = new double[2];
    private final float[] rgb = new float[3];
    private final int grid;
    /** Scene queries so far: primary, reflected, refracted and shadow rays. */
    private long rays;
    // The colour computed by the last call of castRay or shadeDiffuse.
    private float red;
    private float green;
    private float blue;

    Tracer(Scene scene, Bvh bvh) {
        this.scene = scene;
        this.bvh = bvh;
        this.stack = new int[bvh.stackSize()];
        this.entries = new double[bvh.stackSize()];
        this.grid = (int) Math.round(Math.sqrt(scene.samples));
    }

    @Override
    public void render(TileJob job) {
        Tile tile = job.tile;
        int[] pixels = job.output.data;
        int offset = job.output.offset;
        int stride = job.output.stride;
        Camera camera = scene.camera;
        float samples = scene.samples;
        for (int y = 0; y < tile.height; y++) {
            for (int x = 0; x < tile.width; x++) {
                float r = 0;
                float g = 0;
                float b = 0;
                for (int sy = 0; sy < grid; sy++) {
                    for (int sx = 0; sx < grid; sx++) {
                        camera.direction(tile.x + x + (sx + 0.5) / grid, tile.y + y + (sy + 0.5) / grid, vector);
                        castRay(0, camera.originX(), camera.originY(), camera.originZ(), vector[0], vector[1], vector[2]);
                        r += red;
                        g += green;
                        b += blue;
                    }
                }
                pixels[offset + y * stride + x] = Gamma.pixel(scene.gammaEncoded, r / samples, g / samples, b / samples);
            }
        }
    }

    @Override
    public Map<String, Long> counters() {
        return Map.of(RAYS, rays);
    }

    /** Traces one ray; the colour is left in red, green, blue. */
    private void castRay(int depth, double ox, double oy, double oz, double dx, double dy, double dz) {
        if (depth >= scene.maxRecursionDepth) {
            setBlack();
            return;
        }
        rays++;
        int hit = bvh.closest(ox, oy, oz, dx, dy, dz, stack, entries, distance);
        if (hit < 0) {
            scene.sky.radiance(dy, skyRadiance);
            red = (float) skyRadiance[0];
            green = (float) skyRadiance[1];
            blue = (float) skyRadiance[2];
            return;
        }
        Shape shape = scene.shapes.get(hit);
        double d = distance[0];
        double hx = ox + dx * d;
        double hy = oy + dy * d;
        double hz = oz + dz * d;
        shape.normalAt(hx, hy, hz, vector);
        double nx = vector[0];
        double ny = vector[1];
        double nz = vector[2];
        Material material = shape.material;
        // Thin shapes face the ray for shading; refraction keeps the normal outwards, to tell entering from leaving.
        if (shape.isTwoSided() && material.surface != Surface.REFRACTIVE && nx * dx + ny * dy + nz * dz > 0) {
            nx = -nx;
            ny = -ny;
            nz = -nz;
        }
        switch (material.surface) {
            case DIFFUSE:
                shadeDiffuse(shape, hx, hy, hz, nx, ny, nz);
                break;
            case REFLECTIVE:
                shadeReflective(depth, shape, hx, hy, hz, nx, ny, nz, dx, dy, dz);
                break;
            default:
                shadeRefractive(depth, shape, hx, hy, hz, nx, ny, nz, dx, dy, dz);
                break;
        }
        if (material.emits()) {
            red += (float) material.emitRed;
            green += (float) material.emitGreen;
            blue += (float) material.emitBlue;
        }
    }

    private void shadeReflective(int depth, Shape shape, double hx, double hy, double hz,
            double nx, double ny, double nz, double dx, double dy, double dz) {
        float reflectivity = shape.material.reflectivity;
        shadeDiffuse(shape, hx, hy, hz, nx, ny, nz);
        float r = red * (1.0f - reflectivity);
        float g = green * (1.0f - reflectivity);
        float b = blue * (1.0f - reflectivity);
        castReflection(depth, hx, hy, hz, nx, ny, nz, dx, dy, dz);
        red = r + red * reflectivity;
        green = g + green * reflectivity;
        blue = b + blue * reflectivity;
    }

    private void shadeRefractive(int depth, Shape shape, double hx, double hy, double hz,
            double nx, double ny, double nz, double dx, double dy, double dz) {
        Material material = shape.material;
        float kr = (float) Fresnel.reflectance(dx, dy, dz, nx, ny, nz, material.index, scene.physicalFresnel);
        shape.textureCoordsAt(hx, hy, hz, uv);
        material.coloration.color((float) uv[0], (float) uv[1], rgb);
        float surfaceR = rgb[0];
        float surfaceG = rgb[1];
        float surfaceB = rgb[2];
        float refractedR = 0;
        float refractedG = 0;
        float refractedB = 0;
        if (kr < 1.0f && castTransmission(depth, hx, hy, hz, nx, ny, nz, dx, dy, dz, material.index)) {
            refractedR = red;
            refractedG = green;
            refractedB = blue;
        }
        castReflection(depth, hx, hy, hz, nx, ny, nz, dx, dy, dz);
        float transparency = material.transparency;
        red = (red * kr + refractedR * (1.0f - kr)) * transparency * surfaceR;
        green = (green * kr + refractedG * (1.0f - kr)) * transparency * surfaceG;
        blue = (blue * kr + refractedB * (1.0f - kr)) * transparency * surfaceB;
    }

    private void castReflection(int depth, double hx, double hy, double hz,
            double nx, double ny, double nz, double dx, double dy, double dz) {
        double bias = scene.shadowBias;
        double twiceCos = 2.0 * (dx * nx + dy * ny + dz * nz);
        castRay(depth + 1, hx + nx * bias, hy + ny * bias, hz + nz * bias,
                dx - twiceCos * nx, dy - twiceCos * ny, dz - twiceCos * nz);
    }

    /** Casts the refracted ray; false (and nothing cast) under total internal reflection. */
    private boolean castTransmission(int depth, double hx, double hy, double hz,
            double nx, double ny, double nz, double dx, double dy, double dz, float index) {
        if (!Refraction.bend(dx, dy, dz, nx, ny, nz, index, bent)) {
            return false;
        }
        // Offset through the surface: inwards when the ray enters, outwards when it leaves.
        double side = dx * nx + dy * ny + dz * nz < 0.0 ? -scene.shadowBias : scene.shadowBias;
        castRay(depth + 1, hx + nx * side, hy + ny * side, hz + nz * side, bent[0], bent[1], bent[2]);
        return true;
    }

    /** Direct light from every light source, clamped to [0, 1]; the colour is left in red, green, blue. */
    private void shadeDiffuse(Shape shape, double hx, double hy, double hz, double nx, double ny, double nz) {
        Material material = shape.material;
        shape.textureCoordsAt(hx, hy, hz, uv);
        material.coloration.color((float) uv[0], (float) uv[1], rgb);
        float surfaceR = rgb[0];
        float surfaceG = rgb[1];
        float surfaceB = rgb[2];
        double bias = scene.shadowBias;
        double sx = hx + nx * bias;
        double sy = hy + ny * bias;
        double sz = hz + nz * bias;
        float lightReflected = material.albedo / PI;
        float r = 0;
        float g = 0;
        float b = 0;
        for (int i = 0, n = scene.lights.size(); i < n; i++) {
            Light light = scene.lights.get(i);
            light.directionFrom(hx, hy, hz, vector);
            double lx = vector[0];
            double ly = vector[1];
            double lz = vector[2];
            rays++;
            boolean inLight = !bvh.anyWithin(sx, sy, sz, lx, ly, lz, light.distanceFrom(hx, hy, hz), stack);
            float intensity = inLight ? light.intensityAt(hx, hy, hz) : 0.0f;
            float lightPower = RustFloat.max((float) (nx * lx + ny * ly + nz * lz), 0.0f) * intensity;
            r = r + surfaceR * (light.red * lightPower * lightReflected);
            g = g + surfaceG * (light.green * lightPower * lightReflected);
            b = b + surfaceB * (light.blue * lightPower * lightReflected);
        }
        red = RustFloat.clamp01(r);
        green = RustFloat.clamp01(g);
        blue = RustFloat.clamp01(b);
    }

    private void setBlack() {
        red = 0;
        green = 0;
        blue = 0;
    }
}
