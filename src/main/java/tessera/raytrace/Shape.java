package tessera.raytrace;

/**
 * Something a ray can hit. Methods take and fill primitive values so that tracing allocates nothing:
 * results go into caller-owned scratch arrays.
 */
public abstract class Shape {
    /** Returned by {@link #intersect} when the ray misses. */
    public static final double MISS = Double.POSITIVE_INFINITY;

    public final Material material;

    protected Shape(Material material) {
        this.material = material;
    }

    /** Distance along the (unit) ray to the hit the reference crate would report, or {@link #MISS}. */
    public abstract double intersect(double ox, double oy, double oz, double dx, double dy, double dz);

    /** Writes the surface normal at the hit point into {@code normal[0..2]}. */
    public abstract void normalAt(double hx, double hy, double hz, double[] normal);

    /** Writes texture coordinates at the hit point into {@code uv[0..1]}: single-precision values, as the crate computes them. */
    public abstract void textureCoordsAt(double hx, double hy, double hz, double[] uv);

    /** True for thin shapes seen from both sides: the tracer turns their normal towards the incoming ray. */
    public boolean isTwoSided() {
        return false;
    }

    /** False for shapes without finite extent (planes), which stay outside the bounding-volume hierarchy. */
    public boolean isBounded() {
        return true;
    }

    /**
     * For a triangle, packs its corners as {@link Triangles} reads them into {@code out[at..at + 8]} and
     * returns true, so that the hierarchy tests it inline; other shapes return false.
     */
    public boolean packCorners(double[] out, int at) {
        return false;
    }

    /**
     * Where shadow rays leave from the hit point (hx, hy, hz), into {@code out[0..2]}: the point
     * itself, except where a shape's shading normals describe a smoother surface than its geometry
     * (see {@link MeshTriangle}).
     */
    void shadowOrigin(double hx, double hy, double hz, double[] out) {
        out[0] = hx;
        out[1] = hy;
        out[2] = hz;
    }

    /**
     * For an emissive shape, the path tracer's light sampling: draws a direction from (px, py, pz)
     * towards the shape into {@code out[0..2]} and returns its density in solid angle, or 0 where
     * the shape cannot be sampled from there (then only paths that meet it by chance see its light).
     */
    double sampleDirection(double px, double py, double pz, SampleRandom random, double[] out) {
        return 0;
    }

    /** The density {@link #sampleDirection} gives the unit direction (dx, dy, dz) that meets the shape at {@code distance}. */
    double directionDensity(double px, double py, double pz, double dx, double dy, double dz, double distance) {
        return 0;
    }

    /** Writes the axis-aligned bounds min x, y, z, max x, y, z into {@code box[0..5]}. */
    public abstract void bounds(double[] box);
}
