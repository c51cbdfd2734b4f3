package tessera.workloads;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import tessera.jvm.JvmRenderer;
import tessera.jvm.RenderResult;
import tessera.pipeline.BoxBlur;
import tessera.pipeline.Grayscale;
import tessera.pipeline.PassPlanner;
import tessera.pipeline.PipelineWorkload;
import tessera.render.Picture;
import tessera.render.PlanBuffer;
import tessera.render.Preparation;
import tessera.render.RenderPlan;
import tessera.render.RenderRequest;
import tessera.render.Tile;
import tessera.render.TileJob;
import tessera.render.TileRenderer;
import tessera.render.Workload;

/**
 * Every workload speaks to its hosts through the plan alone: the buffers its passes name are the
 * ones it declares, a picture in batches comes out the same whichever way a host lays out the
 * batches and the sums, and what renderers count comes back by name.
 */
class PlanProtocolTest {
    private static RenderPlan plan(String request, int tileSize, int workers) {
        RenderRequest parsed = Workloads.parse(request, 2);
        return RenderPlan.of(Workloads.create(parsed, Preparation.none()), tileSize, workers);
    }

    private static String pathTraced(int width, int height, int samples) throws IOException {
        String scene = Files.readString(Path.of("src/main/webapp/scenes/cornell-box.json"), StandardCharsets.UTF_8)
                .replace("\"width\": 512", "\"width\": " + width).replace("\"height\": 512", "\"height\": " + height)
                .replace("\"samples\": 64", "\"samples\": " + samples);
        return "{\"workload\":\"raytrace\",\"params\":{\"scene\":" + scene + "}}";
    }

    /** The buffers every pass (and the reuse pass) names, besides none. */
    private static void assertDeclaresWhatItsPassesUse(RenderPlan plan) {
        int passes = plan.passes.size() + (plan.reuse == null ? 0 : 1);
        for (int p = 0; p < passes; p++) {
            for (PlanBuffer used : List.of(plan.input(p), plan.output(p), plan.side(p), plan.sums(p))) {
                assertTrue(used == PlanBuffer.NONE || plan.buffers().contains(used), "pass " + p + " uses " + used);
            }
        }
        assertFalse(plan.buffers().contains(PlanBuffer.NONE));
        assertTrue(plan.buffers().contains(PlanBuffer.FRAME), "every plan makes a picture");
    }

    @Test
    void eachWorkloadDeclaresTheBuffersItsPassesUse() throws IOException {
        RenderPlan mandelbrot = plan("{\"workload\":\"mandelbrot\",\"width\":40,\"height\":30}", 16, 1);
        assertEquals(List.of(PlanBuffer.FRAME, PlanBuffer.SPARE), mandelbrot.buffers(), "the escape data is kept in the spare");
        assertEquals(PlanBuffer.SPARE, mandelbrot.side(0));
        assertEquals(PlanBuffer.SPARE, mandelbrot.input(mandelbrot.reuseIndex()));
        assertEquals(1, mandelbrot.batches());
        assertFalse(mandelbrot.accumulates());

        RenderPlan path = plan(pathTraced(20, 10, 5), 8, 1);
        assertEquals(List.of(PlanBuffer.FRAME, PlanBuffer.SUMS), path.buffers());
        assertEquals(3, PlanBuffer.SUMS.channels());
        assertTrue(path.accumulates());
        assertEquals(5, path.batchEnd(path.batches() - 1), "the last batch ends at the samples asked for");

        Workload chain = new PipelineWorkload("picture", 30, 20, PassPlanner.plan(List.of(new BoxBlur(2), new Grayscale(), new BoxBlur(1))));
        RenderPlan pipeline = RenderPlan.of(chain, 8, 1);
        assertEquals(List.of(PlanBuffer.SOURCE, PlanBuffer.FRAME, PlanBuffer.SPARE), pipeline.buffers());
        for (RenderPlan each : List.of(mandelbrot, path, pipeline)) {
            assertDeclaresWhatItsPassesUse(each);
            for (PlanBuffer buffer : each.buffers()) {
                assertEquals(each.width, each.bufferWidth(buffer));
                assertEquals(each.height, each.bufferHeight(buffer));
            }
        }
    }

    /**
     * A host that shows each batch runs it over the whole frame with frame-sized sums; one that
     * shows only the end runs each tile's batches at once with the tile's sums: drawn sizes, sample
     * counts and tile sizes, the same bytes, and the JVM's threads agree.
     */
    @Test
    void batchByBatchOverTheFrameGivesTheBytesOfEachTileAtOnce() throws IOException, InterruptedException {
        Random random = new Random(27);
        for (int trial = 0; trial < 6; trial++) {
            int width = 6 + random.nextInt(14);
            int height = 4 + random.nextInt(10);
            int samples = 1 + random.nextInt(9);
            RenderPlan plan = plan(pathTraced(width, height, samples), 3 + random.nextInt(8), 1 + random.nextInt(2));
            String what = width + " × " + height + ", " + samples + " samples";
            int[] frame = new int[width * height];
            int[] sums = new int[PlanBuffer.SUMS.channels() * width * height];
            TileJob job = new TileJob();
            job.side.none();
            for (int batch = 0; batch < plan.batches(); batch++) {
                for (int t = 0; t < plan.tiles(); t++) {
                    Tile tile = plan.tile(0, t);
                    int at = tile.y * width + tile.x;
                    job.at(0, tile, null).output.set(frame, at, width);
                    job.sums.set(sums, PlanBuffer.SUMS.channels() * at, PlanBuffer.SUMS.channels() * width);
                    job.batch = batch;
                    // A fresh renderer for each, as if every tile of every batch went to another worker.
                    plan.workload.newTileRenderer().render(job);
                }
            }
            RenderResult whole = JvmRenderer.render(plan, null);
            assertArrayEquals(whole.frame, frame, what);
            assertTrue(whole.counter("rays") >= (long) width * height * samples, what + ": every camera ray is counted");
        }
    }

    @Test
    void countersComeBackByNameAndAFilterChainCountsNothing() throws InterruptedException {
        RenderResult fractal = JvmRenderer.render(plan("{\"workload\":\"julia\",\"width\":40,\"height\":30}", 16, 2), null);
        assertEquals(List.of("iterations"), List.copyOf(fractal.counters.keySet()));
        assertTrue(fractal.counter("iterations") > 0);
        assertEquals(-1, fractal.counter("rays"), "a fractal traces no rays");
        Workload chain = new PipelineWorkload("picture", 12, 9, PassPlanner.plan(List.of(new Grayscale())));
        RenderResult filtered = JvmRenderer.render(RenderPlan.of(chain, 4, 2), new Picture(12, 9, new int[12 * 9]));
        assertEquals(Map.of(), filtered.counters);
        assertTrue(filtered.toJson().contains("\"counters\":{}"), filtered.toJson());
    }

    /** A renderer's counters are what it counted, whichever thread asks: hosts only add them up. */
    @Test
    void aRendererCountsOnlyWhatItDrew() {
        RenderPlan plan = plan("{\"workload\":\"mandelbrot\",\"width\":32,\"height\":32}", 16, 1);
        TileRenderer renderer = plan.workload.newTileRenderer();
        assertEquals(0L, renderer.counters().get("iterations"), "nothing drawn yet");
        TileJob job = new TileJob();
        job.side.none();
        job.at(0, plan.tile(0, 0), null).output.set(new int[32 * 32], 0, 32);
        renderer.render(job);
        long one = renderer.counters().get("iterations");
        renderer.render(job);
        assertEquals(2 * one, renderer.counters().get("iterations"), "the same tile again counts again");
    }
}
