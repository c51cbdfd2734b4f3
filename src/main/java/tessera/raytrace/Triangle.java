package tessera.raytrace;

/** A triangle (extension): Möller–Trumbore intersection, visible from both sides, barycentric texture coordinates. */
public final class Triangle extends Shape {
    private final double[] corners = new double[Triangles.STRIDE];
    private final double[] normal = new double[3];

    public Triangle(Vec3 a, Vec3 b, Vec3 c, Material material) {
        super(material);
        Triangles.pack(a.x, a.y, a.z, b.x, b.y, b.z, c.x, c.y, c.z, corners, 0);
        Triangles.normal(corners, 0, normal);
    }

    @Override
    public double intersect(double ox, double oy, double oz, double dx, double dy, double dz) {
        return Triangles.intersect(corners, 0, ox, oy, oz, dx, dy, dz);
    }

    @Override
    public boolean isTwoSided() {
        return true;
    }

    /** The normal of a, b, c counter-clockwise; the tracer turns it towards the ray. */
    @Override
    public void normalAt(double hx, double hy, double hz, double[] normal) {
        normal[0] = this.normal[0];
        normal[1] = this.normal[1];
        normal[2] = this.normal[2];
    }

    @Override
    public void textureCoordsAt(double hx, double hy, double hz, double[] uv) {
        Triangles.barycentric(corners, 0, hx, hy, hz, uv);
        uv[0] = (float) uv[0];
        uv[1] = (float) uv[1];
    }

    @Override
    double sampleDirection(double px, double py, double pz, SampleRandom random, double[] out) {
        return Triangles.sampleDirection(corners, 0, px, py, pz, random, out);
    }

    @Override
    double directionDensity(double px, double py, double pz, double dx, double dy, double dz, double distance) {
        return Triangles.directionDensity(corners, 0, dx, dy, dz, distance);
    }

    @Override
    public boolean packCorners(double[] out, int at) {
        System.arraycopy(corners, 0, out, at, Triangles.STRIDE);
        return true;
    }

    @Override
    public void bounds(double[] box) {
        Triangles.bounds(corners, 0, box);
    }
}
