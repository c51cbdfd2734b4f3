package tessera.render;

import java.util.ArrayList;
import java.util.List;

/**
 * Everything about a render that is geometry: the frame, its passes and their tiles, which rows of
 * its input each tile reads, and which buffer each pass reads and writes. Built once per render,
 * in one place, and read by every host (the browser's workers, the JVM's threads, the benchmark),
 * so none of them works any of this out for itself.
 */
public final class RenderPlan {
    public final Workload workload;
    public final int width;
    public final int height;
    public final int workers;
    public final List<Pass> passes;
    /**
     * Null, or the pass that makes the picture on its own from what the passes leave in the spare
     * (see {@link Workload#reusePass}), numbered {@link #reuseIndex()}: it reads the spare and writes the frame.
     */
    public final Pass reuse;
    private final int[] batchEnds;

    private RenderPlan(Workload workload, int workers, List<Pass> passes, Pass reuse, int[] batchEnds) {
        this.workload = workload;
        this.width = workload.width();
        this.height = workload.height();
        this.workers = workers;
        this.passes = List.copyOf(passes);
        this.reuse = reuse;
        this.batchEnds = batchEnds == null ? new int[] {1} : batchEnds.clone();
    }

    /** @param workers how many workers or threads render it, decided by {@link RenderRequest#workers} */
    public static RenderPlan of(Workload workload, int tileSize, int workers) {
        return new RenderPlan(workload, workers, workload.passes(tileSize), workload.reusePass(tileSize), workload.batches());
    }

    /**
     * How many batches the passes that accumulate run in (1 for a plan without such passes): batch
     * k of a tile adds to what batches 0 … k − 1 left in its sums. A host that shows the picture
     * as it converges runs batch after batch over the whole frame, keeping the sums in a frame-sized
     * buffer; one that shows only the end may run each tile's batches one after another with the
     * tile's sums alone. Both make the same bytes.
     */
    public int batches() {
        return batchEnds.length;
    }

    /** The workload's measure of what is done after batch {@code batch} (samples per pixel, for path tracing); 1 for a plan in one batch. */
    public int batchEnd(int batch) {
        return batchEnds[batch];
    }

    /** Whether any pass runs in batches: the plan then has {@link PlanBuffer#SUMS}. */
    public boolean accumulates() {
        for (Pass pass : passes) {
            if (pass.accumulates) {
                return true;
            }
        }
        return false;
    }

    /** The number the reuse pass goes by: one past the last pass. */
    public int reuseIndex() {
        return passes.size();
    }

    /** Pass {@code index}: one of {@link #passes}, or at {@link #reuseIndex()} the reuse pass. */
    public Pass pass(int index) {
        return index == reuseIndex() && reuse != null ? reuse : passes.get(index);
    }

    /**
     * What the reuse pass needs to find in the spare: the key of the side output the last pass
     * leaving one left there, or null.
     */
    public String reuseNeeds() {
        if (reuse == null) {
            return null;
        }
        String kept = null;
        for (int p = 0; p < passes.size(); p++) {
            if (passes.get(p).keeps != null) {
                kept = passes.get(p).keeps;
            } else if (output(p) == PlanBuffer.SPARE) {
                kept = null;
            }
        }
        return kept;
    }

    public int lastPass() {
        return passes.size() - 1;
    }

    /** The tiles of the last pass, the ones that make the picture. */
    public int tiles() {
        return passes.get(lastPass()).grid.tileCount();
    }

    public Tile tile(int pass, int index) {
        return pass(pass).grid.tile(index);
    }

    /** Passes alternate between the frame and the spare so that the last one writes the frame; so does the reuse pass. */
    public PlanBuffer output(int pass) {
        if (pass == reuseIndex()) {
            return PlanBuffer.FRAME;
        }
        return (lastPass() - pass) % 2 == 0 ? PlanBuffer.FRAME : PlanBuffer.SPARE;
    }

