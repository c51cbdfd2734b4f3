package tessera.raytrace;

import java.util.ArrayList;
import java.util.List;

/**
 * How a path-traced picture's samples are cut into batches: the page shows the picture after each
 * batch while it converges, and the command line adds the same batches in the same order, so both
 * sum every pixel's samples alike (in double within a batch, in float across batches) and agree to
 * the byte. The first batch is one sample, for a first picture at once; batches then double up to
 * about {@link #PATHS_PER_BATCH} paths over the frame (at least one sample), and the last is cut to
 * end at the samples asked for.
 */
public final class SampleBatches {
    /** About half a second of work on two cores for a batch. */
    static final long PATHS_PER_BATCH = 1L << 20;
    private static final int MAX_BATCH = 256;

    private SampleBatches() {
    }

    /** The samples done after each batch: increasing, the last equal to {@code samples}. */
    public static int[] ends(int samples, long pixels) {
        int cap = 1;
        while (cap < MAX_BATCH && (long) (2 * cap) * pixels <= PATHS_PER_BATCH) {
            cap *= 2;
        }
        List<Integer> ends = new ArrayList<>();
        int done = 0;
        int size = 1;
        while (done < samples) {
            done = Math.min(samples, done + size);
            ends.add(done);
            if (ends.size() > 1) {
                size = Math.min(cap, 2 * size);
            }
        }
        int[] result = new int[ends.size()];
        for (int i = 0; i < result.length; i++) {
            result[i] = ends.get(i);
        }
        return result;
    }
}
