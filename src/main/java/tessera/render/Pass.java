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
    /**
     * Null, or the pass leaves a side output besides its pixels (see {@link TileRenderer#sideOutput}),
     * which a host may keep in the spare buffer, and this names everything that side output is a
     * function of. A later render whose plan's {@link RenderPlan#reuse} pass needs the same key
     * runs that pass alone (a new palette over the same escape data recolours without iterating).
     */
    public final String keeps;

    public Pass(TileGrid grid, int halo, boolean readsInput) {
        this(grid, halo, readsInput, null);
    }

    public Pass(TileGrid grid, int halo, boolean readsInput, String keeps) {
        this.grid = grid;
        this.halo = halo;
        this.readsInput = readsInput;
        this.keeps = keeps;
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
