package tessera.raytrace;

import java.util.Map;
import tessera.render.Tile;
import tessera.render.TileJob;
import tessera.render.TileRenderer;

/**
 * Monte Carlo path tracing over the crate's surfaces. Diffuse reflects colour × albedo / π of what it
 * receives (Lambert, sampled by the cosine); Reflective is a mirror with chance reflectivity and
 * diffuse otherwise; Refractive reflects with the chance the Fresnel term gives and transmits
 * otherwise, tinted by colour × transparency. At each diffuse bounce every point and directional light
 * is asked (hard shadows, as the crate's tracer) and one area light or the sky is sampled, weighed
 * against the bounce's own direction by multiple importance sampling (power heuristic). Paths longer
 * than three bounces continue by Russian roulette.
 *
 * <p>Every random number comes from {@link SampleRandom} started at the pixel and sample number, and
 * samples are summed in the {@link SampleBatches} the page shows one by one, so a picture is the same
 * bytes on every thread, worker and engine, whether a tile's batches run one after another or over
 * the whole frame in turn. Nothing is allocated per path.
 */
final class PathTracer implements TileRenderer {
    private static final int ROULETTE_DEPTH = 3;
    private static final double INVERSE_PI = 1.0 / Math.PI;

    private final Scene scene;
    private final Bvh bvh;
    private final AreaLights lights;
    private final Shape[] shapes;
    private final Light[] pointLights;
    private final int[] batches;
    private final SampleRandom random = new SampleRandom();
    private final int[] stack;
    private final double[] entries;
    private final double[] distance = new double[1];
    private final double[] ray = new double[6];
    private final double[] vector = new double[3];
    private final double[] toLight = new double[3];
    private final double[] uv = new double[2];
    private final double[] skyRadiance = new double[3];
    private final float[] rgb = new float[3];
    /** Scene queries so far: camera, bounce, light-sample and shadow rays. */
    private long rays;
    /** The chance the last {@link #survives} gave the path to go on. */
    private double survival;
    // The radiance of the path traced last.
    private double red;
    private double green;
    private double blue;

    PathTracer(Scene scene, Bvh bvh, AreaLights lights, int[] batches) {
        this.scene = scene;
        this.bvh = bvh;
        this.lights = lights;
        this.shapes = scene.shapes.toArray(new Shape[0]);
        this.pointLights = scene.lights.toArray(new Light[0]);
        this.batches = batches;
        this.stack = new int[bvh.stackSize()];
        this.entries = new double[bvh.stackSize()];
    }

    /** Adds batch {@code job.batch}'s samples to the tile's running sums and writes the picture so far. */
    @Override
    public void render(TileJob job) {
        Tile tile = job.tile;
        int batch = job.batch;
        int from = batch == 0 ? 0 : batches[batch - 1];
        int to = batches[batch];
        int[] sums = job.sums.data;
        int[] pixels = job.output.data;
        for (int y = 0; y < tile.height; y++) {
            int sumRow = job.sums.offset + y * job.sums.stride;
            int pixelRow = job.output.offset + y * job.output.stride;
            for (int x = 0; x < tile.width; x++) {
                int at = sumRow + 3 * x;
                addSamples(tile.x + x, tile.y + y, from, to);
                float r = Float.intBitsToFloat(sums[at]) + (float) red;
                float g = Float.intBitsToFloat(sums[at + 1]) + (float) green;
                float b = Float.intBitsToFloat(sums[at + 2]) + (float) blue;
                sums[at] = Float.floatToRawIntBits(r);
                sums[at + 1] = Float.floatToRawIntBits(g);
                sums[at + 2] = Float.floatToRawIntBits(b);
                pixels[pixelRow + x] = Gamma.pixel(scene.gammaEncoded, r / to, g / to, b / to);
            }
        }
    }

    /** Sums samples [from, to) of the pixel at (px, py) in double; the sums are left in red, green, blue. */
    private void addSamples(int px, int py, int from, int to) {
        long pixel = (long) py * scene.width + px;
        double r = 0;
        double g = 0;
        double b = 0;
        for (int s = from; s < to; s++) {
            sample(pixel, s, px, py);
            r += red;
            g += green;
            b += blue;
        }
        red = r;
        green = g;
        blue = b;
    }

    /** Traces sample {@code s} of the pixel at (px, py); its radiance is left in red, green, blue (0 if not finite). */
    void sample(long pixel, int s, int px, int py) {
        random.start(pixel, s);
        Camera camera = scene.camera;
        double sx = px + random.next();
        double sy = py + random.next();
        if (camera.hasLens()) {
            Directions.disc(random, vector);
            camera.lensRay(sx, sy, vector[0], vector[1], ray);
        } else {
            camera.direction(sx, sy, vector);
            ray[0] = camera.originX();
            ray[1] = camera.originY();
            ray[2] = camera.originZ();
            ray[3] = vector[0];
            ray[4] = vector[1];
            ray[5] = vector[2];
        }
        trace(ray[0], ray[1], ray[2], ray[3], ray[4], ray[5]);
        if (!(Double.isFinite(red) && Double.isFinite(green) && Double.isFinite(blue))) {
            red = 0;
            green = 0;
            blue = 0;
        }
    }

