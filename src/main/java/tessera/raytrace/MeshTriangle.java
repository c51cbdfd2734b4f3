package tessera.raytrace;

/** One triangle of a {@link Mesh}: seen from both sides, shaded smooth where the model gives normals. */
final class MeshTriangle extends Shape {
    private final Mesh mesh;
    private final int at;
    private final int index;

    MeshTriangle(Mesh mesh, int index, Material material) {
        super(material);
        this.mesh = mesh;
        this.index = index;
        this.at = Triangles.STRIDE * index;
    }

    @Override
    public double intersect(double ox, double oy, double oz, double dx, double dy, double dz) {
        return Triangles.intersect(mesh.corners, at, ox, oy, oz, dx, dy, dz);
    }

    @Override
    public boolean isTwoSided() {
        return true;
    }

    /** The corner normals weighted by the hit's barycentric coordinates, or the face's normal. */
    @Override
    public void normalAt(double hx, double hy, double hz, double[] normal) {
        int first = mesh.cornerNormals[3 * index];
        if (first < 0) {
            Triangles.normal(mesh.corners, at, normal);
            return;
        }
        Triangles.barycentric(mesh.corners, at, hx, hy, hz, normal);
        double wb = normal[0];
        double wc = normal[1];
        double wa = 1.0 - wb - wc;
        double[] normals = mesh.normals;
        int a = 3 * first;
        int b = 3 * mesh.cornerNormals[3 * index + 1];
        int c = 3 * mesh.cornerNormals[3 * index + 2];
        double x = wa * normals[a] + wb * normals[b] + wc * normals[c];
        double y = wa * normals[a + 1] + wb * normals[b + 1] + wc * normals[c + 1];
        double z = wa * normals[a + 2] + wb * normals[b + 2] + wc * normals[c + 2];
        double length = Math.sqrt(x * x + y * y + z * z);
        if (!(length > 0)) {
            Triangles.normal(mesh.corners, at, normal);
            return;
        }
        normal[0] = x / length;
        normal[1] = y / length;
        normal[2] = z / length;
    }

    /**
     * The hit point moved onto the curved surface the corner normals describe (Hanika, "Hacking the
     * shadow terminator", 2021): its offsets from the three corners, each pushed out of the corner's
     * tangent plane where it lies below it, weighted by the barycentric coordinates. Shadow rays from
     * there clear the neighbouring flat triangles that would otherwise shade a smooth coarse mesh in
     * facets where light grazes it.
     */
    @Override
    void shadowOrigin(double hx, double hy, double hz, double[] out) {
        int first = mesh.cornerNormals[3 * index];
        if (first < 0) {
            super.shadowOrigin(hx, hy, hz, out);
            return;
        }
        double[] c = mesh.corners;
        double[] normals = mesh.normals;
        Triangles.barycentric(c, at, hx, hy, hz, out);
        double wb = out[0];
        double wc = out[1];
        double wa = 1.0 - wb - wc;
        double ax = c[at];
        double ay = c[at + 1];
        double az = c[at + 2];
        double x = hx;
        double y = hy;
        double z = hz;
        for (int k = 0; k < 3; k++) {
            double w = k == 0 ? wa : k == 1 ? wb : wc;
            // Corner k: a, or a plus an edge.
            double vx = k == 0 ? ax : ax + c[at + 3 * k];
            double vy = k == 0 ? ay : ay + c[at + 3 * k + 1];
            double vz = k == 0 ? az : az + c[at + 3 * k + 2];
            int n = 3 * mesh.cornerNormals[3 * index + k];
            double tx = hx - vx;
            double ty = hy - vy;
            double tz = hz - vz;
            double below = Math.min(0.0, tx * normals[n] + ty * normals[n + 1] + tz * normals[n + 2]);
            x -= w * below * normals[n];
            y -= w * below * normals[n + 1];
            z -= w * below * normals[n + 2];
        }
        out[0] = x;
        out[1] = y;
        out[2] = z;
    }

    @Override
    public void textureCoordsAt(double hx, double hy, double hz, double[] uv) {
        Triangles.barycentric(mesh.corners, at, hx, hy, hz, uv);
        uv[0] = (float) uv[0];
        uv[1] = (float) uv[1];
    }

    @Override
    double sampleDirection(double px, double py, double pz, SampleRandom random, double[] out) {
        return Triangles.sampleDirection(mesh.corners, at, px, py, pz, random, out);
    }

    @Override
    double directionDensity(double px, double py, double pz, double dx, double dy, double dz, double distance) {
        return Triangles.directionDensity(mesh.corners, at, dx, dy, dz, distance);
    }

    @Override
    public boolean packCorners(double[] out, int to) {
        System.arraycopy(mesh.corners, at, out, to, Triangles.STRIDE);
        return true;
    }

    @Override
    public void bounds(double[] box) {
        Triangles.bounds(mesh.corners, at, box);
    }
}