    public PlanBuffer input(int pass) {
        if (!pass(pass).readsInput) {
            return PlanBuffer.NONE;
        }
        if (pass == reuseIndex()) {
            return PlanBuffer.SPARE;
        }
        return pass == 0 ? PlanBuffer.SOURCE : output(pass - 1);
    }

    /** Where pass {@code pass} leaves its side output: the spare, for a pass that {@link Pass#keeps} one; else none. */
    public PlanBuffer side(int pass) {
        return pass(pass).keeps != null ? PlanBuffer.SPARE : PlanBuffer.NONE;
    }

    /** The running sums pass {@code pass} adds its batches to: {@link PlanBuffer#SUMS} for a pass that accumulates, else none. */
    public PlanBuffer sums(int pass) {
        return pass(pass).accumulates ? PlanBuffer.SUMS : PlanBuffer.NONE;
    }

    /**
     * Every buffer the passes (and the reuse pass) read or write, in the order of {@link PlanBuffer}:
     * what a host allocates (the source comes with the request). Side outputs and sums included: a
     * host may keep them elsewhere, or not at all (see {@link #batches}).
     */
    public List<PlanBuffer> buffers() {
        boolean[] used = new boolean[PlanBuffer.values().length];
        int count = passes.size() + (reuse == null ? 0 : 1);
        for (int p = 0; p < count; p++) {
            used[input(p).ordinal()] = true;
            used[output(p).ordinal()] = true;
            used[side(p).ordinal()] = true;
            used[sums(p).ordinal()] = true;
        }
        List<PlanBuffer> buffers = new ArrayList<>();
        for (PlanBuffer buffer : PlanBuffer.values()) {
            if (used[buffer.ordinal()] && buffer != PlanBuffer.NONE) {
                buffers.add(buffer);
            }
        }
        return buffers;
    }

    /** Whether the passes pass pictures through the spare (side outputs aside: a host may keep them there, or not). */
    public boolean needsSpare() {
        for (int p = 0; p < passes.size(); p++) {
            if (output(p) == PlanBuffer.SPARE) {
                return true;
            }
        }
        return false;
    }

    /**
     * The width of {@code buffer} in pixels: a pass's tiles are in its output buffer's pixels and its
     * input rows in its input buffer's. Every buffer of today's workloads is the frame's size.
     */
    public int bufferWidth(PlanBuffer buffer) {
        return width;
    }

    /** The height of {@code buffer} in pixels; see {@link #bufferWidth}. */
    public int bufferHeight(PlanBuffer buffer) {
        return height;
    }

    /** The first image row tile {@code index} of {@code pass} reads. */
    public int firstInputRow(int pass, int index) {
        return pass(pass).firstInputRow(tile(pass, index));
    }

    /** How many image rows, from {@link #firstInputRow}, tile {@code index} of {@code pass} reads (0 if none). */
    public int inputRowCount(int pass, int index) {
        Pass p = pass(pass);
        if (!p.readsInput) {
            return 0;
        }
        Tile tile = tile(pass, index);
        return p.endInputRow(tile) - p.firstInputRow(tile);
    }

    /** The most input pixels any one tile reads: the size a host's input window needs. */
    public int maxInputPixels() {
        int most = reuse == null ? 0 : reuse.maxInputRows() * width;
        for (Pass pass : passes) {
            if (pass.readsInput) {
                most = Math.max(most, pass.maxInputRows() * width);
            }
        }
        return most;
    }

    /** The size a host's buffer for one tile's sums needs: the most pixels of a tile of a pass that accumulates, times the channels. */
    public int maxTileSums() {
        int most = 0;
        for (Pass pass : passes) {
            if (pass.accumulates) {
                most = Math.max(most, pass.grid.maxTileArea());
            }
        }
        return most * PlanBuffer.SUMS.channels();
    }

    /** The most pixels any one tile has: the size a host's tile buffer needs. */
    public int maxTilePixels() {
        int most = reuse == null ? 0 : reuse.grid.maxTileArea();
        for (Pass pass : passes) {
            most = Math.max(most, pass.grid.maxTileArea());
        }
        return most;
    }
}
