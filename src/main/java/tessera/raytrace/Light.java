package tessera.raytrace;

/** A light source as the reference crate models it. */
public abstract class Light {
    public final float red;
    public final float green;
    public final float blue;

    protected Light(float red, float green, float blue) {
        this.red = red;
        this.green = green;
        this.blue = blue;
    }

    /** Writes the unit direction from the hit point towards the light into {@code out[0..2]}. */
    public abstract void directionFrom(double hx, double hy, double hz, double[] out);

    /** Light arriving at the hit point. */
    public abstract float intensityAt(double hx, double hy, double hz);

    /** Distance from the hit point to the light; infinite for a directional light. */
    public abstract double distanceFrom(double hx, double hy, double hz);
}
