package tessera.jvm;

import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.atomic.AtomicInteger;
import tessera.render.FrameWindow;
import tessera.render.Pass;
import tessera.render.Picture;
import tessera.render.PlanBuffer;
import tessera.render.RenderPlan;
import tessera.render.Tile;
import tessera.render.TileRenderer;

/**
 * Renders a plan on Java threads the way the browser does on workers: pass by pass, each thread
 * taking the next tile index from one atomic counter, all threads meeting at a barrier between
 * passes. Passes write straight into the whole frames the plan names for them.
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
        int width = plan.width;
        int height = plan.height;
        int passes = plan.passes.size();
        int threads = plan.workers;
        int[] frame = new int[width * height];
        int[] spare = plan.needsSpare() ? new int[width * height] : null;
        int[][] outputs = new int[passes][];
        int[][] inputs = new int[passes][];
        for (int p = 0; p < passes; p++) {
            outputs[p] = buffer(plan.output(p), frame, spare, source);
            inputs[p] = buffer(plan.input(p), frame, spare, source);
        }
        AtomicInteger[] next = new AtomicInteger[passes];
        for (int p = 0; p < passes; p++) {
            next[p] = new AtomicInteger();
        }
        CyclicBarrier barrier = new CyclicBarrier(threads);
        int[] tilesByThread = new int[threads];
        long[] busyNanos = new long[threads];
        long[] escapedIterations = new long[threads];
        long[] rays = new long[threads];
        Thread[] workers = new Thread[threads];
        Throwable[] failure = new Throwable[1];
        long started = System.nanoTime();
        for (int w = 0; w < threads; w++) {
            int id = w;
            workers[w] = new Thread(() -> {
                TileRenderer renderer = plan.workload.newTileRenderer();
                FrameWindow window = new FrameWindow();
                try {
                    for (int p = 0; p < passes; p++) {
                        Pass pass = plan.passes.get(p);
                        FrameWindow input = inputs[p] == null ? null : window.set(inputs[p], 0, width, height);
                        for (int t = next[p].getAndIncrement(); t < pass.grid.tileCount(); t = next[p].getAndIncrement()) {
                            long tileStart = System.nanoTime();
                            Tile tile = pass.grid.tile(t);
                            renderer.render(p, tile, input, outputs[p], tile.y * width + tile.x, width);
                            busyNanos[id] += System.nanoTime() - tileStart;
                            if (p == passes - 1) {
                                tilesByThread[id]++;
                            }
                        }
                        barrier.await();
                    }
                    escapedIterations[id] = renderer.escapedIterations();
                    rays[id] = renderer.raysTraced();
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
        return new RenderResult(frame, width, height, plan.tiles(), nanos, tilesByThread, busyNanos,
                RenderResult.total(escapedIterations), RenderResult.total(rays));
    }

    private static int[] buffer(PlanBuffer buffer, int[] frame, int[] spare, Picture source) {
        switch (buffer) {
            case FRAME:
                return frame;
            case SPARE:
                return spare;
            case SOURCE:
                return source.pixels;
            default:
                return null;
        }
    }
}
