package tessera.render;

/** The dimensions of a picture, known before (or without) its pixels. */
public final class PictureSize {
    public final int width;
    public final int height;

    public PictureSize(int width, int height) {
        this.width = width;
        this.height = height;
    }
}
