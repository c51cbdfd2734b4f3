package tessera.raytrace;

/** A procedural checkerboard (extension): squares of {@code size} texture units in two colours. */
public final class Checkerboard implements Coloration {
    private final float size;
    private final SolidColor even;
    private final SolidColor odd;

    public Checkerboard(float size, SolidColor even, SolidColor odd) {
        this.size = size;
        this.even = even;
        this.odd = odd;
    }

    @Override
    public void color(float u, float v, float[] rgb) {
        long cell = (long) Math.floor(u / size) + (long) Math.floor(v / size);
        ((cell & 1) == 0 ? even : odd).color(u, v, rgb);
    }
}
