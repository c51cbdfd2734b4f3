package tessera.raytrace;

/** A triangle (extension): Möller–Trumbore intersection, visible from both sides, barycentric texture coordinates. */
public final class Triangle extends Shape {
    private static final double EPSILON = 1e-12;
    private final Vec3 a;
    private final double e1x;
    private final double e1y;
    private final double e1z;
    private final double e2x;
    private final double e2y;
    private final double e2z;
    private final double nx;
    private final double ny;
    private final double nz;
    private final Vec3 b;
    private final Vec3 c;

    public Triangle(Vec3 a, Vec3 b, Vec3 c, Material material) {
        super(material);
        this.a = a;
        this.b = b;
        this.c = c;
        Vec3 e1 = b.minus(a);
        Vec3 e2 = c.minus(a);
        e1x = e1.x;
        e1y = e1.y;
        e1z = e1.z;
        e2x = e2.x;
        e2y = e2.y;
        e2z = e2.z;
        Vec3 n = e1.cross(e2).normalize();
        nx = n.x;
        ny = n.y;
        nz = n.z;
    }

    @Override
    public double intersect(double ox, double oy, double oz, double dx, double dy, double dz) {
        double px = dy * e2z - dz * e2y;
        double py = dz * e2x - dx * e2z;
        double pz = dx * e2y - dy * e2x;
        double determinant = e1x * px + e1y * py + e1z * pz;
        if (determinant > -EPSILON && determinant < EPSILON) {
            return MISS;
        }
        double inverse = 1.0 / determinant;
        double tx = ox - a.x;
        double ty = oy - a.y;
        double tz = oz - a.z;
        double u = (tx * px + ty * py + tz * pz) * inverse;
        if (u < 0.0 || u > 1.0) {
            return MISS;
        }
        double qx = ty * e1z - tz * e1y;
        double qy = tz * e1x - tx * e1z;
        double qz = tx * e1y - ty * e1x;
        double v = (dx * qx + dy * qy + dz * qz) * inverse;
        if (v < 0.0 || u + v > 1.0) {
            return MISS;
        }
        double t = (e2x * qx + e2y * qy + e2z * qz) * inverse;
        return t >= 0.0 ? t : MISS;
    }

    @Override
    public boolean isTwoSided() {
        return true;
    }

    /** The normal of a, b, c counter-clockwise; the tracer turns it towards the ray. */
    @Override
    public void normalAt(double hx, double hy, double hz, double[] normal) {
        normal[0] = nx;
        normal[1] = ny;
        normal[2] = nz;
    }

    @Override
    public void textureCoordsAt(double hx, double hy, double hz, float[] uv) {
        double x = hx - a.x;
        double y = hy - a.y;
        double z = hz - a.z;
        double d00 = e1x * e1x + e1y * e1y + e1z * e1z;
        double d01 = e1x * e2x + e1y * e2y + e1z * e2z;
        double d11 = e2x * e2x + e2y * e2y + e2z * e2z;
        double d20 = x * e1x + y * e1y + z * e1z;
        double d21 = x * e2x + y * e2y + z * e2z;
        double denominator = d00 * d11 - d01 * d01;
        uv[0] = (float) ((d11 * d20 - d01 * d21) / denominator);
        uv[1] = (float) ((d00 * d21 - d01 * d20) / denominator);
    }

    @Override
    public void bounds(double[] box) {
        box[0] = Math.min(a.x, Math.min(b.x, c.x));
        box[1] = Math.min(a.y, Math.min(b.y, c.y));
        box[2] = Math.min(a.z, Math.min(b.z, c.z));
        box[3] = Math.max(a.x, Math.max(b.x, c.x));
        box[4] = Math.max(a.y, Math.max(b.y, c.y));
        box[5] = Math.max(a.z, Math.max(b.z, c.z));
    }
}
