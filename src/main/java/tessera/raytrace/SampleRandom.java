package tessera.raytrace;

/**
 * The random numbers of one path: a SplitMix64 stream started from the pixel and the sample number
 * alone, so that a pixel's samples are the same whichever thread or worker draws them, on the JVM
 * and in the browser (integer arithmetic only).
 */
final class SampleRandom {
    private static final long GOLDEN = 0x9E3779B97F4A7C15L;
    private long state;

    /** Starts the stream of sample {@code sample} of pixel {@code pixel} (row-major index in the frame). */
    void start(long pixel, long sample) {
        state = mix(mix(pixel * GOLDEN + 0x632BE59BD9B4E019L) + sample * 0xD1B54A32D192ED03L);
    }

    /** A uniform double in [0, 1). */
    double next() {
        state += GOLDEN;
        return (mix(state) >>> 11) * 0x1.0p-53;
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
