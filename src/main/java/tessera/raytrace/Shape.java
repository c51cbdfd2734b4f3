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

    /** Writes texture coordinates at the hit point into {@code uv[0..1]}. */
    public abstract void textureCoordsAt(double hx, double hy, double hz, float[] uv);

    /** True for thin shapes seen from both sides: the tracer turns their normal towards the incoming ray. */
    public boolean isTwoSided() {
        return false;
    }

    /** False for shapes without finite extent (planes), which stay outside the bounding-volume hierarchy. */
    public boolean isBounded() {
        return true;
    }

    /** Writes the axis-aligned bounds min x, y, z, max x, y, z into {@code box[0..5]}. */
    public abstract void bounds(double[] box);
}
