package tessera.raytrace;

/** What a ray that meets nothing sees (extension): a uniform environment of the given radiance. */
public final class Sky {
    public static final Sky NONE = new Sky(0, 0, 0);

    public final double red;
    public final double green;
    public final double blue;

    public Sky(double red, double green, double blue) {
        this.red = red;
        this.green = green;
        this.blue = blue;
    }

    public boolean isDark() {
        return !(red > 0 || green > 0 || blue > 0);
    }
}
