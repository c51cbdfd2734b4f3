package tessera.raytrace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The hierarchy must answer exactly as the reference crate's scan over every shape in scene order. */
class BvhTest {
    private static final Material M = Material.diffuse(new SolidColor(1, 1, 1), 0.5f);

    private static List<Shape> randomScene(Random random, int n) {
        List<Shape> shapes = new ArrayList<>();
        shapes.add(new Plane(new Vec3(0, -3, 0), new Vec3(0, -1, 0), M));
        for (int i = 0; i < n; i++) {
            Vec3 c = new Vec3(random.nextDouble() * 20 - 10, random.nextDouble() * 6 - 3, -random.nextDouble() * 20);
            switch (i % 3) {
                case 0:
                    shapes.add(new Sphere(c, 0.05 + random.nextDouble() * 0.5, M));
                    break;
                case 1:
                    shapes.add(new AxisBox(c, c.plus(new Vec3(0.3, 0.2, 0.4)), M));
                    break;
                default:
                    shapes.add(new Triangle(c, c.plus(new Vec3(0.5, 0, 0)), c.plus(new Vec3(0, 0.5, 0.1)), M));
            }
        }
        // A mesh, whose triangles the hierarchy tests inline.
        StringBuilder obj = new StringBuilder();
        for (int i = 0; i < 300; i++) {
            obj.append(String.format(java.util.Locale.ROOT, "v %.6f %.6f %.6f%n", random.nextDouble() * 20 - 10,
                    random.nextDouble() * 6 - 3, -random.nextDouble() * 20));
        }
        for (int i = 1; i + 2 <= 300; i += 3) {
            obj.append("f ").append(i).append(' ').append(i + 1).append(' ').append(i + 2).append('\n');
        }
        Mesh mesh = Mesh.place(ObjReader.read(obj.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8), 1000),
                MeshTransform.IDENTITY);
        for (int t = 0; t < mesh.triangleCount; t++) {
            shapes.add(new MeshTriangle(mesh, t, M));
        }
        // Exact duplicates make distance ties, which the earlier shape must win.
        shapes.add(shapes.get(5));
        shapes.add(2, shapes.get(9));
        return shapes;
    }

    @ParameterizedTest
    @EnumSource(Bvh.Split.class)
    void closestHitEqualsALinearScanIncludingTies(Bvh.Split split) {
        Random random = new Random(3);
        List<Shape> shapes = randomScene(random, 3000);
        Bvh bvh = new Bvh(shapes, split);
        int[] stack = new int[bvh.stackSize()];
        double[] entries = new double[bvh.stackSize()];
        double[] distance = new double[1];
        int hits = 0;
        for (int r = 0; r < 20_000; r++) {
            Vec3 d = new Vec3(random.nextGaussian(), random.nextGaussian(), -Math.abs(random.nextGaussian())).normalize();
            double ox = random.nextDouble() * 2 - 1;
            double best = Shape.MISS;
            int expected = -1;
            for (int i = 0; i < shapes.size(); i++) {
                double t = shapes.get(i).intersect(ox, 0, 0, d.x, d.y, d.z);
                if (t < best) {
                    best = t;
                    expected = i;
                }
            }
            int actual = bvh.closest(ox, 0, 0, d.x, d.y, d.z, stack, entries, distance);
            assertEquals(expected, actual, "ray " + r);
            assertEquals(best, distance[0], "ray " + r);
            hits += expected >= 0 ? 1 : 0;
            boolean blocked = expected >= 0 && best <= 7.5;
            assertEquals(blocked, bvh.anyWithin(ox, 0, 0, d.x, d.y, d.z, 7.5, stack), "shadow ray " + r);
        }
        assertTrue(hits > 10_000, "the test rays must mostly hit something: " + hits);
    }

    @Test
    void raysAlongTheAxesEqualALinearScan() {
        // Zero direction components (of either sign) make infinite slab distances; origins on a grid
        // put many rays exactly in the planes of the shapes' faces.
        List<Shape> shapes = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            Vec3 corner = new Vec3(i % 7 - 3, i / 7 % 5 - 2, -(i / 35) - 2);
            shapes.add(i % 2 == 0 ? new AxisBox(corner, corner.plus(new Vec3(0.5, 0.5, 0.5)), M)
                    : new Sphere(corner.plus(new Vec3(0.5, 0.5, 0.5)), 0.25, M));
        }
        Bvh bvh = new Bvh(shapes);
        int[] stack = new int[bvh.stackSize()];
        double[] entries = new double[bvh.stackSize()];
        double[] distance = new double[1];
        double[][] directions = {{0, 0, -1}, {-0.0, 0.0, -1}, {0, -0.0, -1}, {1, 0, 0}, {-1, -0.0, 0}, {0, 1, 0}, {0, -1, -0.0}};
        int hits = 0;
        for (double[] d : directions) {
            for (double x = -4; x <= 4; x += 0.25) {
                for (double y = -3; y <= 3; y += 0.25) {
                    double best = Shape.MISS;
                    int expected = -1;
                    for (int i = 0; i < shapes.size(); i++) {
                        double t = shapes.get(i).intersect(x, y, 0, d[0], d[1], d[2]);
                        if (t < best) {
                            best = t;
                            expected = i;
                        }
                    }
                    String ray = "from (" + x + ", " + y + ", 0) along " + java.util.Arrays.toString(d);
                    assertEquals(expected, bvh.closest(x, y, 0, d[0], d[1], d[2], stack, entries, distance), ray);
                    assertEquals(expected >= 0, bvh.anyWithin(x, y, 0, d[0], d[1], d[2], Double.POSITIVE_INFINITY, stack), ray);
                    hits += expected >= 0 ? 1 : 0;
                }
            }
        }
        assertTrue(hits > 500, "the test rays must often hit something: " + hits);
    }

    @Test
    void shadowTestWithAnInfiniteLimitFindsAnyHit() {
        List<Shape> shapes = List.of(new Sphere(new Vec3(0, 0, -5), 1, M), new Sphere(new Vec3(3, 0, -5), 1, M));
        Bvh bvh = new Bvh(shapes);
        int[] stack = new int[bvh.stackSize()];
        assertTrue(bvh.anyWithin(0, 0, 0, 0, 0, -1, Double.POSITIVE_INFINITY, stack));
        assertTrue(!bvh.anyWithin(0, 0, 0, 0, 1, 0, Double.POSITIVE_INFINITY, stack));
    }

    @Test
    void handlesEmptyAndPlaneOnlyScenes() {
        double[] distance = new double[1];
        Bvh empty = new Bvh(List.of());
        assertEquals(-1, empty.closest(0, 0, 0, 0, 0, -1, new int[empty.stackSize()], new double[empty.stackSize()], distance));
        Bvh planes = new Bvh(List.of(new Plane(new Vec3(0, 0, -5), new Vec3(0, 0, -1), M)));
        assertEquals(0, planes.closest(0, 0, 0, 0, 0, -1, new int[planes.stackSize()], new double[planes.stackSize()], distance));
        assertEquals(5.0, distance[0]);
    }

    @Test
    void inputsThatDefeatTheHeuristicStillBuildAShallowTreeThatAnswersExactly() {
        List<Shape> shapes = new ArrayList<>();
        // Spheres at exponentially growing distances (each SAH split peels off one) and a pile of identical triangles.
        for (int i = 0; i < 2000; i++) {
            shapes.add(new Sphere(new Vec3(Math.pow(1.01, i), 0, -5), 0.4, M));
        }
        for (int i = 0; i < 500; i++) {
            shapes.add(new Triangle(new Vec3(-1, -1, -3), new Vec3(1, -1, -3), new Vec3(0, 1, -3), M));
        }
        Bvh bvh = new Bvh(shapes);
        assertTrue(bvh.stackSize() <= 80, "depth bounded: " + bvh.stackSize());
        int[] stack = new int[bvh.stackSize()];
        double[] entries = new double[bvh.stackSize()];
        double[] distance = new double[1];
        Random random = new Random(11);
        for (int r = 0; r < 2000; r++) {
            Vec3 d = new Vec3(random.nextDouble() * 2 - 0.2, random.nextGaussian() * 0.2, -1).normalize();
            double best = Shape.MISS;
            int expected = -1;
            for (int i = 0; i < shapes.size(); i++) {
                double t = shapes.get(i).intersect(0, 0, 0, d.x, d.y, d.z);
                if (t < best) {
                    best = t;
                    expected = i;
                }
            }
            assertEquals(expected, bvh.closest(0, 0, 0, d.x, d.y, d.z, stack, entries, distance), "ray " + r);
        }
    }
}
