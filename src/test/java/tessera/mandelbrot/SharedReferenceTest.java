package tessera.mandelbrot;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.math.BigDecimal;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import tessera.escapetime.Palette;
import tessera.escapetime.Palettes;
import tessera.render.Preparation;
import tessera.render.PreparedViews;
import tessera.render.RequestFiles;
import tessera.render.TileGrid;

/**
 * The reference orbit one worker computed, handed to the others in their preparation: a worker
 * takes it for its own view, draws exactly what computing it would have drawn, and ignores one
 * made for another view. A view in the worker's prepared views is not prepared again.
 */
class SharedReferenceTest {
    private static final Palette COUNTS = Palettes.named("iterations");
    private static final DeepView VIEW = view("1e300");

    private static DeepView view(String zoom) {
        return view("3.7e-301", zoom);
    }

    private static DeepView view(String x, String zoom) {
        return new DeepView(new BigDecimal(x), new BigDecimal("1." + "0".repeat(300) + "2257"), new BigDecimal(zoom), 48, 27);
    }

    private static int[] render(DeepView view, double[] offered) {
        // A worker whose cache of prepared views holds another view, so that this view's reference is not simply at hand.
        PreparedViews views = new PreparedViews();
        new PerturbedMandelbrotWorkload(view("1e200"), 3000, COUNTS, true, true, new Preparation(RequestFiles.NONE, null, views));
        PerturbedMandelbrotWorkload workload = new PerturbedMandelbrotWorkload(view, 3000, COUNTS, true, true,
                new Preparation(RequestFiles.NONE, offered, views));
        int[] frame = new int[view.width * view.height];
        var renderer = workload.newTileRenderer();
        var tile = new TileGrid(view.width, view.height, 64).tile(0);
        var job = new tessera.render.TileJob();
        job.side.none();
        job.at(0, tile, null).output.set(frame, 0, view.width);
        renderer.render(job);
        return frame;
    }

    @Test
    void aWorkerTakesTheReferenceItIsHandedForItsViewAndOnlyThat() {
        int[] computed = render(VIEW, null);
        double[] state = new PerturbedMandelbrotWorkload(VIEW, 3000, COUNTS, true, true).sharedState();
        assertArrayEquals(computed, render(VIEW, state), "the handed reference draws what the computed one does");

        double[] tampered = state.clone();
        for (int i = 2; i < tampered.length / 2; i++) {
            tampered[i] *= 1.0 + 1e-6;
        }
        assertFalse(Arrays.equals(computed, render(VIEW, tampered)), "the handed reference is the one used");

        // Another centre: its orbit differs from this view's, so taking it would show.
        double[] otherView = new PerturbedMandelbrotWorkload(view("-2.1e-300", "1e300"), 3000, COUNTS, true, true).sharedState();
        assertFalse(Arrays.equals(Arrays.copyOfRange(otherView, 1, otherView.length), Arrays.copyOfRange(state, 1, state.length)));
        assertArrayEquals(computed, render(VIEW, otherView), "a reference for another view is not taken");
        assertArrayEquals(computed, render(VIEW, new double[] {state[0], 5, 1}), "nor a damaged one");
    }

    @Test
    void theSameViewAgainComesFromTheHostsPreparedViews() {
        PreparedViews views = new PreparedViews();
        PerturbedMandelbrotWorkload first = new PerturbedMandelbrotWorkload(VIEW, 3000, COUNTS, true, true,
                new Preparation(RequestFiles.NONE, null, views));
        double[] state = first.sharedState();
        double[] tampered = state.clone();
        for (int i = 2; i < tampered.length / 2; i++) {
            tampered[i] *= 1.0 + 1e-6;
        }
        // Offered a different orbit for the same view, the worker keeps the one it prepared.
        PerturbedMandelbrotWorkload again = new PerturbedMandelbrotWorkload(VIEW, 3000, Palettes.named("smooth"), true, true,
                new Preparation(RequestFiles.NONE, tampered, views));
        assertArrayEquals(state, again.sharedState());
        // Another host's cache knows nothing of it: there the offered orbit is taken.
        PerturbedMandelbrotWorkload elsewhere = new PerturbedMandelbrotWorkload(VIEW, 3000, COUNTS, true, true,
                new Preparation(RequestFiles.NONE, tampered, new PreparedViews()));
        assertArrayEquals(tampered, elsewhere.sharedState());
    }
}
