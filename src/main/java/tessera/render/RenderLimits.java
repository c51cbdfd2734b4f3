package tessera.render;

/** The documented limits every render request is checked against, on the JVM and in the browser alike. */
public final class RenderLimits {
    /** Longest side of a frame in pixels. */
    public static final int MAX_SIDE = 16384;
    /** Most pixels in one frame: 40 million RGBA pixels is a 160 MB framebuffer, room for an 8K (7680×4320) frame. */
    public static final int MAX_PIXELS = 40_000_000;
    public static final int MIN_TILE_SIZE = 8;
    public static final int MAX_TILE_SIZE = 1024;
    public static final int DEFAULT_TILE_SIZE = 64;
    /** Most threads the JVM renderer will start; the browser's bound is its pool size. */
    public static final int MAX_JVM_THREADS = 256;
    /** Largest model file: room for a mesh of {@code MAX_TRIANGLES} written with normals. */
    public static final int MAX_MODEL_BYTES = 256 << 20;

    /**
     * What the workers of one page may hold of a prepared workload together: under half of where
     * Chromium's tab died (5.3 GB, twelve workers each building a million-triangle mesh).
     */
    public static final long MAX_WORKERS_BYTES = 2_500_000_000L;

    private RenderLimits() {
    }

    /**
     * The most workers, up to {@code workers}, whose copies of a workload taking {@code bytesPerWorker}
     * each fit in {@link #MAX_WORKERS_BYTES} together; one at least. For hosts whose workers cannot
     * share memory (the browser's); the JVM's threads share one copy.
     */
    public static int workersWithin(long bytesPerWorker, int workers) {
        if (bytesPerWorker <= 0) {
            return workers;
        }
        return (int) Math.max(1, Math.min(workers, MAX_WORKERS_BYTES / bytesPerWorker));
    }

    /**
     * Refuses a model file larger than {@link #MAX_MODEL_BYTES} before it is read.
     *
     * @throws IllegalArgumentException saying how large it is, as {@link RequestFiles} reports problems
     */
    public static void checkModel(long bytes) {
        if (bytes > MAX_MODEL_BYTES) {
            throw new IllegalArgumentException("it has " + bytes + " bytes; a model file may have at most " + MAX_MODEL_BYTES);
        }
    }

    /**
     * Refuses a picture (a photo to filter, a texture) larger than a frame may be, before its pixels
     * are read: one rule, in the browser and on the JVM.
     *
     * @throws IllegalArgumentException saying what is too large, as {@link RequestFiles} reports problems
     */
    public static void checkPicture(int width, int height) {
        if (width > MAX_SIDE || height > MAX_SIDE || (long) width * height > MAX_PIXELS) {
            throw new IllegalArgumentException("it is " + width + " × " + height + " pixels; a picture may have at most "
                    + MAX_SIDE + " pixels a side and " + MAX_PIXELS + " in all");
        }
    }

    /** Refuses a frame larger than a frame held whole may be (see {@link FrameLimits#WHOLE}). */
    public static void checkFrame(int width, int height) {
        FrameLimits.WHOLE.check(width, height);
    }
}
