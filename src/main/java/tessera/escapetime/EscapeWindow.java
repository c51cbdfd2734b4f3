package tessera.escapetime;

/**
 * The escape data ({@link EscapeData}) of a rectangle of a frame, as a palette reads it: pixel
 * (x, y) of the frame is {@code data[(y − top) · stride + x − left]}. Mutable so that one window
 * serves every tile.
 */
public final class EscapeWindow {
    private int[] data;
    private int left;
    private int top;
    private int stride;
    /** The frame's size: a pixel at its edge has no neighbour beyond it. */
    public int frameWidth;
    public int frameHeight;

    public EscapeWindow set(int[] data, int left, int top, int stride, int frameWidth, int frameHeight) {
        this.data = data;
        this.left = left;
        this.top = top;
        this.stride = stride;
        this.frameWidth = frameWidth;
        this.frameHeight = frameHeight;
        return this;
    }

    /** The escape data of pixel (x, y) of the frame, which the window must hold. */
    public int at(int x, int y) {
        return data[(y - top) * stride + x - left];
    }
}
