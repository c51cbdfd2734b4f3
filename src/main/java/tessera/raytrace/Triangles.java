package tessera.raytrace;

/**
 * Möller–Trumbore intersection over triangles packed nine doubles each: corner a, edge b − a and
 * edge c − a. The one implementation of the test, so that a scene's triangle and a mesh's triangle,
 * tested here or inside the hierarchy's leaves, give the same bits.
 */
final class Triangles {
    /** Doubles per packed triangle. */
    static final int STRIDE = 9;
    private static final double EPSILON = 1e-12;

    private Triangles() {
    }

    /** Distance along the unit ray to the triangle at {@code corners[at..at + 8]}, or {@link Shape#MISS}. */
    static double intersect(double[] corners, int at, double ox, double oy, double oz, double dx, double dy, double dz) {
        double e1x = corners[at + 3];
        double e1y = corners[at + 4];
        double e1z = corners[at + 5];
        double e2x = corners[at + 6];
        double e2y = corners[at + 7];
        double e2z = corners[at + 8];
        double px = dy * e2z - dz * e2y;
        double py = dz * e2x - dx * e2z;
        double pz = dx * e2y - dy * e2x;
        double determinant = e1x * px + e1y * py + e1z * pz;
        // Parallel to the plane, relative to the lengths of the edges: against an absolute bound, a
        // small triangle's determinant is small anyway, and a large one's is not for a ray in its
        // plane (rounding alone leaves 10⁻¹¹ for edges of a few hundred), which then met it anywhere.
        double scale = (e1x * e1x + e1y * e1y + e1z * e1z) * (e2x * e2x + e2y * e2y + e2z * e2z);
        if (determinant * determinant <= EPSILON * EPSILON * scale) {
            return Shape.MISS;
        }
        double inverse = 1.0 / determinant;
        double tx = ox - corners[at];
        double ty = oy - corners[at + 1];
        double tz = oz - corners[at + 2];
        double u = (tx * px + ty * py + tz * pz) * inverse;
        if (u < 0.0 || u > 1.0) {
            return Shape.MISS;
        }
        double qx = ty * e1z - tz * e1y;
        double qy = tz * e1x - tx * e1z;
        double qz = tx * e1y - ty * e1x;
        double v = (dx * qx + dy * qy + dz * qz) * inverse;
        if (v < 0.0 || u + v > 1.0) {
            return Shape.MISS;
        }
        double t = (e2x * qx + e2y * qy + e2z * qz) * inverse;
        return t >= 0.0 ? t : Shape.MISS;
    }

    /** Packs corners a, b, c into {@code out[at..at + 8]}. */
    static void pack(double ax, double ay, double az, double bx, double by, double bz, double cx, double cy, double cz,
            double[] out, int at) {
        out[at] = ax;
        out[at + 1] = ay;
        out[at + 2] = az;
        out[at + 3] = bx - ax;
        out[at + 4] = by - ay;
        out[at + 5] = bz - az;
        out[at + 6] = cx - ax;
        out[at + 7] = cy - ay;
        out[at + 8] = cz - az;
    }

    /**
     * Barycentric weights of corners b and c for a point in the triangle's plane, into {@code out[0..1]}
     * (the weight of a is 1 minus both).
     */
    static void barycentric(double[] corners, int at, double hx, double hy, double hz, double[] out) {
        double e1x = corners[at + 3];
        double e1y = corners[at + 4];
        double e1z = corners[at + 5];
        double e2x = corners[at + 6];
        double e2y = corners[at + 7];
        double e2z = corners[at + 8];
        double x = hx - corners[at];
        double y = hy - corners[at + 1];
        double z = hz - corners[at + 2];
        double d00 = e1x * e1x + e1y * e1y + e1z * e1z;
        double d01 = e1x * e2x + e1y * e2y + e1z * e2z;
        double d11 = e2x * e2x + e2y * e2y + e2z * e2z;
        double d20 = x * e1x + y * e1y + z * e1z;
        double d21 = x * e2x + y * e2y + z * e2z;
        double denominator = d00 * d11 - d01 * d01;
        out[0] = (d11 * d20 - d01 * d21) / denominator;
        out[1] = (d00 * d21 - d01 * d20) / denominator;
    }

