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
    /** Samples per pixel, a square number: k × k evenly spaced positions inside each pixel. */
    public final int samples;
    /** True: bytes are gamma-encoded as the crate does; false: linear (extension). */
    public final boolean gammaEncoded;
    /** True: Fresnel with the true cosine of incidence; false: the crate's formula (extension switch). */
    public final boolean physicalFresnel;

    public Scene(int width, int height, Camera camera, List<Shape> shapes, List<Light> lights, double shadowBias,
            int maxRecursionDepth, int samples, boolean gammaEncoded, boolean physicalFresnel) {
        this.width = width;
        this.height = height;
        this.camera = camera;
        this.shapes = List.copyOf(shapes);
        this.lights = List.copyOf(lights);
        this.shadowBias = shadowBias;
        this.maxRecursionDepth = maxRecursionDepth;
        this.samples = samples;
        this.gammaEncoded = gammaEncoded;
        this.physicalFresnel = physicalFresnel;
    }
}
