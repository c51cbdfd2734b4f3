package tessera.raytrace;

/**
 * Random directions for the path tracer, from square roots and divisions only (no sine or cosine,
 * whose last bits differ between engines): an angle is drawn as a point of the unit disc by rejection.
 */
final class Directions {
    private Directions() {
    }

    /** A uniform point of the unit disc into {@code out[0..1]}. */
    static void disc(SampleRandom random, double[] out) {
        double x;
        double y;
        do {
            x = 2.0 * random.next() - 1.0;
            y = 2.0 * random.next() - 1.0;
        } while (x * x + y * y >= 1.0);
        out[0] = x;
        out[1] = y;
    }

    /**
     * A direction around the unit axis (ax, ay, az) at cosine {@code cos} from it, turned by a uniform
     * angle, into {@code out[0..2]}.
     */
    static void around(double ax, double ay, double az, double cos, SampleRandom random, double[] out) {
        disc(random, out);
        double r = Math.sqrt(out[0] * out[0] + out[1] * out[1]);
        double sin = Math.sqrt(Math.max(0.0, 1.0 - cos * cos));
        // A point of the disc other than its centre gives the angle; the centre itself (probability 0) any angle.
        double c = r > 0 ? out[0] / r : 1.0;
        double s = r > 0 ? out[1] / r : 0.0;
        // Duff et al.'s orthonormal basis around the axis.
        double sign = az >= 0 ? 1.0 : -1.0;
        double a = -1.0 / (sign + az);
        double b = ax * ay * a;
        double tx = 1.0 + sign * ax * ax * a;
        double ty = sign * b;
        double tz = -sign * ax;
        double bx = b;
        double by = sign + ay * ay * a;
        double bz = -ay;
        double u = sin * c;
        double v = sin * s;
        out[0] = tx * u + bx * v + ax * cos;
        out[1] = ty * u + by * v + ay * cos;
        out[2] = tz * u + bz * v + az * cos;
    }

    /** A cosine-weighted direction about the unit normal (density cos θ / π), into {@code out[0..2]}. */
    static void cosineWeighted(double nx, double ny, double nz, SampleRandom random, double[] out) {
        double r2 = random.next();
        around(nx, ny, nz, Math.sqrt(1.0 - r2), random, out);
    }

    /** A uniform direction over the whole sphere (density 1 / 4π), into {@code out[0..2]}. */
    static void uniformSphere(SampleRandom random, double[] out) {
        around(0, 0, 1, 1.0 - 2.0 * random.next(), random, out);
    }
}
