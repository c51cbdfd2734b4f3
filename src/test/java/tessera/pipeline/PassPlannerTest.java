package tessera.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import org.junit.jupiter.api.Test;
import tessera.render.Pass;

class PassPlannerTest {
    @Test
    void splitsAtNeighbourhoodFiltersAndFusesPointFiltersBackwards() {
        Brightness brightness = new Brightness(1.2f);
        BoxBlur blur = new BoxBlur(3);
        Contrast contrast = new Contrast(1.1f);
        Sepia sepia = new Sepia();
        Sharpen sharpen = new Sharpen(1, 2);
        Invert invert = new Invert();
        List<FilterPass> passes = PassPlanner.plan(List.of(brightness, blur, contrast, sepia, sharpen, invert));
        assertEquals(3, passes.size());
        assertNull(passes.get(0).neighbourhood);
        assertEquals(List.of(brightness), passes.get(0).points);
        assertSame(blur, passes.get(1).neighbourhood);
        assertEquals(List.of(contrast, sepia), passes.get(1).points);
        assertSame(sharpen, passes.get(2).neighbourhood);
        assertEquals(List.of(invert), passes.get(2).points);
        assertEquals(3, passes.get(1).halo());
    }

    @Test
    void aChainThatStartsWithABlurNeedsNoExtraPass() {
        List<FilterPass> passes = PassPlanner.plan(List.of(new BoxBlur(4), new Brightness(1.2f), new Sepia()));
        assertEquals(1, passes.size());
        assertEquals(2, passes.get(0).points.size());
    }

    @Test
    void anEmptyChainCopiesThePicture() {
        List<FilterPass> passes = PassPlanner.plan(List.of());
        assertEquals(1, passes.size());
        assertNull(passes.get(0).neighbourhood);
        int[] image = {1, 2, 3, 4, 5, 6};
        assertEquals(List.of(1, 2, 3, 4, 5, 6), java.util.Arrays.stream(PipelineFixtures.run(List.of(), image, 3, 2, 8)).boxed().toList());
    }

    @Test
    void bandsOfAWidePassAreTallEnoughToAmortiseTheirHalo() {
        PipelineWorkload workload = new PipelineWorkload("x", 3840, 2160, PassPlanner.plan(List.of(new BoxBlur(32))));
        Pass pass = workload.passes(64).get(0);
        assertEquals(32, pass.halo);
        assertEquals(256, pass.grid.maxTileHeight());
        assertEquals(3840, pass.grid.tile(0).width);
        assertEquals(64, new PipelineWorkload("x", 100, 100, PassPlanner.plan(List.of(new BoxBlur(2)))).passes(64).get(0).grid.maxTileHeight());
    }

    @Test
    void gaussianBoxesHaveTheRequestedVariance() {
        for (double sigma : new double[] {0.5, 1, 2, 3.3, 10, 30}) {
            double variance = 0;
            for (int radius : GaussianBoxes.radii(sigma)) {
                int width = 2 * radius + 1;
                variance += (width * width - 1) / 12.0;
            }
            // Odd widths move the variance in steps, so it lands within half a step: 0.7 for small σ, 20 % for large.
            assertEquals(sigma * sigma, variance, Math.max(0.7, 0.2 * sigma * sigma), "sigma " + sigma);
        }
    }
}
