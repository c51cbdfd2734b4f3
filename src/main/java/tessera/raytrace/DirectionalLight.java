package tessera.raytrace;

/** Light from infinitely far along {@code direction} (a unit vector), with no falloff. */
public final class DirectionalLight extends Light {
    private final double dx;
    private final double dy;
    private final double dz;
    private final float intensity;

    public DirectionalLight(Vec3 direction, float red, float green, float blue, float intensity) {
        super(red, green, blue);
        this.dx = direction.x;
        this.dy = direction.y;
        this.dz = direction.z;
        this.intensity = intensity;
    }

    @Override
    public void directionFrom(double hx, double hy, double hz, double[] out) {
        out[0] = -dx;
        out[1] = -dy;
        out[2] = -dz;
    }

    @Override
    public float intensityAt(double hx, double hy, double hz) {
        return intensity;
    }

    @Override
    public double distanceFrom(double hx, double hy, double hz) {
        return Double.POSITIVE_INFINITY;
    }
}
