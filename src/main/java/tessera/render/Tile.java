package tessera.render;

/** A rectangle of the frame rendered as one unit of work. */
public final class Tile {
    public final int index;
    public final int x;
    public final int y;
    public final int width;
    public final int height;

    public Tile(int index, int x, int y, int width, int height) {
        this.index = index;
        this.x = x;
        this.y = y;
        this.width = width;
        this.height = height;
    }

    @Override
    public String toString() {
        return "tile " + index + " (" + x + "," + y + " " + width + "×" + height + ")";
    }
}
