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
     * Null, or the pass leaves a side output besides its pixels (written to {@link TileJob#side}),
     * which a host may keep in the spare buffer, and this names everything that side output is a
     * function of. A later render whose plan's {@link RenderPlan#reuse} pass needs the same key
     * runs that pass alone (a new palette over the same escape data recolours without iterating).
     */
    public final String keeps;
    /**
     * Whether the pass runs in the plan's batches ({@link RenderPlan#batches}), each adding to the
     * tile's running sums ({@link PlanBuffer#SUMS}) and writing the picture so far.
     */
    public final boolean accumulates;

    public Pass(TileGrid grid, int halo, boolean readsInput) {
        this(grid, halo, readsInput, null, false);
    }

    public Pass(TileGrid grid, int halo, boolean readsInput, String keeps) {
        this(grid, halo, readsInput, keeps, false);
    }

    private Pass(TileGrid grid, int halo, boolean readsInput, String keeps, boolean accumulates) {
        this.grid = grid;
        this.halo = halo;
        this.readsInput = readsInput;
        this.keeps = keeps;
        this.accumulates = accumulates;
    }

    /** A pass of {@code grid}'s tiles that reads nothing and adds each batch to the running sums. */
    public static Pass accumulating(TileGrid grid) {
        return new Pass(grid, 0, false, null, true);
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
