package tessera.raytrace;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import tessera.jvm.JvmRenderer;
import tessera.render.RenderPlan;
import tessera.render.Rgba;
import tessera.render.Tile;
import tessera.render.TileJob;

class PathTracerTest {
    private static final double ALBEDO = 0.6;

    /** A diffuse sphere of the given albedo, filling the middle of the view, inside a uniform sky of radiance 1. */
    private static Scene furnace(int samples) {
        return SceneFixtures.read("{\"width\": 32, \"height\": 32, \"fov\": 30, \"shadow_bias\": 1e-9, \"max_recursion_depth\": 10,"
                + " \"integrator\": \"path\", \"samples\": " + samples + ", \"gamma\": false,"
                + " \"sky\": {\"color\": " + SceneFixtures.rgb(1, 1, 1) + "},"
                + " \"elements\": [" + SceneFixtures.sphere(SceneFixtures.point(0, 0, -3), 1.0,
                        SceneFixtures.diffuse(SceneFixtures.rgb(1, 1, 1), String.valueOf(ALBEDO))) + "], \"lights\": []}");
    }

    /** Mean radiance (red) over {@code samples} paths of each of the pixels well inside the sphere, per pixel. */
    private static double[] pixelMeans(Scene scene, int samples) {
        PathTracer tracer = (PathTracer) new RaytraceWorkload(scene).newTileRenderer();
        double[] radiance = new double[3];
        double[] means = new double[64];
        int k = 0;
        for (int py = 12; py < 20; py++) {
            for (int px = 12; px < 20; px++) {
                double sum = 0;
                for (int s = 0; s < samples; s++) {
                    tracer.sample((long) py * scene.width + px, s, px, py);
                    tracer.radiance(radiance);
                    sum += radiance[0];
                }
                means[k++] = sum / samples;
            }
        }
        return means;
    }

    private static double rmsError(double[] means, double expected) {
        double sum = 0;
        for (double mean : means) {
            sum += (mean - expected) * (mean - expected);
        }
        return Math.sqrt(sum / means.length);
    }

    @Test
    void whiteFurnaceConvergesToTheAlbedoWithErrorFallingAsOneOverRootSamples() {
        double[] few = pixelMeans(furnace(1), 16);
        double[] many = pixelMeans(furnace(1), 1024);
        double errorFew = rmsError(few, ALBEDO);
        double errorMany = rmsError(many, ALBEDO);
        double overall = Arrays.stream(many).average().orElseThrow();
        assertEquals(ALBEDO, overall, 0.01, "64 pixels × 1024 paths");
        assertTrue(errorFew > 0.005, "light sampling and bounce sampling disagree path by path, so there is noise: " + errorFew);
        // 64× the samples: 8× less error, within what 64 pixels let one measure.
        double ratio = errorFew / errorMany;
        assertTrue(ratio > 5.5 && ratio < 11.5, "error ratio " + ratio + " (" + errorFew + " → " + errorMany + ")");
    }

    @Test
    void aSmallEmissiveSphereLightsADiffusePlaneAsTheAnalyticFormulaSays() {
        // Radiance L from a sphere of radius r at height h over a Lambertian plane of albedo a:
        // the plane below its centre reflects a × L × r² / h².
        double radiance = 50;
        double r = 0.25;
        double h = 2;
        String scene = "{\"width\": 9, \"height\": 9, \"fov\": 2, \"shadow_bias\": 1e-9, \"max_recursion_depth\": 2,"
                + " \"integrator\": \"path\", \"samples\": 1, \"gamma\": false,"
                + " \"camera\": {\"position\": " + SceneFixtures.point(0, 3, 3) + ", \"look_at\": " + SceneFixtures.point(0, 0, 0) + "},"
                + " \"elements\": [{\"Plane\": {\"origin\": " + SceneFixtures.point(0, 0, 0) + ", \"normal\": " + SceneFixtures.point(0, -1, 0)
                + ", \"material\": " + SceneFixtures.diffuse(SceneFixtures.rgb(1, 1, 1), "0.5") + "}},"
                + SceneFixtures.sphere(SceneFixtures.point(0, h, 0), r, "{\"coloration\": {\"Color\": " + SceneFixtures.rgb(0, 0, 0)
                + "}, \"albedo\": 0, \"surface\": \"Diffuse\", \"emission\": {\"color\": " + SceneFixtures.rgb(1, 1, 1)
                + ", \"intensity\": " + radiance + "}}") + "], \"lights\": []}";
        PathTracer tracer = (PathTracer) new RaytraceWorkload(SceneFixtures.read(scene)).newTileRenderer();
        double[] out = new double[3];
        double sum = 0;
        int samples = 20_000;
        for (int s = 0; s < samples; s++) {
            tracer.sample(4 * 9 + 4, s, 4, 4);
            tracer.radiance(out);
            sum += out[1];
        }
        double expected = 0.5 * radiance * r * r / (h * h);
        assertEquals(expected, sum / samples, expected * 0.02);
    }

