package tessera.render;

/**
 * Consecutive full-width rows of a frame, as a stage reads its input: pixel (x, y) of the frame is
 * {@code pixels[(y - firstRow) * width + x]}. On the JVM it is the whole previous frame; in a
 * worker, the rows of it the page copied in. Mutable so one window serves every tile.
 */
public final class FrameWindow {
    public int[] pixels;
    public int firstRow;
    public int width;
    public int height;

    public FrameWindow set(int[] pixels, int firstRow, int width, int height) {
        this.pixels = pixels;
        this.firstRow = firstRow;
        this.width = width;
        this.height = height;
        return this;
    }

    public int index(int x, int y) {
        return (y - firstRow) * width + x;
    }
}
