package tessera.pipeline;

import java.util.List;
import java.util.Random;
import tessera.render.FrameWindow;
import tessera.render.RenderPlan;
import tessera.render.Tile;
import tessera.render.TileJob;
import tessera.render.TileRenderer;

/** Runs a pipeline the way a worker does, pass by pass over its tiles, on one thread, each tile given only the input rows its plan names. */
final class PipelineFixtures {
    private PipelineFixtures() {
    }

    static int[] run(List<Filter> filters, int[] source, int width, int height, int tileSize) {
        PipelineWorkload workload = new PipelineWorkload("test", width, height, PassPlanner.plan(filters));
        RenderPlan plan = RenderPlan.of(workload, tileSize, 1);
        TileRenderer renderer = workload.newTileRenderer();
        int[] input = source;
        int[] output = null;
        for (int p = 0; p < plan.passes.size(); p++) {
            output = new int[width * height];
            for (int t = 0; t < plan.passes.get(p).grid.tileCount(); t++) {
                Tile tile = plan.tile(p, t);
                int first = plan.firstInputRow(p, t);
                int[] rows = new int[plan.inputRowCount(p, t) * width];
                System.arraycopy(input, first * width, rows, 0, rows.length);
                FrameWindow window = new FrameWindow().set(rows, first, width, height);
                TileJob job = new TileJob().at(p, tile, window);
                job.output.set(output, tile.y * width + tile.x, width);
                renderer.render(job);
            }
            input = output;
        }
        return output;
    }

    static int[] randomImage(Random random, int width, int height) {
        int[] pixels = new int[width * height];
        for (int i = 0; i < pixels.length; i++) {
            pixels[i] = random.nextInt();
        }
        return pixels;
    }

    static byte[] toBytes(int[] pixels) {
        byte[] bytes = new byte[pixels.length * 4];
        for (int i = 0; i < pixels.length; i++) {
            bytes[4 * i] = (byte) pixels[i];
            bytes[4 * i + 1] = (byte) (pixels[i] >>> 8);
            bytes[4 * i + 2] = (byte) (pixels[i] >>> 16);
            bytes[4 * i + 3] = (byte) (pixels[i] >>> 24);
        }
        return bytes;
    }
}
