package tessera.escapetime;

import tessera.render.TileRenderer;
import tessera.render.Workload;

/**
 * An escape-time picture anti-aliased by supersampling: each pixel is the mean colour of n × n
 * samples, and the samples are the pixels of the same view rendered n times as wide and as high
 * (the inner workload). So every palette, those that read neighbours or the view's own
 * distribution too, colours the samples as it would colour a frame that size, and the picture is
 * that frame box-filtered, exactly, in integers: the same bytes on every host. The samples never
 * exist as a whole frame, only a tile's at a time. There is no recolouring pass: the escape data
 * it would keep are the samples'.
 */
public final class SupersampledWorkload implements Workload {
    /** The most samples a side: 4 × 4 = 16 a pixel, sixteen times the work. */
    public static final int MAX_FACTOR = 4;

    private final EscapeTimeWorkload samples;
    private final int factor;

    /** @param samples the view rendered {@code factor} times as wide and as high */
    public SupersampledWorkload(EscapeTimeWorkload samples, int factor) {
        this.samples = samples;
        this.factor = factor;
    }

    @Override
    public int width() {
        return samples.width() / factor;
    }

    @Override
    public int height() {
        return samples.height() / factor;
    }

    @Override
    public TileRenderer newTileRenderer() {
        return new SupersampledRenderer(samples.newTileRenderer(), factor);
    }

    /** A deep view's reference orbit, which the samples' view shares with the picture's. */
    @Override
    public double[] sharedState() {
        return samples.sharedState();
    }

    @Override
    public long bytesPerWorker() {
        return samples.bytesPerWorker();
    }
}
