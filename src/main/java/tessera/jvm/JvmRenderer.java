package tessera.jvm;

import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.atomic.AtomicInteger;
import tessera.render.Counters;
import tessera.render.FrameWindow;
import tessera.render.Pass;
import tessera.render.Picture;
import tessera.render.PlanBuffer;
import tessera.render.RenderPlan;
import tessera.render.Tile;
import tessera.render.TileJob;
import tessera.render.TileRenderer;

/**
 * Renders a plan on Java threads the way the browser does on workers: pass by pass, each thread
 * taking the next tile index from one atomic counter, all threads meeting at a barrier between
 * passes. Passes write straight into the whole buffers the plan names for them. Nothing is shown
 * before the end, so each tile's batches run one after another (see {@link RenderPlan#batches}),
 * its sums in the thread's own tile-sized scratch; side outputs are not kept (nothing here reuses them).
 */
public final class JvmRenderer {
    private JvmRenderer() {
    }

    /**
     * Renders {@code plan} on {@code plan.workers} threads.
     *
     * @param source the picture the first pass reads, or null when it reads none
     */
    public static RenderResult render(RenderPlan plan, Picture source) throws InterruptedException {
        int passes = plan.passes.size();
        int threads = plan.workers;
        Map<PlanBuffer, int[]> buffers = buffers(plan, source);
        AtomicInteger[] next = new AtomicInteger[passes];
        for (int p = 0; p < passes; p++) {
            next[p] = new AtomicInteger();
        }
        CyclicBarrier barrier = new CyclicBarrier(threads);
        int[] tilesByThread = new int[threads];
        long[] busyNanos = new long[threads];
        Counters counters = new Counters();
        Thread[] workers = new Thread[threads];
        Throwable[] failure = new Throwable[1];
        long started = System.nanoTime();
        for (int w = 0; w < threads; w++) {
            int id = w;
            workers[w] = new Thread(() -> {
                TileRenderer renderer = plan.workload.newTileRenderer();
                TileJob job = new TileJob();
                job.side.none();
                FrameWindow window = new FrameWindow();
                int[] sums = new int[plan.maxTileSums()];
                try {
                    for (int p = 0; p < passes; p++) {
                        Pass pass = plan.passes.get(p);
                        PlanBuffer in = plan.input(p);
                        FrameWindow input = in == PlanBuffer.NONE ? null
                                : window.set(buffers.get(in), 0, plan.bufferWidth(in), plan.bufferHeight(in));
                        int[] output = buffers.get(plan.output(p));
                        int stride = plan.bufferWidth(plan.output(p));
                        for (int t = next[p].getAndIncrement(); t < pass.grid.tileCount(); t = next[p].getAndIncrement()) {
                            long tileStart = System.nanoTime();
                            Tile tile = pass.grid.tile(t);
                            job.at(p, tile, input).output.set(output, tile.y * stride + tile.x, stride);
                            job.renderWhole(renderer, plan, sums);
                            busyNanos[id] += System.nanoTime() - tileStart;
                            if (p == passes - 1) {
                                tilesByThread[id]++;
                            }
                        }
                        barrier.await();
                    }
                    synchronized (counters) {
                        counters.add(renderer.counters());
                    }
                } catch (InterruptedException | BrokenBarrierException e) {
                    Thread.currentThread().interrupt();
                }
            }, "tessera-render-" + w);
            workers[w].setUncaughtExceptionHandler((thread, e) -> {
                synchronized (failure) {
                    failure[0] = e;
                }
                barrier.reset();
            });
            workers[w].start();
        }
        for (Thread worker : workers) {
            worker.join();
        }
        long nanos = System.nanoTime() - started;
        synchronized (failure) {
            if (failure[0] != null) {
                throw new IllegalStateException("a render thread failed: " + failure[0], failure[0]);
            }
        }
        return new RenderResult(buffers.get(PlanBuffer.FRAME), plan.width, plan.height, plan.tiles(), nanos, tilesByThread, busyNanos,
                counters.totals());
    }

    /** The frame, the spare where the passes pass pictures through it, and the source: the buffers this host keeps whole. */
    private static Map<PlanBuffer, int[]> buffers(RenderPlan plan, Picture source) {
        Map<PlanBuffer, int[]> buffers = new EnumMap<>(PlanBuffer.class);
        buffers.put(PlanBuffer.FRAME, new int[plan.bufferWidth(PlanBuffer.FRAME) * plan.bufferHeight(PlanBuffer.FRAME)]);
        if (plan.needsSpare()) {
            buffers.put(PlanBuffer.SPARE, new int[plan.bufferWidth(PlanBuffer.SPARE) * plan.bufferHeight(PlanBuffer.SPARE)]);
        }
        if (source != null) {
            buffers.put(PlanBuffer.SOURCE, source.pixels);
        }
        return buffers;
    }
}
