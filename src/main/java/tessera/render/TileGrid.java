package tessera.render;

import java.util.Arrays;
import java.util.Comparator;

/**
 * Cuts a frame into square tiles (narrower at the right and bottom edges) and numbers them
 * centre-out, so a picture filling in grows from the middle, where the subject usually is.
 * Workers take tiles in index order from a shared counter.
 */
public final class TileGrid {
    private final int width;
    private final int height;
    private final int tileSize;
    private final Tile[] tiles;

    public TileGrid(int width, int height, int tileSize) {
        if (width <= 0 || height <= 0 || tileSize <= 0) {
            throw new IllegalArgumentException("grid " + width + "×" + height + " with tile size " + tileSize);
        }
        this.width = width;
        this.height = height;
        this.tileSize = tileSize;
        int columns = (width + tileSize - 1) / tileSize;
        int rows = (height + tileSize - 1) / tileSize;
        Integer[] order = new Integer[columns * rows];
        long[] distance = new long[order.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
            // Twice the offset of the tile's centre from the frame's centre, in integers to stay exact.
            long dx = 2L * (i % columns) * tileSize + Math.min(tileSize, width - (i % columns) * tileSize) - width;
            long dy = 2L * (i / columns) * tileSize + Math.min(tileSize, height - (i / columns) * tileSize) - height;
            distance[i] = dx * dx + dy * dy;
        }
        Arrays.sort(order, Comparator.<Integer>comparingLong(i -> distance[i]).thenComparingInt(i -> i));
        tiles = new Tile[order.length];
        for (int index = 0; index < order.length; index++) {
            int column = order[index] % columns;
            int row = order[index] / columns;
            int x = column * tileSize;
            int y = row * tileSize;
            tiles[index] = new Tile(index, x, y, Math.min(tileSize, width - x), Math.min(tileSize, height - y));
        }
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    public int tileSize() {
        return tileSize;
    }

    public int tileCount() {
        return tiles.length;
    }

    public Tile tile(int index) {
        return tiles[index];
    }
}