    /** The unit normal of the packed triangle, e1 × e2 (counter-clockwise a, b, c), into {@code out[0..2]}. */
    static void normal(double[] corners, int at, double[] out) {
        cross(corners, at, out);
        double inverse = 1.0 / Math.sqrt(out[0] * out[0] + out[1] * out[1] + out[2] * out[2]);
        out[0] *= inverse;
        out[1] *= inverse;
        out[2] *= inverse;
    }

    /** Twice the area: the length of e1 × e2. */
    static double doubleArea(double[] corners, int at) {
        double[] n = new double[3];
        cross(corners, at, n);
        return Math.sqrt(n[0] * n[0] + n[1] * n[1] + n[2] * n[2]);
    }

    /** e1 × e2, whose length is twice the area, into {@code out[0..2]}. */
    private static void cross(double[] corners, int at, double[] out) {
        double e1x = corners[at + 3];
        double e1y = corners[at + 4];
        double e1z = corners[at + 5];
        double e2x = corners[at + 6];
        double e2y = corners[at + 7];
        double e2z = corners[at + 8];
        out[0] = e1y * e2z - e1z * e2y;
        out[1] = e1z * e2x - e1x * e2z;
        out[2] = e1x * e2y - e1y * e2x;
    }

    /** Axis-aligned bounds of the packed triangle into {@code box[0..5]}. */
    static void bounds(double[] corners, int at, double[] box) {
        double ax = corners[at];
        double ay = corners[at + 1];
        double az = corners[at + 2];
        double bx = ax + corners[at + 3];
        double by = ay + corners[at + 4];
        double bz = az + corners[at + 5];
        double cx = ax + corners[at + 6];
        double cy = ay + corners[at + 7];
        double cz = az + corners[at + 8];
        box[0] = Math.min(ax, Math.min(bx, cx));
        box[1] = Math.min(ay, Math.min(by, cy));
        box[2] = Math.min(az, Math.min(bz, cz));
        box[3] = Math.max(ax, Math.max(bx, cx));
        box[4] = Math.max(ay, Math.max(by, cy));
        box[5] = Math.max(az, Math.max(bz, cz));
    }

    /** A uniformly drawn point of the packed triangle, seen from (px, py, pz): see {@link Shape#sampleDirection}. */
    static double sampleDirection(double[] corners, int at, double px, double py, double pz, SampleRandom random, double[] out) {
        double root = Math.sqrt(random.next());
        double wb = root * (1.0 - random.next());
        double wc = root - wb;
        double x = corners[at] + wb * corners[at + 3] + wc * corners[at + 6] - px;
        double y = corners[at + 1] + wb * corners[at + 4] + wc * corners[at + 7] - py;
        double z = corners[at + 2] + wb * corners[at + 5] + wc * corners[at + 8] - pz;
        double distance = Math.sqrt(x * x + y * y + z * z);
        if (!(distance > 0)) {
            return 0;
        }
        out[0] = x / distance;
        out[1] = y / distance;
        out[2] = z / distance;
        return directionDensity(corners, at, out[0], out[1], out[2], distance);
    }

    /** Area sampling's density in solid angle: distance² / (area × |cos| at the light). */
    static double directionDensity(double[] corners, int at, double dx, double dy, double dz, double distance) {
        // |(e1 × e2) · d| is the projected area twice over: the determinant of e1, e2 and d.
        double e1x = corners[at + 3];
        double e1y = corners[at + 4];
        double e1z = corners[at + 5];
        double projected = Math.abs(e1x * (corners[at + 7] * dz - corners[at + 8] * dy)
                + e1y * (corners[at + 8] * dx - corners[at + 6] * dz)
                + e1z * (corners[at + 6] * dy - corners[at + 7] * dx)) * 0.5;
        return projected > 0 ? distance * distance / projected : 0;
    }
}
