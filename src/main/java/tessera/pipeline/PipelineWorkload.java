package tessera.pipeline;

import java.util.ArrayList;
import java.util.List;
import tessera.render.FrameWindow;
import tessera.render.Pass;
import tessera.render.Tile;
import tessera.render.TileGrid;
import tessera.render.TileJob;
import tessera.render.TileRenderer;
import tessera.render.Workload;

/**
 * A picture through a filter chain, pass by pass. Passes work on full-width bands: a blur's running
 * sums move along whole rows, and a band needs only the rows above and below it as its halo. Bands
 * of a pass with a large radius are made taller so the halo stays a small share of the work.
 */
public final class PipelineWorkload implements Workload {
    private final String source;
    private final int width;
    private final int height;
    private final List<FilterPass> passes;

    public PipelineWorkload(String source, int width, int height, List<FilterPass> passes) {
        this.source = source;
        this.width = width;
        this.height = height;
        this.passes = List.copyOf(passes);
    }

    @Override
    public int width() {
        return width;
    }

    @Override
    public int height() {
        return height;
    }

    @Override
    public String sourcePicture() {
        return source;
    }

    public List<FilterPass> filterPasses() {
        return passes;
    }

    @Override
    public List<Pass> passes(int tileSize) {
        List<Pass> bands = new ArrayList<>();
        for (FilterPass pass : passes) {
            int bandHeight = Math.max(tileSize, 8 * pass.halo());
            bands.add(new Pass(TileGrid.bands(width, height, bandHeight), pass.halo(), true));
        }
        return bands;
    }

    @Override
    public TileRenderer newTileRenderer() {
        int scratch = 0;
        for (FilterPass pass : passes) {
            if (pass.neighbourhood != null) {
                scratch = Math.max(scratch, pass.neighbourhood.scratchSize(width));
            }
        }
        int[] sums = new int[scratch];
        return (TileJob job) -> {
            FilterPass pass = passes.get(job.pass);
            Tile tile = job.tile;
            FrameWindow input = job.input;
            int[] pixels = job.output.data;
            int offset = job.output.offset;
            int stride = job.output.stride;
            if (pass.neighbourhood != null) {
                pass.neighbourhood.apply(input, tile, pixels, offset, stride, sums);
            } else {
                for (int y = 0; y < tile.height; y++) {
                    System.arraycopy(input.pixels, input.index(tile.x, tile.y + y), pixels, offset + y * stride, tile.width);
                }
            }
            for (PointFilter point : pass.points) {
                for (int y = 0; y < tile.height; y++) {
                    point.apply(pixels, offset + y * stride, tile.width);
                }
            }
        };
    }
}
