package tessera.raytrace;

/** A sphere, intersected and textured as in the reference crate. */
public final class Sphere extends Shape {
    private static final float PI = (float) Math.PI;
    final double cx;
    final double cy;
    final double cz;
    final double radius;

    public Sphere(Vec3 center, double radius, Material material) {
        super(material);
        this.cx = center.x;
        this.cy = center.y;
        this.cz = center.z;
        this.radius = radius;
    }

    @Override
    public double intersect(double ox, double oy, double oz, double dx, double dy, double dz) {
        double lx = cx - ox;
        double ly = cy - oy;
        double lz = cz - oz;
        double adj = lx * dx + ly * dy + lz * dz;
        double d2 = (lx * lx + ly * ly + lz * lz) - adj * adj;
        double radius2 = radius * radius;
        if (d2 > radius2) {
            return MISS;
        }
        double thc = Math.sqrt(radius2 - d2);
        double t0 = adj - thc;
        double t1 = adj + thc;
        if (t0 < 0.0 && t1 < 0.0) {
            return MISS;
        } else if (t0 < 0.0) {
            return t1;
        } else if (t1 < 0.0) {
            return t0;
        }
        return t0 < t1 ? t0 : t1;
    }

    @Override
    public void normalAt(double hx, double hy, double hz, double[] normal) {
        double x = hx - cx;
        double y = hy - cy;
        double z = hz - cz;
        double inverse = 1.0 / Math.sqrt(x * x + y * y + z * z);
        normal[0] = x * inverse;
        normal[1] = y * inverse;
        normal[2] = z * inverse;
    }

    @Override
    public void textureCoordsAt(double hx, double hy, double hz, double[] uv) {
        double x = hx - cx;
        double y = hy - cy;
        double z = hz - cz;
        uv[0] = (1.0f + (float) StrictMath.atan2(z, x) / PI) * 0.5f;
        uv[1] = (float) StrictMath.acos(y / radius) / PI;
    }

    /** A direction in the cone the sphere fills as seen from outside it, uniformly: density 1 / (2π (1 − cos θmax)). */
    @Override
    double sampleDirection(double px, double py, double pz, SampleRandom random, double[] out) {
        double x = cx - px;
        double y = cy - py;
        double z = cz - pz;
        double distance2 = x * x + y * y + z * z;
        double cosMax = coneCosine(distance2);
        if (!(cosMax > 0)) {
            return 0;
        }
        // 1 − cos θmax as sin² / (1 + cos): no cancellation for small, far spheres.
        double oneMinusCos = radius * radius / distance2 / (1.0 + cosMax);
        double inverse = 1.0 / Math.sqrt(distance2);
        Directions.around(x * inverse, y * inverse, z * inverse, 1.0 - random.next() * oneMinusCos, random, out);
        return 1.0 / (2.0 * Math.PI * oneMinusCos);
    }

    @Override
    double directionDensity(double px, double py, double pz, double dx, double dy, double dz, double distance) {
        double x = cx - px;
        double y = cy - py;
        double z = cz - pz;
        double distance2 = x * x + y * y + z * z;
        double cosMax = coneCosine(distance2);
        return cosMax > 0 ? 1.0 / (2.0 * Math.PI * (radius * radius / distance2 / (1.0 + cosMax))) : 0;
    }

    /** The cosine of the half-angle of the cone the sphere fills from a point at that squared distance from its centre; 0 or less inside. */
    private double coneCosine(double distance2) {
        double sin2 = radius * radius / distance2;
        return sin2 < 1.0 ? Math.sqrt(1.0 - sin2) : 0;
    }

    @Override
    public void bounds(double[] box) {
        box[0] = cx - radius;
        box[1] = cy - radius;
        box[2] = cz - radius;
        box[3] = cx + radius;
        box[4] = cy + radius;
        box[5] = cz + radius;
    }
}
