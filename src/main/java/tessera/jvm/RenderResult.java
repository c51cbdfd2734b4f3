package tessera.jvm;

import java.util.Locale;
import tessera.render.TileRenderer;

/** A finished JVM render and its one-line JSON report, with the fields the browser's render() resolves to. */
public final class RenderResult {
    /** The picture, packed RGBA; null for a picture written a band at a time ({@link BandRenderer}). */
    public final int[] frame;
    public final int width;
    public final int height;
    public final int tiles;
    public final long nanos;
    public final int[] tilesByWorker;
    public final long[] busyNanos;
    /** The sum of the escape counts of the pixels that escaped, for an escape-time fractal; −1 for other workloads. */
    public final long iterations;
    /** Rays traced, for the ray tracer; −1 for other workloads. */
    public final long rays;
    private String hash;

    public RenderResult(int[] frame, int width, int height, int tiles, long nanos, int[] tilesByWorker, long[] busyNanos,
            long iterations, long rays) {
        this(frame, null, width, height, tiles, nanos, tilesByWorker, busyNanos, iterations, rays);
    }

    RenderResult(int[] frame, String hash, int width, int height, int tiles, long nanos, int[] tilesByWorker, long[] busyNanos,
            long iterations, long rays) {
        this.frame = frame;
        this.hash = hash;
        this.width = width;
        this.height = height;
        this.tiles = tiles;
        this.nanos = nanos;
        this.tilesByWorker = tilesByWorker;
        this.busyNanos = busyNanos;
        this.iterations = iterations;
        this.rays = rays;
    }

    /** The sum of the counts the renderers report (see {@link TileRenderer}), or −1 if any reports none. */
    static long total(long[] counts) {
        long total = 0;
        for (long count : counts) {
            if (count < 0) {
                return -1;
            }
            total += count;
        }
        return total;
    }

    /** SHA-256 of the picture's RGBA bytes (see {@link FrameHash}). */
    public String hash() {
        if (hash == null) {
            hash = FrameHash.sha256(frame);
        }
        return hash;
    }

    public double ms() {
        return nanos / 1e6;
    }

    public String toJson() {
        StringBuilder perWorker = new StringBuilder();
        for (int w = 0; w < tilesByWorker.length; w++) {
            perWorker.append(w == 0 ? "" : ",").append(String.format(Locale.ROOT,
                    "{\"worker\":%d,\"tiles\":%d,\"busyMs\":%.3f}", w, tilesByWorker[w], busyNanos[w] / 1e6));
        }
        String counted = (iterations < 0 ? "" : ",\"iterations\":" + iterations) + (rays < 0 ? "" : ",\"rays\":" + rays);
        return String.format(Locale.ROOT,
                "{\"ms\":%.3f,\"width\":%d,\"height\":%d,\"workers\":%d,\"tiles\":%d%s,\"hash\":\"%s\",\"perWorker\":[%s]}",
                ms(), width, height, tilesByWorker.length, tiles, counted, hash(), perWorker);
    }
}
