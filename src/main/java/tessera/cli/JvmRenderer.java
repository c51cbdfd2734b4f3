package tessera.cli;

import java.util.concurrent.atomic.AtomicInteger;
import tessera.render.Tile;
import tessera.render.TileGrid;
import tessera.render.TileRenderer;
import tessera.render.Workload;

/**
 * Renders a workload on Java threads the way the browser does on workers: each thread takes the
 * next tile index from one atomic counter. Tiles are written straight into the frame.
 */
final class JvmRenderer {
    private JvmRenderer() {
    }

    static RenderResult render(Workload workload, TileGrid grid, int threads) throws InterruptedException {
        int[] frame = new int[workload.width() * workload.height()];
        AtomicInteger next = new AtomicInteger();
        int[] tilesByThread = new int[threads];
        long[] busyNanos = new long[threads];
        Thread[] workers = new Thread[threads];
        Throwable[] failure = new Throwable[1];
        long started = System.nanoTime();
        for (int w = 0; w < threads; w++) {
            int id = w;
            workers[w] = new Thread(() -> {
                TileRenderer renderer = workload.newTileRenderer();
                for (int t = next.getAndIncrement(); t < grid.tileCount(); t = next.getAndIncrement()) {
                    long tileStart = System.nanoTime();
                    Tile tile = grid.tile(t);
                    renderer.render(tile, frame, tile.y * workload.width() + tile.x, workload.width());
                    busyNanos[id] += System.nanoTime() - tileStart;
                    tilesByThread[id]++;
                }
            }, "tessera-render-" + w);
            workers[w].setUncaughtExceptionHandler((thread, e) -> {
                synchronized (failure) {
                    failure[0] = e;
                }
                next.set(Integer.MAX_VALUE / 2);
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
        return new RenderResult(frame, workload.width(), workload.height(), grid.tileCount(), nanos, tilesByThread, busyNanos);
    }
}
