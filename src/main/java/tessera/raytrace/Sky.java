package tessera.raytrace;

/**
 * What a ray that meets nothing sees (extension): an environment whose radiance goes from the
 * horizon's straight up to the zenith's with the height of the direction (the sine of its
 * elevation), and stays the horizon's below it. With one colour it is uniform.
 */
public final class Sky {
    public static final Sky NONE = new Sky(0, 0, 0);

    private final double zenithRed;
    private final double zenithGreen;
    private final double zenithBlue;
    private final double horizonRed;
    private final double horizonGreen;
    private final double horizonBlue;

    /** A uniform sky. */
    public Sky(double red, double green, double blue) {
        this(red, green, blue, red, green, blue);
    }

    public Sky(double zenithRed, double zenithGreen, double zenithBlue, double horizonRed, double horizonGreen, double horizonBlue) {
        this.zenithRed = zenithRed;
        this.zenithGreen = zenithGreen;
        this.zenithBlue = zenithBlue;
        this.horizonRed = horizonRed;
        this.horizonGreen = horizonGreen;
        this.horizonBlue = horizonBlue;
    }

    public boolean isDark() {
        return !(zenithRed > 0 || zenithGreen > 0 || zenithBlue > 0 || horizonRed > 0 || horizonGreen > 0 || horizonBlue > 0);
    }

    /** The radiance seen along a unit direction whose y component is {@code dy}, into {@code out[0..2]}. */
    void radiance(double dy, double[] out) {
        double up = dy > 0 ? dy : 0;
        out[0] = horizonRed + (zenithRed - horizonRed) * up;
        out[1] = horizonGreen + (zenithGreen - horizonGreen) * up;
        out[2] = horizonBlue + (zenithBlue - horizonBlue) * up;
    }
}
