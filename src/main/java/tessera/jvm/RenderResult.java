package tessera.jvm;

import java.util.Locale;
import java.util.Map;
import tessera.render.Counters;
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
    /** What the renderers counted, summed by name (see {@link TileRenderer#counters}). */
    public final Map<String, Long> counters;
    private String hash;

    public RenderResult(int[] frame, int width, int height, int tiles, long nanos, int[] tilesByWorker, long[] busyNanos,
            Map<String, Long> counters) {
        this(frame, null, width, height, tiles, nanos, tilesByWorker, busyNanos, counters);
    }

    RenderResult(int[] frame, String hash, int width, int height, int tiles, long nanos, int[] tilesByWorker, long[] busyNanos,
            Map<String, Long> counters) {
        this.frame = frame;
        this.hash = hash;
        this.width = width;
        this.height = height;
        this.tiles = tiles;
        this.nanos = nanos;
        this.tilesByWorker = tilesByWorker;
        this.busyNanos = busyNanos;
        this.counters = Map.copyOf(counters);
    }

    /** The counter {@code name} (see {@link TileRenderer#counters}), or −1 where the renderers count none by that name. */
    public long counter(String name) {
        return counters.getOrDefault(name, -1L);
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
        return String.format(Locale.ROOT,
                "{\"ms\":%.3f,\"width\":%d,\"height\":%d,\"workers\":%d,\"tiles\":%d,\"counters\":%s,\"hash\":\"%s\",\"perWorker\":[%s]}",
                ms(), width, height, tilesByWorker.length, tiles, Counters.json(counters), hash(), perWorker);
    }
}
