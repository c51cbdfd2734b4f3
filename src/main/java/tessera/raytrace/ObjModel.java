package tessera.raytrace;

/**
 * What a Wavefront OBJ file holds for rendering: vertex positions, vertex normals and faces cut into
 * triangles, each corner naming a position and, where the file gives one, a normal (−1 where not).
 */
public final class ObjModel {
    public final double[] positions;
    public final int vertexCount;
    public final double[] normals;
    public final int normalCount;
    /** Three position indices per triangle. */
    public final int[] cornerVertices;
    /** Three normal indices per triangle, or −1 for a corner without one. */
    public final int[] cornerNormals;
    public final int triangleCount;

    ObjModel(double[] positions, int vertexCount, double[] normals, int normalCount, int[] cornerVertices,
            int[] cornerNormals, int triangleCount) {
        this.positions = positions;
        this.vertexCount = vertexCount;
        this.normals = normals;
        this.normalCount = normalCount;
        this.cornerVertices = cornerVertices;
        this.cornerNormals = cornerNormals;
        this.triangleCount = triangleCount;
    }

    /** The bounding box of the vertices: min x, y, z, max x, y, z. */
    public double[] bounds() {
        double[] box = {Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY,
            Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY};
        for (int v = 0; v < vertexCount; v++) {
            for (int axis = 0; axis < 3; axis++) {
                box[axis] = Math.min(box[axis], positions[3 * v + axis]);
                box[axis + 3] = Math.max(box[axis + 3], positions[3 * v + axis]);
            }
        }
        return box;
    }
}
