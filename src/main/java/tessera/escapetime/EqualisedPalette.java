package tessera.escapetime;

import java.util.Arrays;
import tessera.render.Rgba;

/**
 * Histogram equalisation: a pixel is coloured by the rank of its continuous escape count ν among
 * those of a coarse grid of the view's own pixels, so that every view, a shallow one whose counts
 * run from 1 to 100 or one 10³⁰⁵ deep whose counts all lie between 33,000 and 34,000, spreads the
 * gradient over what it shows. The grid (64 pixels across) is iterated once, before the render,
 * through the workload's {@link PixelSampler}; on every platform the same pixels, so the same bytes.
 */
public final class EqualisedPalette extends PointPalette {
    private static final int GRID = 64;
    /** Turns of the gradient from the least to the greatest count. */
    private static final double TURNS = 2.0;

    private final Gradient gradient;
    /** Where in the gradient the least count falls. */
    private final double offset;
    /** The continuous counts of the sampled pixels that escaped, sorted. */
    private double[] ranked = new double[0];

    public EqualisedPalette(double[] stops, int[][] colors) {
        this(new Gradient(stops, colors), 0.0);
    }

    EqualisedPalette(Gradient gradient, double offset) {
        this.gradient = gradient;
        this.offset = offset;
    }

    /** Looks over the view through {@code sampler}: a grid of up to 64 × 64 of its width × height pixels. */
    public void learn(PixelSampler sampler, int width, int height, int maxIter) {
        int across = Math.min(GRID, width);
        int down = Math.min(GRID, height);
        double[] sampled = new double[across * down];
        int samples = 0;
        for (int j = 0; j < down; j++) {
            for (int i = 0; i < across; i++) {
                int data = sampler.sample((int) ((i + 0.5) * width / across), (int) ((j + 0.5) * height / down));
                if (EscapeData.iterations(data) < maxIter) {
                    sampled[samples++] = EscapeData.nu(data);
                }
            }
        }
        ranked = Arrays.copyOf(sampled, samples);
        Arrays.sort(ranked);
    }

    @Override
    public int color(int data, int maxIter) {
        if (EscapeData.iterations(data) == maxIter) {
            return Rgba.pack(0, 0, 0, 255);
        }
        return gradient.color(TURNS * rank(EscapeData.nu(data)) + offset);
    }

    /** The share of the sampled counts below ν, between neighbours in proportion: 0 … 1. */
    double rank(double nu) {
        int n = ranked.length;
        if (n < 2) {
            return 0.0;
        }
        if (nu <= ranked[0]) {
            return 0.0;
        }
        if (nu >= ranked[n - 1]) {
            return 1.0;
        }
        int low = 0;
        int high = n - 1;
        while (high - low > 1) {
            int middle = (low + high) >>> 1;
            if (ranked[middle] <= nu) {
                low = middle;
            } else {
                high = middle;
            }
        }
        double between = ranked[high] > ranked[low] ? (nu - ranked[low]) / (ranked[high] - ranked[low]) : 0.0;
        return (low + between) / (n - 1);
    }
}
