package tessera.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RenderPlanTest {
    /** A workload of {@code passes} passes of 16-row bands, each reading its input with a halo of {@code halo} rows. */
    private static Workload bands(int passes, int halo, int width, int height) {
        return new Workload() {
            @Override
            public int width() {
                return width;
            }

            @Override
            public int height() {
                return height;
            }

            @Override
            public List<Pass> passes(int tileSize) {
                List<Pass> list = new ArrayList<>();
                for (int p = 0; p < passes; p++) {
                    list.add(new Pass(TileGrid.bands(width, height, 16), halo, true));
                }
                return list;
            }

            @Override
            public TileRenderer newTileRenderer() {
                return job -> { };
            }
        };
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 4, 5})
    void passesAlternateSoThatTheLastWritesTheFrameAndEachReadsTheOneBefore(int passes) {
        RenderPlan plan = RenderPlan.of(bands(passes, 2, 40, 50), 64, 2);
        assertEquals(PlanBuffer.FRAME, plan.output(passes - 1));
        assertEquals(PlanBuffer.SOURCE, plan.input(0));
        for (int p = 1; p < passes; p++) {
            assertEquals(plan.output(p - 1), plan.input(p));
            assertTrue(plan.output(p) != plan.input(p), "pass " + p + " must not write what it reads");
        }
        assertEquals(passes > 1, plan.needsSpare());
    }

    @Test
    void eachTileReadsItsRowsAndTheHaloClampedToTheFrame() {
        RenderPlan plan = RenderPlan.of(bands(1, 3, 40, 50), 64, 1);
        for (int t = 0; t < plan.tiles(); t++) {
            Tile tile = plan.tile(0, t);
            int first = plan.firstInputRow(0, t);
            int end = first + plan.inputRowCount(0, t);
            assertEquals(Math.max(0, tile.y - 3), first, tile.toString());
            assertEquals(Math.min(50, tile.y + tile.height + 3), end, tile.toString());
            assertTrue(plan.inputRowCount(0, t) * plan.width <= plan.maxInputPixels());
        }
        assertEquals((16 + 6) * 40, plan.maxInputPixels());
        assertEquals(16 * 40, plan.maxTilePixels());
    }

    @Test
    void aSinglePassOfSquareTilesReadsNothing() {
        Workload squares = new Workload() {
            @Override
            public int width() {
                return 100;
            }

            @Override
            public int height() {
                return 70;
            }

            @Override
            public TileRenderer newTileRenderer() {
                return job -> { };
            }
        };
        RenderPlan plan = RenderPlan.of(squares, 32, 3);
        assertEquals(PlanBuffer.NONE, plan.input(0));
        assertEquals(PlanBuffer.FRAME, plan.output(0));
        assertFalse(plan.needsSpare());
        assertEquals(0, plan.inputRowCount(0, 0));
        assertEquals(0, plan.maxInputPixels());
        assertEquals(4 * 3, plan.tiles());
        assertEquals(3, plan.workers);
        assertEquals("none", PlanBuffer.NONE.key());
    }
}
