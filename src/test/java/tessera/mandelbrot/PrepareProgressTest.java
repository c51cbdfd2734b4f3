package tessera.mandelbrot;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import tessera.escapetime.Palettes;
import tessera.render.Preparation;
import tessera.render.PreparedViews;
import tessera.render.RequestFiles;
import tessera.render.TileGrid;
import tessera.render.TileJob;

/**
 * Preparing a deep view says how far it has come: the reference orbit's iterations, then the
 * approximation table's steps, each counting up to no more than its total; and hearing it changes
 * nothing in the picture.
 */
class PrepareProgressTest {
    private record Report(String step, String unit, long done, long total) { }

    private static PerturbedMandelbrotWorkload prepared(DeepView view, int maxIter, boolean bla, List<Report> heard) {
        return new PerturbedMandelbrotWorkload(view, maxIter, Palettes.named("iterations"), bla, true,
                new Preparation(RequestFiles.NONE, null, new PreparedViews(), (step, unit, done, total) -> heard.add(new Report(step, unit, done, total))));
    }

    private static int[] render(PerturbedMandelbrotWorkload workload, DeepView view) {
        int[] frame = new int[view.width * view.height];
        TileJob job = new TileJob();
        job.side.none();
        job.at(0, new TileGrid(view.width, view.height, 64).tile(0), null).output.set(frame, 0, view.width);
        workload.newTileRenderer().render(job);
        return frame;
    }

    @Test
    void theOrbitThenTheTableCountUpToTheirTotalsOnViewsOfEveryDepth() {
        SplittableRandom random = new SplittableRandom(33);
        for (int trial = 0; trial < 12; trial++) {
            // Inside the main cardioid, where the reference runs to maxIter; at depths either side of 10³⁰⁰.
            BigDecimal x = new BigDecimal(-0.3 + 0.4 * random.nextDouble());
            BigDecimal y = new BigDecimal(0.2 * random.nextDouble());
            String zoom = "1e" + (14 + random.nextInt(600));
            int maxIter = 1000 + random.nextInt(20_000);
            boolean bla = random.nextBoolean();
            DeepView view = new DeepView(x, y, new BigDecimal(zoom), 16, 9);
            List<Report> heard = new ArrayList<>();
            PerturbedMandelbrotWorkload workload = prepared(view, maxIter, bla, heard);
            String where = "zoom " + zoom + ", " + maxIter + " iterations, bla " + bla + ": " + heard.size() + " reports";

            List<Report> orbit = heard.stream().filter(r -> r.step().equals("reference orbit")).toList();
            List<Report> table = heard.stream().filter(r -> r.step().equals("approximation table")).toList();
            assertEquals(heard.size(), orbit.size() + table.size(), where);
            assertTrue(orbit.size() >= maxIter / 256, "a report every 256 iterations at most: " + where);
            assertEquals(bla, !table.isEmpty(), "the table is reported where there is one: " + where);
            assertTrue(heard.indexOf(orbit.get(orbit.size() - 1)) < orbit.size(), "the orbit's reports come first: " + where);
            for (List<Report> step : List.of(orbit, table)) {
                for (int i = 0; i < step.size(); i++) {
                    Report report = step.get(i);
                    assertTrue(report.done() >= 0 && report.done() < report.total(), report + ": " + where);
                    assertEquals(step.get(0).total(), report.total(), where);
                    assertTrue(i == 0 || report.done() > step.get(i - 1).done(), "counting up: " + where);
                }
            }
            assertEquals(maxIter, orbit.get(0).total(), where);
            assertEquals("iterations", orbit.get(0).unit(), where);
            assertArrayEquals(render(new PerturbedMandelbrotWorkload(view, maxIter, Palettes.named("iterations"), bla, true), view),
                    render(workload, view), "the same picture unheard: " + where);
        }
    }
}
