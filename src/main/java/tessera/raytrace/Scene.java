package tessera.raytrace;

import java.util.List;

/** A validated scene ready to trace: shapes in file order, lights, camera and the rendering options. */
public final class Scene {
    public final int width;
    public final int height;
    public final Camera camera;
    public final List<Shape> shapes;
    public final List<Light> lights;
    public final double shadowBias;
    public final int maxRecursionDepth;
    public final Integrator integrator;
    /**
     * Samples per pixel. Whitted: a square number, k × k evenly spaced positions inside each pixel;
     * path tracing: paths per pixel, each through a random position inside it.
     */
    public final int samples;
    public final Sky sky;
    /** True: bytes are gamma-encoded as the crate does; false: linear (extension). */
    public final boolean gammaEncoded;
    /** True: Fresnel with the true cosine of incidence; false: the crate's formula (extension switch). */
    public final boolean physicalFresnel;

    public Scene(int width, int height, Camera camera, List<Shape> shapes, List<Light> lights, double shadowBias,
            int maxRecursionDepth, Integrator integrator, int samples, Sky sky, boolean gammaEncoded, boolean physicalFresnel) {
        this.width = width;
        this.height = height;
        this.camera = camera;
        this.shapes = List.copyOf(shapes);
        this.lights = List.copyOf(lights);
        this.shadowBias = shadowBias;
        this.maxRecursionDepth = maxRecursionDepth;
        this.integrator = integrator;
        this.samples = samples;
        this.sky = sky;
        this.gammaEncoded = gammaEncoded;
        this.physicalFresnel = physicalFresnel;
    }
}
