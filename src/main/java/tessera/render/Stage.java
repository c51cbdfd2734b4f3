package tessera.render;

/**
 * One pass over the frame. Every tile of a stage is finished before any tile of the next starts;
 * a stage that reads input sees the previous stage's output (the source picture for the first),
 * including {@code halo} rows above and below each of its tiles.
 */
public final class Stage {
    public final TileGrid grid;
    public final int halo;
    public final boolean readsInput;

    public Stage(TileGrid grid, int halo, boolean readsInput) {
        this.grid = grid;
        this.halo = halo;
        this.readsInput = readsInput;
    }

    /** The first image row a tile of this stage reads. */
    public int firstInputRow(Tile tile) {
        return Math.max(0, tile.y - halo);
    }

    /** One past the last image row a tile of this stage reads. */
    public int endInputRow(Tile tile) {
        return Math.min(grid.height(), tile.y + tile.height + halo);
    }

    /** The most rows any tile of this stage reads. */
    public int maxInputRows() {
        return Math.min(grid.height(), grid.maxTileHeight() + 2 * halo);
    }
}
