package tessera.raytrace;

/** One colour everywhere: the crate's {@code {"Color": {red, green, blue}}}. */
public final class SolidColor implements Coloration {
    final float red;
    final float green;
    final float blue;

    public SolidColor(float red, float green, float blue) {
        this.red = red;
        this.green = green;
        this.blue = blue;
    }

    @Override
    public void color(float u, float v, float[] rgb) {
        rgb[0] = red;
        rgb[1] = green;
        rgb[2] = blue;
    }
}
