package tessera.raytrace;

/**
 * An infinite plane. As in the reference crate, {@code normal} points away from the visible side:
 * a ray hits only when it travels along the normal, and the surface normal is its opposite.
 */
public final class Plane extends Shape {
    final double px;
    final double py;
    final double pz;
    final double nx;
    final double ny;
    final double nz;
    private final Vec3 xAxis;
    private final Vec3 yAxis;

    /** @param normal a unit vector */
    public Plane(Vec3 origin, Vec3 normal, Material material) {
        super(material);
        px = origin.x;
        py = origin.y;
        pz = origin.z;
        nx = normal.x;
        ny = normal.y;
        nz = normal.z;
        Vec3 x = normal.cross(new Vec3(0, 0, 1));
        if (x.length() == 0.0) {
            x = normal.cross(new Vec3(0, 1, 0));
        }
        xAxis = x;
        yAxis = normal.cross(x);
    }

    @Override
    public double intersect(double ox, double oy, double oz, double dx, double dy, double dz) {
        double denominator = nx * dx + ny * dy + nz * dz;
        if (denominator > 1e-6) {
            double distance = ((px - ox) * nx + (py - oy) * ny + (pz - oz) * nz) / denominator;
            if (distance >= 0.0) {
                return distance;
            }
        }
        return MISS;
    }

    @Override
    public void normalAt(double hx, double hy, double hz, double[] normal) {
        normal[0] = -nx;
        normal[1] = -ny;
        normal[2] = -nz;
    }

    @Override
    public void textureCoordsAt(double hx, double hy, double hz, double[] uv) {
        double x = hx - px;
        double y = hy - py;
        double z = hz - pz;
        uv[0] = (float) (x * xAxis.x + y * xAxis.y + z * xAxis.z);
        uv[1] = (float) (x * yAxis.x + y * yAxis.y + z * yAxis.z);
    }

    @Override
    public boolean isBounded() {
        return false;
    }

    @Override
    public void bounds(double[] box) {
        throw new UnsupportedOperationException("a plane has no bounds");
    }
}
