package tessera.raytrace;

/** How a scene is traced. */
public enum Integrator {
    /** The reference crate's tracer, byte for byte: hard shadows from point and directional lights, mirror and glass recursion. */
    WHITTED,
    /** Monte Carlo path tracing: soft shadows, area lights, indirect light, depth of field. */
    PATH
}
