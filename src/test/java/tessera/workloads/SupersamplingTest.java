package tessera.workloads;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import tessera.jvm.JvmRenderer;
import tessera.jvm.RenderResult;
import tessera.render.InvalidRequestException;
import tessera.render.Preparation;
import tessera.render.RenderPlan;
import tessera.render.Rgba;

/**
 * A supersampled escape-time picture is the same view rendered n times as wide and as high, each
 * n × n block's mean colour rounded half up: checked on seeded views of every kind (shallow and
 * deep Mandelbrot, Julia), every palette, factors 2 to 4 and tile sizes that cut the blocks
 * differently, against a box filter written here.
 */
class SupersamplingTest {
    private static final List<String> PALETTES = List.of("seed", "smooth", "equalised", "distance", "fire", "iterations");

    private static RenderResult render(String request, int tileSize) throws InterruptedException {
        return JvmRenderer.render(RenderPlan.of(Workloads.create(Workloads.parse(request, 2), Preparation.none()), tileSize, 2), null);
    }

    /** The mean of each factor × factor block of {@code samples}, channel by channel, rounded half up. */
    private static int[] boxFiltered(int[] samples, int width, int height, int factor) {
        int[] picture = new int[width * height];
        int count = factor * factor;
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int[] sums = new int[4];
                for (int sy = 0; sy < factor; sy++) {
                    for (int sx = 0; sx < factor; sx++) {
                        int sample = samples[(y * factor + sy) * width * factor + x * factor + sx];
                        sums[0] += Rgba.red(sample);
                        sums[1] += Rgba.green(sample);
                        sums[2] += Rgba.blue(sample);
                        sums[3] += Rgba.alpha(sample);
                    }
                }
                picture[y * width + x] = Rgba.pack((2 * sums[0] + count) / (2 * count), (2 * sums[1] + count) / (2 * count),
                        (2 * sums[2] + count) / (2 * count), (2 * sums[3] + count) / (2 * count));
            }
        }
        return picture;
    }

    private static String request(String workload, int width, int height, String params) {
        return "{\"workload\":\"" + workload + "\",\"width\":" + width + ",\"height\":" + height + ",\"params\":{" + params + "}}";
    }

    @Test
    void aSupersampledPictureIsTheLargerFrameBoxFilteredOnViewsOfEveryKind() throws Exception {
        SplittableRandom random = new SplittableRandom(28);
        for (int trial = 0; trial < 18; trial++) {
            int factor = 2 + random.nextInt(3);
            int width = 8 + random.nextInt(40);
            int height = 6 + random.nextInt(30);
            String palette = PALETTES.get(random.nextInt(PALETTES.size()));
            String view = switch (trial % 3) {
                case 0 -> "\"center\":{\"x\":" + (-0.75 + 0.2 * random.nextDouble()) + ",\"y\":" + (0.1 * random.nextDouble())
                        + "},\"zoom\":" + (1 + 50 * random.nextDouble()) + ",\"maxIter\":" + (100 + random.nextInt(800));
                case 1 -> "\"center\":{\"x\":\"-0.743643887037158704752191506114774\",\"y\":\"0.131825904205311970493132056385139\"},"
                        + "\"zoom\":\"1e" + (14 + random.nextInt(30)) + "\",\"maxIter\":" + (2000 + random.nextInt(4000));
                default -> "\"c\":{\"x\":" + (-0.8 + 0.1 * random.nextDouble()) + ",\"y\":" + (0.156 + 0.05 * random.nextDouble())
                        + "},\"maxIter\":" + (100 + random.nextInt(500));
            };
            String workload = trial % 3 == 2 ? "julia" : "mandelbrot";
            String params = view + ",\"palette\":\"" + palette + "\"";
            int tileSize = List.of(4, 7, 16, 64).get(random.nextInt(4));
            RenderResult supersampled = render(request(workload, width, height, params + ",\"supersample\":" + factor), tileSize);
            RenderResult samples = render(request(workload, width * factor, height * factor, params), 64);
            String what = workload + " " + params + " × " + factor + " in tiles of " + tileSize;
            assertEquals(width, supersampled.width, what);
            assertArrayEquals(boxFiltered(samples.frame, width, height, factor), supersampled.frame, what);
            assertEquals(samples.counters, supersampled.counters, "every sample iterated and counted: " + what);
        }
    }

    @Test
    void aFactorOutsideOneToFourIsRefusedByName() {
        for (String factor : List.of("0", "5", "2.5", "\"2\"")) {
            InvalidRequestException refused = org.junit.jupiter.api.Assertions.assertThrows(InvalidRequestException.class,
                    () -> Workloads.create(Workloads.parse(request("mandelbrot", 8, 8, "\"supersample\":" + factor), 2), Preparation.none()));
            assertEquals("params.supersample", refused.field(), refused.getMessage());
        }
        assertTrue(Workloads.describe().contains("\"supersample\":{\"min\":1,\"max\":4,\"default\":1}"), Workloads.describe());
    }
}