    @Override
    public Map<String, Long> counters() {
        return Map.of(Tracer.RAYS, rays);
    }

    /** The radiance of the sample traced last, into {@code out[0..2]}. */
    void radiance(double[] out) {
        out[0] = red;
        out[1] = green;
        out[2] = blue;
    }

    private void trace(double ox, double oy, double oz, double dx, double dy, double dz) {
        double tr = 1;
        double tg = 1;
        double tb = 1;
        double lr = 0;
        double lg = 0;
        double lb = 0;
        // Whether the last bounce was a mirror or the camera (no light sampling to weigh against), and its density.
        boolean specular = true;
        double bouncePdf = 0;
        double bias = scene.shadowBias;
        for (int depth = 0; ; depth++) {
            rays++;
            int hit = bvh.closest(ox, oy, oz, dx, dy, dz, stack, entries, distance);
            if (hit < 0) {
                double weight = specular || !lights.skyIsSampled() ? 1 : powerHeuristic(bouncePdf, lights.chance * AreaLights.SKY_DENSITY);
                scene.sky.radiance(dy, skyRadiance);
                lr += tr * skyRadiance[0] * weight;
                lg += tg * skyRadiance[1] * weight;
                lb += tb * skyRadiance[2] * weight;
                break;
            }
            Shape shape = shapes[hit];
            Material material = shape.material;
            double t = distance[0];
            double hx = ox + dx * t;
            double hy = oy + dy * t;
            double hz = oz + dz * t;
            shape.normalAt(hx, hy, hz, vector);
            double nx = vector[0];
            double ny = vector[1];
            double nz = vector[2];
            boolean front = nx * dx + ny * dy + nz * dz < 0;
            // Lights shine from their front: a sphere outwards, a triangle where a, b, c turn counter-clockwise.
            if (material.emits() && front) {
                double weight = 1;
                if (!specular && lights.isSampled(hit)) {
                    weight = powerHeuristic(bouncePdf, lights.chance * shape.directionDensity(ox, oy, oz, dx, dy, dz, t));
                }
                lr += tr * material.emitRed * weight;
                lg += tg * material.emitGreen * weight;
                lb += tb * material.emitBlue * weight;
            }
            if (depth + 1 >= scene.maxRecursionDepth) {
                break;
            }
            // The normal stays as the shape gives it (outwards for a closed mesh): refraction tells entering
            // from leaving by it, mirrors do not care, and diffuse turns it towards the ray below.
            // A solid colour needs no texture coordinates (for a sphere, an arc tangent and an arc cosine).
            if (!(material.coloration instanceof SolidColor)) {
                shape.textureCoordsAt(hx, hy, hz, uv);
            }
            material.coloration.color((float) uv[0], (float) uv[1], rgb);
            double cr = rgb[0];
            double cg = rgb[1];
            double cb = rgb[2];
            boolean mirror;
            boolean transmitted = false;
            if (material.surface == Surface.REFRACTIVE) {
                double kr = Fresnel.reflectance(dx, dy, dz, nx, ny, nz, material.index, scene.physicalFresnel);
                double transparency = material.transparency;
                tr *= cr * transparency;
                tg *= cg * transparency;
                tb *= cb * transparency;
                transmitted = random.next() >= kr && Refraction.bend(dx, dy, dz, nx, ny, nz, material.index, vector);
                mirror = !transmitted;
            } else {
                mirror = material.surface == Surface.REFLECTIVE && random.next() < material.reflectivity;
            }
            if (transmitted || mirror) {
                if (transmitted) {
                    dx = vector[0];
                    dy = vector[1];
                    dz = vector[2];
                } else {
                    double twiceCos = 2.0 * (dx * nx + dy * ny + dz * nz);
                    dx -= twiceCos * nx;
                    dy -= twiceCos * ny;
                    dz -= twiceCos * nz;
                }
                // Offset to the side the ray goes on to (inside a glass sphere, that is inwards).
                double side = nx * dx + ny * dy + nz * dz > 0 ? bias : -bias;
                ox = hx + nx * side;
                oy = hy + ny * side;
                oz = hz + nz * side;
                specular = true;
            } else {
                // Diffuse, facing the ray whichever side it came from.
                if (nx * dx + ny * dy + nz * dz > 0) {
                    nx = -nx;
                    ny = -ny;
                    nz = -nz;
                }
                double albedo = material.albedo;
                double fr = cr * albedo * INVERSE_PI;
                double fg = cg * albedo * INVERSE_PI;
                double fb = cb * albedo * INVERSE_PI;
                // Shadow rays leave from the smooth surface the shading normals describe, seen from its front.
                if (front) {
                    shape.shadowOrigin(hx, hy, hz, toLight);
                } else {
                    toLight[0] = hx;
                    toLight[1] = hy;
                    toLight[2] = hz;
                }
                directLight(hx, hy, hz, toLight[0] + nx * bias, toLight[1] + ny * bias, toLight[2] + nz * bias, nx, ny, nz);
                ox = hx + nx * bias;
                oy = hy + ny * bias;
                oz = hz + nz * bias;
                lr += tr * fr * red;
                lg += tg * fg * green;
                lb += tb * fb * blue;
                Directions.cosineWeighted(nx, ny, nz, random, vector);
                dx = vector[0];
                dy = vector[1];
                dz = vector[2];
                double cos = dx * nx + dy * ny + dz * nz;
                if (!(cos > 0)) {
                    break;
                }
                bouncePdf = cos * INVERSE_PI;
                tr *= cr * albedo;
                tg *= cg * albedo;
                tb *= cb * albedo;
                specular = false;
            }
            if (!survives(depth, tr, tg, tb)) {
                break;
            }
            tr /= survival;
            tg /= survival;
            tb /= survival;
        }
        red = lr;
        green = lg;
        blue = lb;
    }

