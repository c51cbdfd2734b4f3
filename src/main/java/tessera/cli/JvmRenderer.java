package tessera.cli;

import java.util.List;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.atomic.AtomicInteger;
import tessera.render.FrameWindow;
import tessera.render.Picture;
import tessera.render.Stage;
import tessera.render.Tile;
import tessera.render.TileRenderer;
import tessera.render.Workload;

/**
 * Renders a workload on Java threads the way the browser does on workers: stage by stage, each
 * thread taking the next tile index from one atomic counter, all threads meeting at a barrier
 * between stages. Stages write straight into whole frames, ping-ponging between two of them so
 * the last stage lands in the result.
 */
final class JvmRenderer {
    private JvmRenderer() {
    }

    /** @param source the picture the first stage reads, or null */
    static RenderResult render(Workload workload, List<Stage> stages, Picture source, int threads) throws InterruptedException {
        int width = workload.width();
        int height = workload.height();
        int[] frame = new int[width * height];
        int[] spare = stages.size() > 1 ? new int[width * height] : null;
        int[][] outputs = new int[stages.size()][];
        for (int s = 0; s < stages.size(); s++) {
            outputs[s] = (stages.size() - 1 - s) % 2 == 0 ? frame : spare;
        }
        AtomicInteger[] next = new AtomicInteger[stages.size()];
        for (int s = 0; s < stages.size(); s++) {
            next[s] = new AtomicInteger();
        }
        CyclicBarrier barrier = new CyclicBarrier(threads);
        int tiles = stages.get(stages.size() - 1).grid.tileCount();
        int[] tilesByThread = new int[threads];
        long[] busyNanos = new long[threads];
        Thread[] workers = new Thread[threads];
        Throwable[] failure = new Throwable[1];
        long started = System.nanoTime();
        for (int w = 0; w < threads; w++) {
            int id = w;
            workers[w] = new Thread(() -> {
                TileRenderer renderer = workload.newTileRenderer();
                FrameWindow window = new FrameWindow();
                try {
                    for (int s = 0; s < stages.size(); s++) {
                        Stage stage = stages.get(s);
                        FrameWindow input = !stage.readsInput ? null
                                : window.set(s == 0 ? source.pixels : outputs[s - 1], 0, width, height);
                        for (int t = next[s].getAndIncrement(); t < stage.grid.tileCount(); t = next[s].getAndIncrement()) {
                            long tileStart = System.nanoTime();
                            Tile tile = stage.grid.tile(t);
                            renderer.render(s, tile, input, outputs[s], tile.y * width + tile.x, width);
                            busyNanos[id] += System.nanoTime() - tileStart;
                            if (s == stages.size() - 1) {
                                tilesByThread[id]++;
                            }
                        }
                        barrier.await();
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
        return new RenderResult(frame, width, height, tiles, nanos, tilesByThread, busyNanos);
    }
}
