package tessera.raytrace;

/**
 * Primary rays. Without a camera in the scene this is the reference crate's: eye at the origin looking
 * down −z, {@code fov} the vertical field of view, the sensor scaled by the aspect ratio. With one
 * (extension), the same sensor is placed on the basis given by position, look_at and up, and may have
 * a thin lens for depth of field.
 */
public final class Camera {
    private final double ox;
    private final double oy;
    private final double oz;
    private final Vec3 right;
    private final Vec3 up;
    private final Vec3 forward;
    private final boolean positioned;
    private final double fovAdjustment;
    private final double aspectRatio;
    private final double width;
    private final double height;
    /** Thin lens (path tracing): its diameter, 0 for a pinhole, and the distance in focus along the view direction. */
    private final double aperture;
    private final double focusDistance;

    private Camera(Vec3 position, Vec3 right, Vec3 up, Vec3 forward, boolean positioned, double fovAdjustment, int width,
            int height, double aperture, double focusDistance) {
        this.ox = position.x;
        this.oy = position.y;
        this.oz = position.z;
        this.right = right;
        this.up = up;
        this.forward = forward;
        this.positioned = positioned;
        this.fovAdjustment = fovAdjustment;
        this.aspectRatio = (double) width / (double) height;
        this.width = width;
        this.height = height;
        this.aperture = aperture;
        this.focusDistance = focusDistance;
    }

    /** The crate's camera. */
    public static Camera standard(double fov, int width, int height) {
        return new Camera(new Vec3(0, 0, 0), new Vec3(1, 0, 0), new Vec3(0, 1, 0), new Vec3(0, 0, -1), false,
                fovAdjustment(fov), width, height, 0, 1);
    }

    /**
     * A camera at {@code position} looking at {@code lookAt}.
     * @throws IllegalArgumentException if the two coincide or {@code up} is parallel to the view direction
     */
    public static Camera lookingAt(Vec3 position, Vec3 lookAt, Vec3 up, double fov, int width, int height) {
        return lookingAt(position, lookAt, up, fov, width, height, 0, 1);
    }

    /** As {@link #lookingAt(Vec3, Vec3, Vec3, double, int, int)}, with a lens of that diameter focused at that distance. */
    public static Camera lookingAt(Vec3 position, Vec3 lookAt, Vec3 up, double fov, int width, int height,
            double aperture, double focusDistance) {
        Vec3 toTarget = lookAt.minus(position);
        if (toTarget.length() == 0) {
            throw new IllegalArgumentException("look_at must differ from position");
        }
        Vec3 forward = toTarget.normalize();
        Vec3 side = forward.cross(up);
        if (!(side.length() > 1e-12)) {
            throw new IllegalArgumentException("up must not be parallel to the viewing direction");
        }
        Vec3 right = side.normalize();
        return new Camera(position, right, right.cross(forward), forward, true, fovAdjustment(fov), width, height,
                aperture, focusDistance);
    }

    private static double fovAdjustment(double fov) {
        return StrictMath.tan(fov * (Math.PI / 180.0) / 2.0);
    }

    double originX() {
        return ox;
    }

    double originY() {
        return oy;
    }

    double originZ() {
        return oz;
    }

    boolean hasLens() {
        return aperture > 0;
    }

    /** Writes the unit direction through sensor position (sx, sy), in pixels from the top left, into {@code out}. */
    void direction(double sx, double sy, double[] out) {
        double sensorX = (((sx / width) * 2.0 - 1.0) * aspectRatio) * fovAdjustment;
        double sensorY = (1.0 - (sy / height) * 2.0) * fovAdjustment;
        double x;
        double y;
        double z;
        if (positioned) {
            x = right.x * sensorX + up.x * sensorY + forward.x;
            y = right.y * sensorX + up.y * sensorY + forward.y;
            z = right.z * sensorX + up.z * sensorY + forward.z;
        } else {
            x = sensorX;
            y = sensorY;
            z = -1.0;
        }
        double inverse = 1.0 / Math.sqrt(x * x + y * y + z * z);
        out[0] = x * inverse;
        out[1] = y * inverse;
        out[2] = z * inverse;
    }

    /**
     * A ray through sensor position (sx, sy) and the point (lensX, lensY) of the unit disc on the lens:
     * origin into {@code ray[0..2]}, unit direction into {@code ray[3..5]}. All the rays through one
     * sensor position meet in the plane at the focus distance.
     */
    void lensRay(double sx, double sy, double lensX, double lensY, double[] ray) {
        direction(sx, sy, ray);
        double dx = ray[0];
        double dy = ray[1];
        double dz = ray[2];
        double along = focusDistance / (dx * forward.x + dy * forward.y + dz * forward.z);
        double radius = aperture * 0.5;
        double px = ox + (right.x * lensX + up.x * lensY) * radius;
        double py = oy + (right.y * lensX + up.y * lensY) * radius;
        double pz = oz + (right.z * lensX + up.z * lensY) * radius;
        double x = ox + dx * along - px;
        double y = oy + dy * along - py;
        double z = oz + dz * along - pz;
        double inverse = 1.0 / Math.sqrt(x * x + y * y + z * z);
        ray[0] = px;
        ray[1] = py;
        ray[2] = pz;
        ray[3] = x * inverse;
        ray[4] = y * inverse;
        ray[5] = z * inverse;
    }
}
