package tessera.render;

/**
 * One tile of one pass, in one batch, for a {@link TileRenderer}: what it reads and where it writes,
 * as the plan names the buffers ({@link RenderPlan#input}, {@link RenderPlan#output},
 * {@link RenderPlan#side}, {@link RenderPlan#sums}) and the host lays them out. A host fills one job
 * per thread or worker and reuses it from tile to tile, so rendering allocates nothing.
 */
public final class TileJob {
    public int pass;
    /** For a plan in batches ({@link RenderPlan#batches}), the batch this render adds; 0 otherwise. */
    public int batch;
    public Tile tile;
    /** The pass's input rows, or null for a pass that reads none. */
    public FrameWindow input;
    /** Where the tile's pixels go, packed by {@link Rgba}. */
    public final TileRows output = new TileRows();
    /** Where a pass that keeps a side output ({@link Pass#keeps}) writes it; {@code data} is null where the host keeps none. */
    public final TileRows side = new TileRows();
    /**
     * For a pass that accumulates ({@link Pass#accumulates}), the tile's running sums, read and
     * written: zero before batch 0, what the batch before left after it.
     */
    public final TileRows sums = new TileRows();

    /** Sets the tile and what it reads; where it writes stays as the host set it. */
    public TileJob at(int pass, Tile tile, FrameWindow input) {
        this.pass = pass;
        this.tile = tile;
        this.input = input;
        return this;
    }

    /**
     * Renders the tile as a host that shows only the finished picture does: a pass that accumulates
     * runs every batch of {@code plan} one after another, the tile's sums in {@code scratch} from
     * zero (at least {@link RenderPlan#maxTileSums} long); any other pass once.
     */
    public void renderWhole(TileRenderer renderer, RenderPlan plan, int[] scratch) {
        if (plan.pass(pass).accumulates) {
            sums.set(scratch, 0, PlanBuffer.SUMS.channels() * tile.width).clear(tile.width, tile.height, PlanBuffer.SUMS.channels());
            renderBatches(renderer, 0, plan.batches());
        } else {
            sums.none();
            batch = 0;
            renderer.render(this);
        }
    }

    /** Renders batches [from, to) of the tile one after another, each adding to the sums the one before left. */
    public void renderBatches(TileRenderer renderer, int from, int to) {
        for (int b = from; b < to; b++) {
            batch = b;
            renderer.render(this);
        }
    }
}
