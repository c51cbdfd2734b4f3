package tessera.render;

import java.util.Arrays;
import java.util.Comparator;

/**
 * Cuts a frame into tiles (square ones, or full-width bands) and numbers them centre-out, so a
 * picture filling in grows from the middle, where the subject usually is. Workers take tiles in
 * index order from a shared counter. Tiles at the right and bottom edges may be smaller.
 */
public final class TileGrid {
    private final int width;
    private final int height;
    private final int tileWidth;
    private final int tileHeight;
    private final Tile[] tiles;

    /** Square tiles of {@code tileSize}. */
    public TileGrid(int width, int height, int tileSize) {
        this(width, height, tileSize, tileSize);
    }

    private TileGrid(int width, int height, int tileWidth, int tileHeight) {
        if (width <= 0 || height <= 0 || tileWidth <= 0 || tileHeight <= 0) {
            throw new IllegalArgumentException("grid " + width + "×" + height + " with tiles of " + tileWidth + "×" + tileHeight);
        }
        this.width = width;
        this.height = height;
        this.tileWidth = tileWidth;
        this.tileHeight = tileHeight;
        int columns = (width + tileWidth - 1) / tileWidth;
        int rows = (height + tileHeight - 1) / tileHeight;
        Integer[] order = new Integer[columns * rows];
        long[] distance = new long[order.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
            // Twice the offset of the tile's centre from the frame's centre, in integers to stay exact.
            long dx = 2L * (i % columns) * tileWidth + Math.min(tileWidth, width - (i % columns) * tileWidth) - width;
            long dy = 2L * (i / columns) * tileHeight + Math.min(tileHeight, height - (i / columns) * tileHeight) - height;
            distance[i] = dx * dx + dy * dy;
        }
        Arrays.sort(order, Comparator.<Integer>comparingLong(i -> distance[i]).thenComparingInt(i -> i));
        tiles = new Tile[order.length];
        for (int index = 0; index < order.length; index++) {
            int column = order[index] % columns;
            int row = order[index] / columns;
            int x = column * tileWidth;
            int y = row * tileHeight;
            tiles[index] = new Tile(index, x, y, Math.min(tileWidth, width - x), Math.min(tileHeight, height - y));
        }
    }

    /** Full-width bands of {@code bandHeight} rows, for work that runs along whole rows. */
    public static TileGrid bands(int width, int height, int bandHeight) {
        return new TileGrid(width, height, width, bandHeight);
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    /** The most pixels any one tile has. */
    public int maxTileArea() {
        return tileWidth * tileHeight;
    }

    /** The most rows any one tile has. */
    public int maxTileHeight() {
        return tileHeight;
    }

    public int tileCount() {
        return tiles.length;
    }

    public Tile tile(int index) {
        return tiles[index];
    }
}
