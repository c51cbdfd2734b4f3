package tessera.render;

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

    private RenderPlan(Workload workload, int workers, List<Pass> passes, Pass reuse) {
        this.workload = workload;
        this.width = workload.width();
        this.height = workload.height();
        this.workers = workers;
        this.passes = List.copyOf(passes);
        this.reuse = reuse;
    }

    /** @param workers how many workers or threads render it, decided by {@link RenderRequest#workers} */
    public static RenderPlan of(Workload workload, int tileSize, int workers) {
        return new RenderPlan(workload, workers, workload.passes(tileSize), workload.reusePass(tileSize));
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

    /** Whether the passes need the spare frame at all (side outputs aside: a host may keep them there, or not). */
    public boolean needsSpare() {
        return passes.size() > 1;
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

    /** The most pixels any one tile has: the size a host's tile buffer needs. */
    public int maxTilePixels() {
        int most = reuse == null ? 0 : reuse.grid.maxTileArea();
        for (Pass pass : passes) {
            most = Math.max(most, pass.grid.maxTileArea());
        }
        return most;
    }
}
