package tessera.raytrace;

/** A point light whose intensity falls off as {@code intensity / (4π r²)}. */
public final class SphericalLight extends Light {
    private static final float PI = (float) Math.PI;
    private final double px;
    private final double py;
    private final double pz;
    private final float intensity;

    public SphericalLight(Vec3 position, float red, float green, float blue, float intensity) {
        super(red, green, blue);
        this.px = position.x;
        this.py = position.y;
        this.pz = position.z;
        this.intensity = intensity;
    }

    @Override
    public void directionFrom(double hx, double hy, double hz, double[] out) {
        double x = px - hx;
        double y = py - hy;
        double z = pz - hz;
        double inverse = 1.0 / Math.sqrt(x * x + y * y + z * z);
        out[0] = x * inverse;
        out[1] = y * inverse;
        out[2] = z * inverse;
    }

    @Override
    public float intensityAt(double hx, double hy, double hz) {
        double x = px - hx;
        double y = py - hy;
        double z = pz - hz;
        float r2 = (float) (x * x + y * y + z * z);
        return intensity / (4.0f * PI * r2);
    }

    @Override
    public double distanceFrom(double hx, double hy, double hz) {
        double x = px - hx;
        double y = py - hy;
        double z = pz - hz;
        return Math.sqrt(x * x + y * y + z * z);
    }
}
