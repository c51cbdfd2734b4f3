package tessera.jvm;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import tessera.render.Counters;
import tessera.render.RenderPlan;
import tessera.render.Tile;
import tessera.render.TileGrid;
import tessera.render.TileJob;
import tessera.render.TileRenderer;

/**
 * Renders a plan of one pass that reads nothing a band of tile rows at a time, on the plan's
 * threads, and hands the bands in order to a sink (a PNG being written) while the threads render
 * the next: memory for two bands, however large the picture. The same tiles, each rendered whole
 * as {@link JvmRenderer} renders them (every batch, with its own sums), so the same pixels.
 */
public final class BandRenderer {
    /** Takes the rows of one band: row {@code firstRow} of the picture is row 0 of {@code pixels}, the picture's width wide. */
    @FunctionalInterface
    public interface Sink {
        void rows(int[] pixels, int firstRow, int rowCount) throws IOException;
    }

    private BandRenderer() {
    }

    /** Whether {@code plan} can be rendered a band at a time: one pass, reading nothing. */
    public static boolean canRender(RenderPlan plan) {
        return plan.passes.size() == 1 && !plan.passes.get(0).readsInput;
    }

    public static RenderResult render(RenderPlan plan, Sink sink) throws InterruptedException, IOException {
        if (!canRender(plan)) {
            throw new IllegalArgumentException("a plan of " + plan.passes.size() + " passes cannot be rendered in bands");
        }
        int width = plan.width;
        TileGrid grid = plan.passes.get(0).grid;
        List<List<Tile>> bands = bands(grid);
        int bandHeight = grid.maxTileHeight();
        int[][] buffers = {new int[width * bandHeight], new int[width * bandHeight]};
        int threads = plan.workers;
        List<TileRenderer> renderers = new ArrayList<>();
        ThreadLocal<TileRenderer> renderer = ThreadLocal.withInitial(() -> {
            TileRenderer made = plan.workload.newTileRenderer();
            synchronized (renderers) {
                renderers.add(made);
            }
            return made;
        });
        ThreadLocal<TileJob> jobs = ThreadLocal.withInitial(() -> {
            TileJob job = new TileJob();
            job.side.none();
            return job;
        });
        ThreadLocal<int[]> sums = ThreadLocal.withInitial(() -> new int[plan.maxTileSums()]);
        int[] tilesByThread = new int[threads];
        long[] busyNanos = new long[threads];
        ExecutorService workers = Executors.newFixedThreadPool(threads, task -> new Thread(task, "tessera-band"));
        ExecutorService writer = Executors.newSingleThreadExecutor(task -> new Thread(task, "tessera-band-writer"));
        FrameHash hash = new FrameHash();
        long started = System.nanoTime();
        try {
            Future<?>[] written = new Future<?>[2];
            for (int b = 0; b < bands.size(); b++) {
                int[] buffer = buffers[b % 2];
                if (written[b % 2] != null) {
                    // The band two back, written from this buffer, must be out before the buffer is reused.
                    await(written[b % 2]);
                }
                List<Tile> band = bands.get(b);
                int top = band.get(0).y;
                int rows = band.get(0).height;
                AtomicInteger next = new AtomicInteger();
                List<Callable<Void>> tasks = new ArrayList<>();
                for (int w = 0; w < threads; w++) {
                    int id = w;
                    tasks.add(() -> {
                        TileRenderer mine = renderer.get();
                        TileJob job = jobs.get();
                        int[] scratch = sums.get();
                        for (int t = next.getAndIncrement(); t < band.size(); t = next.getAndIncrement()) {
                            long tileStart = System.nanoTime();
                            Tile tile = band.get(t);
                            job.at(0, tile, null).output.set(buffer, (tile.y - top) * width + tile.x, width);
                            job.renderWhole(mine, plan, scratch);
                            busyNanos[id] += System.nanoTime() - tileStart;
                            tilesByThread[id]++;
                        }
                        return null;
                    });
                }
                for (Future<Void> done : workers.invokeAll(tasks)) {
                    await(done);
                }
                written[b % 2] = writer.submit(() -> {
                    hash.update(buffer, 0, rows * width);
                    sink.rows(buffer, top, rows);
                    return null;
                });
            }
            for (Future<?> last : written) {
                if (last != null) {
                    await(last);
                }
            }
        } finally {
            workers.shutdownNow();
            writer.shutdownNow();
        }
        Counters counters = new Counters();
        for (TileRenderer each : renderers) {
            counters.add(each.counters());
        }
        return new RenderResult(null, hash.hex(), width, plan.height, plan.tiles(), System.nanoTime() - started, tilesByThread,
                busyNanos, counters.totals());
    }

    /** The tiles of each row of tiles, top to bottom, each row in tile order. */
    private static List<List<Tile>> bands(TileGrid grid) {
        java.util.TreeMap<Integer, List<Tile>> byTop = new java.util.TreeMap<>();
        for (int i = 0; i < grid.tileCount(); i++) {
            Tile tile = grid.tile(i);
            byTop.computeIfAbsent(tile.y, top -> new ArrayList<>()).add(tile);
        }
        return new ArrayList<>(byTop.values());
    }

    /** Waits for a task; its failure becomes this render's, as an IOException where the sink failed to write. */
    private static void await(Future<?> task) throws InterruptedException, IOException {
        try {
            task.get();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException) {
                throw (IOException) cause;
            }
            if (cause instanceof RuntimeException) {
                throw (RuntimeException) cause;
            }
            throw new IllegalStateException("a render thread failed: " + cause, cause);
        }
    }
}
