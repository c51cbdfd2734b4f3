package tessera.mandelbrot;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import org.junit.jupiter.api.Test;
import tessera.escapetime.Palettes;
import tessera.jvm.JvmRenderer;
import tessera.render.FrameWindow;
import tessera.render.RenderPlan;
import tessera.render.Tile;
import tessera.render.TileJob;
import tessera.render.TileRenderer;
import tessera.workloads.Workloads;

/**
 * The reuse pass: the escape data a render leaves as its side output, kept in the spare, is all
 * another palette needs to make the same picture a whole render would.
 */
class RecolourTest {
    private static final String DEEP = "{\"workload\":\"mandelbrot\",\"width\":150,\"height\":100,\"tileSize\":32,\"params\":{"
            + "\"maxIter\":%d,\"palette\":\"%s\",\"center\":{\"x\":\"3.7e-101\",\"y\":\"1.00000000000000000000000000000000000000000"
            + "000000000000000000000000000000000000000000000000000000000226\"},\"zoom\":\"1e100\"}}";
    private static final String JULIA = "{\"workload\":\"julia\",\"width\":150,\"height\":100,\"tileSize\":32,"
            + "\"params\":{\"maxIter\":%d,\"palette\":\"%s\"}}";

    private static RenderPlan plan(String request) {
        return RenderPlan.of(Workloads.create(Workloads.parse(request, 2), tessera.render.Preparation.none()), Workloads.parse(request, 2).tileSize(), 1);
    }

    /** The spare after a render of {@code plan}: each tile's side output in its place. */
    private static int[] spareAfter(RenderPlan plan) {
        int[] frame = new int[plan.width * plan.height];
        int[] spare = new int[plan.width * plan.height];
        TileRenderer renderer = plan.workload.newTileRenderer();
        TileJob job = new TileJob();
        for (int t = 0; t < plan.tiles(); t++) {
            Tile tile = plan.tile(0, t);
            int at = tile.y * plan.width + tile.x;
            job.at(0, tile, null).output.set(frame, at, plan.width);
            job.side.set(spare, at, plan.width);
            renderer.render(job);
        }
        return spare;
    }

    /** The picture the reuse pass of {@code plan} makes from {@code spare}, by tiles, on a fresh renderer. */
    private static int[] recolour(RenderPlan plan, int[] spare) {
        int[] frame = new int[plan.width * plan.height];
        TileRenderer renderer = plan.workload.newTileRenderer();
        FrameWindow window = new FrameWindow().set(spare, 0, plan.width, plan.height);
        TileJob job = new TileJob();
        job.side.none();
        for (int t = 0; t < plan.reuse.grid.tileCount(); t++) {
            Tile tile = plan.tile(plan.reuseIndex(), t);
            job.at(plan.reuseIndex(), tile, window).output.set(frame, tile.y * plan.width + tile.x, plan.width);
            renderer.render(job);
        }
        assertEquals(0L, renderer.counters().get("iterations"), "recolouring iterates nothing");
        return frame;
    }

    @Test
    void anotherPaletteOverTheKeptEscapeDataGivesTheWholeRendersPicture() throws InterruptedException {
        for (String request : new String[] {DEEP, JULIA}) {
            int[] spare = spareAfter(plan(String.format(request, 3000, "smooth")));
            for (String palette : Palettes.names()) {
                RenderPlan other = plan(String.format(request, 3000, palette));
                assertArrayEquals(JvmRenderer.render(other, null).frame, recolour(other, spare), palette);
            }
        }
    }

    @Test
    void theReusePassNeedsWhatTheFirstPassKeepsForTheSameViewOnly() {
        RenderPlan smooth = plan(String.format(DEEP, 3000, "smooth"));
        RenderPlan distance = plan(String.format(DEEP, 3000, "distance"));
        assertNotNull(smooth.passes.get(0).keeps);
        assertEquals(smooth.passes.get(0).keeps, distance.reuseNeeds());
        assertEquals(1, distance.reuse.halo, "distance estimation reads the rows around each tile");
        assertNotEquals(smooth.passes.get(0).keeps, plan(String.format(DEEP, 3001, "smooth")).reuseNeeds(), "other iterations");
        assertNotEquals(smooth.passes.get(0).keeps, plan(String.format(JULIA, 3000, "smooth")).reuseNeeds(), "another fractal");
    }
}