    @Test
    @Tag("slow")
    void thePictureIsTheSameWhateverTheThreadsAndTiles() throws Exception {
        Scene scene = SceneFixtures.read(SceneFixtures.preset("cornell-box").replace("\"samples\": 256", "\"samples\": 4")
                .replace("\"width\": 640", "\"width\": 48").replace("\"height\": 640", "\"height\": 40"));
        RaytraceWorkload workload = new RaytraceWorkload(scene);
        int[] one = JvmRenderer.render(RenderPlan.of(workload, 8, 1), null).frame;
        int[] two = JvmRenderer.render(RenderPlan.of(workload, 16, 2), null).frame;
        assertArrayEquals(one, two);
        assertNotEquals(0, Arrays.stream(one).map(p -> Rgba.red(p)).max().orElseThrow(), "the box is lit");
    }

    @Test
    void apertureBlursWhatIsOutOfFocusAndKeepsTheFocusPlaneSharp() {
        String base = "{\"width\": 40, \"height\": 20, \"fov\": 40, \"shadow_bias\": 1e-9, \"max_recursion_depth\": 3,"
                + " \"integrator\": \"path\", \"samples\": 64, \"sky\": {\"color\": " + SceneFixtures.rgb(1, 1, 1) + "},"
                + " \"camera\": {\"position\": " + SceneFixtures.point(0, 0, 0) + ", \"look_at\": " + SceneFixtures.point(0, 0, -1)
                + "%s}, \"elements\": [" + SceneFixtures.sphere(SceneFixtures.point(-1, 0, -4), 0.8,
                        SceneFixtures.diffuse(SceneFixtures.rgb(0, 0, 0), "0")) + ","
                + SceneFixtures.sphere(SceneFixtures.point(1.2, 0, -8), 1.6, SceneFixtures.diffuse(SceneFixtures.rgb(0, 0, 0), "0"))
                + "], \"lights\": []}";
        int[] pinhole = SceneFixtures.render(SceneFixtures.read(String.format(base, "")));
        int[] lens = SceneFixtures.render(SceneFixtures.read(String.format(base, ", \"aperture\": 2, \"focus_distance\": 4")));
        // Columns 0–15 hold the left edge of the near sphere, in focus; 24–39 the right edge of the far one.
        assertTrue(edgeWidth(lens, 10, 0, 16) <= edgeWidth(pinhole, 10, 0, 16) + 1, "the sphere in focus stays sharp");
        assertTrue(edgeWidth(lens, 10, 24, 40) >= edgeWidth(pinhole, 10, 24, 40) + 3, "the far sphere blurs: "
                + edgeWidth(pinhole, 10, 24, 40) + " → " + edgeWidth(lens, 10, 24, 40));
    }

    /** How many pixels of row y in [from, to) are neither black nor sky-white: the width of the blurred edges. */
    private static int edgeWidth(int[] frame, int y, int from, int to) {
        int grey = 0;
        for (int x = from; x < to; x++) {
            int g = Rgba.green(frame[y * 40 + x]);
            grey += g > 20 && g < 235 ? 1 : 0;
        }
        return grey;
    }

    @Test
    void batchesAddedOneByOneMakeTheBytesOfTheWholeRender() throws Exception {
        Scene scene = SceneFixtures.read(SceneFixtures.preset("cornell-box").replace("\"samples\": 64", "\"samples\": 11")
                .replace("\"width\": 512", "\"width\": 24").replace("\"height\": 512", "\"height\": 20"));
        RenderPlan plan = RenderPlan.of(new RaytraceWorkload(scene), 16, 1);
        assertEquals(11, plan.batchEnd(plan.batches() - 1));
        int[] whole = SceneFixtures.render(scene);
        // Batch after batch over the whole frame, the sums kept frame-sized, as a page showing each batch does.
        int[] sums = new int[3 * 24 * 20];
        int[] frame = new int[24 * 20];
        TileJob job = new TileJob();
        job.side.none();
        for (int batch = 0; batch < plan.batches(); batch++) {
            // A fresh renderer per batch and tile, as if each went to another worker.
            for (int t = 0; t < plan.tiles(); t++) {
                Tile tile = plan.tile(0, t);
                job.at(0, tile, null).output.set(frame, tile.y * 24 + tile.x, 24);
                job.sums.set(sums, 3 * (tile.y * 24 + tile.x), 3 * 24);
                job.batch = batch;
                plan.workload.newTileRenderer().render(job);
            }
            if (batch < plan.batches() - 1) {
                assertNotEquals(Arrays.toString(whole), Arrays.toString(frame), "after batch " + batch + " the picture is still noisier");
            }
        }
        assertArrayEquals(whole, frame);
    }

    @Test
    void batchesStartWithOneSampleAndGrowToAboutAMillionPathsEach() {
        assertArrayEquals(new int[] {1, 2, 4, 8, 16, 32, 64}, SampleBatches.ends(64, 16_384));
        assertArrayEquals(new int[] {1, 2, 4, 8, 12, 16, 20}, SampleBatches.ends(20, 262_144));
        assertArrayEquals(new int[] {1, 2, 3, 4, 5}, SampleBatches.ends(5, 1920 * 1080));
        assertArrayEquals(new int[] {1}, SampleBatches.ends(1, 100));
        int[] deep = SampleBatches.ends(65_536, 64 * 64);
        assertEquals(65_536, deep[deep.length - 1]);
        assertEquals(256, deep[deep.length - 1] - deep[deep.length - 2], "at most 256 samples a batch");
    }
}
