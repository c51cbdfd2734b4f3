package tessera.render;

/**
 * One pass over the frame, cut into tiles. Every tile of a pass is finished before any tile of the
 * next starts; a pass that reads input sees the previous pass's output (the source picture for the
 * first), including {@code halo} rows above and below each of its tiles.
 */
public final class Pass {
    public final TileGrid grid;
    public final int halo;
    public final boolean readsInput;

    public Pass(TileGrid grid, int halo, boolean readsInput) {
        this.grid = grid;
        this.halo = halo;
        this.readsInput = readsInput;
    }

    /** The first image row a tile of this pass reads. */
    public int firstInputRow(Tile tile) {
        return Math.max(0, tile.y - halo);
    }

    /** One past the last image row a tile of this pass reads. */
    public int endInputRow(Tile tile) {
        return Math.min(grid.height(), tile.y + tile.height + halo);
    }

    /** The most rows any tile of this pass reads. */
    public int maxInputRows() {
        return Math.min(grid.height(), grid.maxTileHeight() + 2 * halo);
    }
}
