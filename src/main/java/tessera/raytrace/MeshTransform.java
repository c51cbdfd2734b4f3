package tessera.raytrace;

/**
 * Places a model in the scene: a move of {@code centre} to the origin, a uniform scale, then
 * rotations about x, y and z (degrees, in that order), then a translation. Normals only turn, since
 * the scale is uniform and positive.
 */
public final class MeshTransform {
    public static final MeshTransform IDENTITY = new MeshTransform(new Vec3(0, 0, 0), 1, new Vec3(0, 0, 0), new Vec3(0, 0, 0));

    /** Row-major rotation. */
    private final double[] rotation;
    private final Vec3 centre;
    private final double scale;
    private final Vec3 translation;

    public MeshTransform(Vec3 centre, double scale, Vec3 rotationDegrees, Vec3 translation) {
        this.centre = centre;
        this.scale = scale;
        this.translation = translation;
        double[] x = axisRotation(rotationDegrees.x, 1, 2);
        double[] y = axisRotation(rotationDegrees.y, 2, 0);
        double[] z = axisRotation(rotationDegrees.z, 0, 1);
        this.rotation = multiply(z, multiply(y, x));
    }

    /** Writes the placed position of (x, y, z) into {@code out[at..at + 2]}. */
    void placePoint(double px, double py, double pz, double[] out, int at) {
        double x = px - centre.x;
        double y = py - centre.y;
        double z = pz - centre.z;
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
        double[] sinCos = sinCos(degrees);
        double sin = sinCos[0];
        double cos = sinCos[1];
        double[] m = {1, 0, 0, 0, 1, 0, 0, 0, 1};
        m[3 * from + from] = cos;
        m[3 * to + to] = cos;
        m[3 * to + from] = sin;
        m[3 * from + to] = -sin;
        return m;
    }

    /**
     * The sine and cosine of an angle of at most 360 degrees either way, from additions and
     * multiplications alone: the engine's own sine (which the browser's StrictMath calls) may differ
     * in the last bit between engines, and a mesh must be the same triangles everywhere. Quarter
     * turns are taken off exactly, the rest brought within 45 degrees, where short Taylor series are
     * good to a unit in the last place.
     */
    static double[] sinCos(double degrees) {
        double d = degrees < 0 ? degrees + 360.0 : degrees;
        int quarters = 0;
        while (d >= 90.0) {
            d -= 90.0;
            quarters++;
        }
        boolean complement = d > 45.0;
        double x = (complement ? 90.0 - d : d) * (Math.PI / 180.0);
        double x2 = x * x;
        double sin = x * (1 + x2 * (-1.0 / 6 + x2 * (1.0 / 120 + x2 * (-1.0 / 5040 + x2 * (1.0 / 362880
                + x2 * (-1.0 / 39916800 + x2 * (1.0 / 6227020800.0 + x2 * (-1.0 / 1307674368000.0))))))));
        double cos = 1 + x2 * (-0.5 + x2 * (1.0 / 24 + x2 * (-1.0 / 720 + x2 * (1.0 / 40320 + x2 * (-1.0 / 3628800
                + x2 * (1.0 / 479001600 + x2 * (-1.0 / 87178291200.0 + x2 * (1.0 / 20922789888000.0))))))));
        if (complement) {
            double swap = sin;
            sin = cos;
            cos = swap;
        }
        switch (quarters % 4) {
            case 1:
                return new double[] {cos, -sin};
            case 2:
                return new double[] {-sin, -cos};
            case 3:
                return new double[] {-cos, sin};
            default:
                return new double[] {sin, cos};
        }
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
