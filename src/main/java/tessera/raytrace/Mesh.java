package tessera.raytrace;

/**
 * A model placed in a scene: its triangles packed as {@link Triangles} reads them and, for smooth
 * shading, a unit normal at each corner. Triangles with no area are left out.
 */
public final class Mesh {
    final double[] corners;
    /** Unit normals, three doubles each. */
    final double[] normals;
    /** Three indices into {@link #normals} per triangle, or −1 at the first corner of a flat-shaded triangle. */
    final int[] cornerNormals;
    final int triangleCount;

    private Mesh(double[] corners, double[] normals, int[] cornerNormals, int triangleCount) {
        this.corners = corners;
        this.normals = normals;
        this.cornerNormals = cornerNormals;
        this.triangleCount = triangleCount;
    }

    public static Mesh place(ObjModel model, MeshTransform transform) {
        double[] placed = new double[3 * model.vertexCount];
        for (int v = 0; v < model.vertexCount; v++) {
            transform.placePoint(model.positions[3 * v], model.positions[3 * v + 1], model.positions[3 * v + 2], placed, 3 * v);
        }
        double[] normals = new double[3 * model.normalCount];
        for (int n = 0; n < model.normalCount; n++) {
            transform.turnNormal(model.normals[3 * n], model.normals[3 * n + 1], model.normals[3 * n + 2], normals, 3 * n);
        }
        double[] corners = new double[Triangles.STRIDE * model.triangleCount];
        int[] cornerNormals = new int[3 * model.triangleCount];
        int kept = 0;
        for (int t = 0; t < model.triangleCount; t++) {
            int a = 3 * model.cornerVertices[3 * t];
            int b = 3 * model.cornerVertices[3 * t + 1];
            int c = 3 * model.cornerVertices[3 * t + 2];
            int at = Triangles.STRIDE * kept;
            Triangles.pack(placed[a], placed[a + 1], placed[a + 2], placed[b], placed[b + 1], placed[b + 2],
                    placed[c], placed[c + 1], placed[c + 2], corners, at);
            if (!(Triangles.doubleArea(corners, at) > 0)) {
                continue;
            }
            System.arraycopy(model.cornerNormals, 3 * t, cornerNormals, 3 * kept, 3);
            kept++;
        }
        return new Mesh(corners, normals, cornerNormals, kept);
    }

    /** The largest absolute coordinate of any placed corner. */
    double extent() {
        double extent = 0;
        double[] box = new double[6];
        for (int t = 0; t < triangleCount; t++) {
            Triangles.bounds(corners, Triangles.STRIDE * t, box);
            for (double value : box) {
                extent = Math.max(extent, Math.abs(value));
            }
        }
        return extent;
    }
}
