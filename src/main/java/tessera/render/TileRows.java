package tessera.render;

/**
 * Where a tile's values sit in an int array: value (x, y) of the tile, channel c, is
 * {@code data[offset + y * stride + x * channels + c]}, channels being the buffer's (see
 * {@link PlanBuffer#channels}). A host points it at a whole frame or at a tile-sized array, as it
 * lays its buffers out; mutable, so that one serves every tile.
 */
public final class TileRows {
    /** The array, or null where the host keeps nothing of this kind. */
    public int[] data;
    public int offset;
    public int stride;

    public TileRows set(int[] data, int offset, int stride) {
        this.data = data;
        this.offset = offset;
        this.stride = stride;
        return this;
    }

    /** Points it at nothing: the host keeps none of this. */
    public TileRows none() {
        return set(null, 0, 0);
    }

    /** Sets the tile's values to 0: {@code width} × {@code channels} values in each of {@code height} rows. */
    public TileRows clear(int width, int height, int channels) {
        for (int y = 0; y < height; y++) {
            int row = offset + y * stride;
            java.util.Arrays.fill(data, row, row + width * channels, 0);
        }
        return this;
    }
}
