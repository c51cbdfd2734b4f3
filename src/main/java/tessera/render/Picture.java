package tessera.render;

/** A decoded image: pixels packed by {@link Rgba}, row-major. */
public final class Picture {
    public final int width;
    public final int height;
    public final int[] pixels;

    public Picture(int width, int height, int[] pixels) {
        if (width <= 0 || height <= 0 || pixels.length != width * height) {
            throw new IllegalArgumentException("picture of " + width + "×" + height + " with " + pixels.length + " pixels");
        }
        this.width = width;
        this.height = height;
        this.pixels = pixels;
    }
}