    /** Russian roulette: past {@link #ROULETTE_DEPTH} bounces a path goes on with a chance that follows its throughput, left in {@link #survival}. */
    private boolean survives(int depth, double tr, double tg, double tb) {
        survival = 1.0;
        if (depth + 1 < ROULETTE_DEPTH) {
            return true;
        }
        survival = Math.min(0.95, Math.max(tr, Math.max(tg, tb)));
        return survival > 0 && random.next() < survival;
    }

    /**
     * Light reaching the diffuse point (hx, hy, hz) with normal n, to be multiplied by the surface's
     * colour × albedo / π: every point and directional light, and one sampled area light or the
     * sky; left in red, green, blue. Shadow rays start at the offset point (sx, sy, sz).
     */
    private void directLight(double hx, double hy, double hz, double sx, double sy, double sz, double nx, double ny, double nz) {
        double r = 0;
        double g = 0;
        double b = 0;
        for (Light light : pointLights) {
            light.directionFrom(hx, hy, hz, toLight);
            double lx = toLight[0];
            double ly = toLight[1];
            double lz = toLight[2];
            double cos = nx * lx + ny * ly + nz * lz;
            if (cos > 0 && !shadowed(sx, sy, sz, lx, ly, lz, light.distanceFrom(hx, hy, hz))) {
                double power = cos * light.intensityAt(hx, hy, hz);
                r += light.red * power;
                g += light.green * power;
                b += light.blue * power;
            }
        }
        int count = lights.count();
        if (count > 0) {
            int k = Math.min(count - 1, (int) (random.next() * count));
            double density;
            if (lights.isSky(k)) {
                Directions.uniformSphere(random, toLight);
                density = AreaLights.SKY_DENSITY;
            } else {
                density = lights.emitter(k).sampleDirection(sx, sy, sz, random, toLight);
            }
            double lx = toLight[0];
            double ly = toLight[1];
            double lz = toLight[2];
            double cos = nx * lx + ny * ly + nz * lz;
            if (density > 0 && cos > 0) {
                rays++;
                int seen = bvh.closest(sx, sy, sz, lx, ly, lz, stack, entries, distance);
                double er = 0;
                double eg = 0;
                double eb = 0;
                if (lights.isSky(k) ? seen < 0 : seen == lights.sceneIndex(k) && facesBack(lights.emitter(k), sx, sy, sz, lx, ly, lz)) {
                    if (lights.isSky(k)) {
                        scene.sky.radiance(ly, skyRadiance);
                        er = skyRadiance[0];
                        eg = skyRadiance[1];
                        eb = skyRadiance[2];
                    } else {
                        Material material = lights.emitter(k).material;
                        er = material.emitRed;
                        eg = material.emitGreen;
                        eb = material.emitBlue;
                    }
                }
                double lightPdf = lights.chance * density;
                double weight = powerHeuristic(lightPdf, cos * INVERSE_PI) * cos / lightPdf;
                r += er * weight;
                g += eg * weight;
                b += eb * weight;
            }
        }
        red = r;
        green = g;
        blue = b;
    }

    /** The shadow test towards a point or directional light, counted. */
    private boolean shadowed(double sx, double sy, double sz, double lx, double ly, double lz, double distance) {
        rays++;
        return bvh.anyWithin(sx, sy, sz, lx, ly, lz, distance, stack);
    }

    /** Whether the emitter's front faces back along the unit ray from (sx, sy, sz) that met it at {@link #distance}. */
    private boolean facesBack(Shape emitter, double sx, double sy, double sz, double lx, double ly, double lz) {
        double d = distance[0];
        emitter.normalAt(sx + lx * d, sy + ly * d, sz + lz * d, vector);
        return vector[0] * lx + vector[1] * ly + vector[2] * lz < 0;
    }

    /** chosen² / (chosen² + other²), in a form that neither overflows nor divides 0 by 0. */
    private static double powerHeuristic(double chosen, double other) {
        if (!(chosen > 0)) {
            return 0;
        }
        double ratio = other / chosen;
        return 1.0 / (1.0 + ratio * ratio);
    }
}
