package tessera.escapetime;

import java.util.Map;
import tessera.render.Rgba;
import tessera.render.Tile;
import tessera.render.TileJob;
import tessera.render.TileRenderer;

/**
 * A thread's renderer for a {@link SupersampledWorkload}: renders a tile's n × n samples with the
 * samples' own renderer into scratch, then writes each pixel as their mean, channel by channel,
 * rounded half up.
 */
final class SupersampledRenderer implements TileRenderer {
    private final TileRenderer samples;
    private final int factor;
    private final TileJob sampleJob = new TileJob();
    private int[] scratch = new int[0];

    SupersampledRenderer(TileRenderer samples, int factor) {
        this.samples = samples;
        this.factor = factor;
        sampleJob.side.none();
    }

    @Override
    public void render(TileJob job) {
        Tile tile = job.tile;
        int across = tile.width * factor;
        int down = tile.height * factor;
        if (scratch.length < across * down) {
            scratch = new int[across * down];
        }
        sampleJob.at(job.pass, new Tile(tile.index, tile.x * factor, tile.y * factor, across, down), null).output.set(scratch, 0, across);
        samples.render(sampleJob);
        int count = factor * factor;
        int half = count / 2;
        for (int y = 0; y < tile.height; y++) {
            int row = job.output.offset + y * job.output.stride;
            for (int x = 0; x < tile.width; x++) {
                int red = 0;
                int green = 0;
                int blue = 0;
                int alpha = 0;
                for (int sy = 0; sy < factor; sy++) {
                    int at = (y * factor + sy) * across + x * factor;
                    for (int sx = 0; sx < factor; sx++) {
                        int sample = scratch[at + sx];
                        red += Rgba.red(sample);
                        green += Rgba.green(sample);
                        blue += Rgba.blue(sample);
                        alpha += Rgba.alpha(sample);
                    }
                }
                job.output.data[row + x] = Rgba.pack((red + half) / count, (green + half) / count, (blue + half) / count,
                        (alpha + half) / count);
            }
        }
    }

    /** The samples' counts: a supersampled picture iterates every sample. */
    @Override
    public Map<String, Long> counters() {
        return samples.counters();
    }
}
