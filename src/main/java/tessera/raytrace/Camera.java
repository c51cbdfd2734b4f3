package tessera.raytrace;

/**
 * Primary rays. Without a camera in the scene this is the reference crate's: eye at the origin looking
 * down −z, {@code fov} the vertical field of view, the sensor scaled by the aspect ratio. With one
 * (extension), the same sensor is placed on the basis given by position, look_at and up.
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

    private Camera(Vec3 position, Vec3 right, Vec3 up, Vec3 forward, boolean positioned, double fov, int width, int height) {
        this.ox = position.x;
        this.oy = position.y;
        this.oz = position.z;
        this.right = right;
        this.up = up;
        this.forward = forward;
        this.positioned = positioned;
        this.fovAdjustment = StrictMath.tan(fov * (Math.PI / 180.0) / 2.0);
        this.aspectRatio = (double) width / (double) height;
        this.width = width;
        this.height = height;
    }

    /** The crate's camera. */
    public static Camera standard(double fov, int width, int height) {
        return new Camera(new Vec3(0, 0, 0), new Vec3(1, 0, 0), new Vec3(0, 1, 0), new Vec3(0, 0, -1), false, fov, width, height);
    }

    /**
     * A camera at {@code position} looking at {@code lookAt}.
     * @throws IllegalArgumentException if the two coincide or {@code up} is parallel to the view direction
     */
    public static Camera lookingAt(Vec3 position, Vec3 lookAt, Vec3 up, double fov, int width, int height) {
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
        return new Camera(position, right, right.cross(forward), forward, true, fov, width, height);
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
}
