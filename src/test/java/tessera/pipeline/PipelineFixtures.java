package tessera.pipeline;

import java.util.List;
import java.util.Random;
import tessera.render.FrameWindow;
import tessera.render.Stage;
import tessera.render.Tile;
import tessera.render.TileRenderer;

/** Runs a pipeline the way the hosts do, stage by stage over its tiles, on one thread. */
final class PipelineFixtures {
    private PipelineFixtures() {
    }

    static int[] run(List<Filter> filters, int[] source, int width, int height, int tileSize) {
        PipelineWorkload workload = new PipelineWorkload("test", width, height, StagePlanner.plan(filters));
        List<Stage> stages = workload.stages(tileSize);
        TileRenderer renderer = workload.newTileRenderer();
        int[] input = source;
        int[] output = null;
        for (int s = 0; s < stages.size(); s++) {
            Stage stage = stages.get(s);
            output = new int[width * height];
            for (int t = 0; t < stage.grid.tileCount(); t++) {
                Tile tile = stage.grid.tile(t);
                // Give the stage only the rows its halo allows, as a worker gets them.
                int first = stage.firstInputRow(tile);
                int end = stage.endInputRow(tile);
                int[] rows = new int[(end - first) * width];
                System.arraycopy(input, first * width, rows, 0, rows.length);
                FrameWindow window = new FrameWindow().set(rows, first, width, height);
                renderer.render(s, tile, window, output, tile.y * width + tile.x, width);
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
