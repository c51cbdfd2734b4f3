package tessera.raytrace;

/**
 * Places a model in the scene: a uniform scale, then rotations about x, y and z (degrees, in that
 * order), then a translation. Normals only turn, since the scale is uniform and positive.
 */
public final class MeshTransform {
    public static final MeshTransform IDENTITY = new MeshTransform(1, new Vec3(0, 0, 0), new Vec3(0, 0, 0));

    /** Row-major rotation. */
    private final double[] rotation;
    private final double scale;
    private final Vec3 translation;

    public MeshTransform(double scale, Vec3 rotationDegrees, Vec3 translation) {
        this.scale = scale;
        this.translation = translation;
        double[] x = axisRotation(rotationDegrees.x, 1, 2);
        double[] y = axisRotation(rotationDegrees.y, 2, 0);
        double[] z = axisRotation(rotationDegrees.z, 0, 1);
        this.rotation = multiply(z, multiply(y, x));
    }

    /** Writes the placed position of (x, y, z) into {@code out[at..at + 2]}. */
    void placePoint(double x, double y, double z, double[] out, int at) {
        out[at] = (rotation[0] * x + rotation[1] * y + rotation[2] * z) * scale + translation.x;
        out[at + 1] = (rotation[3] * x + rotation[4] * y + rotation[5] * z) * scale + translation.y;
        out[at + 2] = (rotation[6] * x + rotation[7] * y + rotation[8] * z) * scale + translation.z;
    }

    /** Writes the turned, unit-length normal (x, y, z) into {@code out[at..at + 2]}. */
    void turnNormal(double x, double y, double z, double[] out, int at) {
        double nx = rotation[0] * x + rotation[1] * y + rotation[2] * z;
        double ny = rotation[3] * x + rotation[4] * y + rotation[5] * z;
        double nz = rotation[6] * x + rotation[7] * y + rotation[8] * z;
        double inverse = 1.0 / Math.sqrt(nx * nx + ny * ny + nz * nz);
        out[at] = nx * inverse;
        out[at + 1] = ny * inverse;
        out[at + 2] = nz * inverse;
    }

    /** The rotation by {@code degrees} that turns axis {@code from} towards axis {@code to}. */
    private static double[] axisRotation(double degrees, int from, int to) {
        double radians = degrees * (Math.PI / 180.0);
        double cos = StrictMath.cos(radians);
        double sin = StrictMath.sin(radians);
        double[] m = {1, 0, 0, 0, 1, 0, 0, 0, 1};
        m[3 * from + from] = cos;
        m[3 * to + to] = cos;
        m[3 * to + from] = sin;
        m[3 * from + to] = -sin;
        return m;
    }

    private static double[] multiply(double[] a, double[] b) {
        double[] m = new double[9];
        for (int row = 0; row < 3; row++) {
            for (int column = 0; column < 3; column++) {
                m[3 * row + column] = a[3 * row] * b[column] + a[3 * row + 1] * b[3 + column] + a[3 * row + 2] * b[6 + column];
            }
        }
        return m;
    }
}
