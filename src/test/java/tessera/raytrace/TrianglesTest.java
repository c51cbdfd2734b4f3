package tessera.raytrace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The packed triangle's maths on seeded random triangles of every size and place, against
 * independent oracles: a point built from barycentric weights gives them back, a ray aimed at a
 * point inside meets it at its distance (and one aimed outside misses), and a triangle light's
 * directions average, in 1 / density, to the solid angle it fills (Van Oosterom and Strackee's
 * formula).
 */
class TrianglesTest {
    private final SplittableRandom draws = new SplittableRandom(35);
    private final double[] corners = new double[Triangles.STRIDE];
    private final double[] out = new double[3];

    @Test
    void barycentricWeightsOfAPointBuiltFromThemAreThemselves() {
        for (int i = 0; i < 5000; i++) {
            double[][] abc = randomTriangle();
            double wb = draws.nextDouble(-0.5, 1.5);
            double wc = draws.nextDouble(-0.5, 1.5);
            double[] p = pointAt(abc, wb, wc);
            Triangles.barycentric(corners, 0, p[0], p[1], p[2], out);
            double tolerance = 1e-7 * (1 + Math.abs(wb) + Math.abs(wc));
            assertEquals(wb, out[0], tolerance, "weight of b, triangle " + i);
            assertEquals(wc, out[1], tolerance, "weight of c, triangle " + i);
        }
    }

    @Test
    void aRayAimedInsideMeetsTheTriangleAtItsDistanceAndOneAimedOutsideMisses() {
        for (int i = 0; i < 20_000; i++) {
            double[][] abc = randomTriangle();
            double size = Math.sqrt(Triangles.doubleArea(corners, 0));
            boolean inside = draws.nextBoolean();
            double wb;
            double wc;
            if (inside) {
                wb = draws.nextDouble(0.02, 0.96);
                wc = draws.nextDouble(0.02, 0.98 - wb);
            } else {
                // Outside by a margin: past edge ab, past edge ac, or past edge bc.
                double[][] outside = {{draws.nextDouble(0.1, 0.9), -draws.nextDouble(0.05, 1)},
                        {-draws.nextDouble(0.05, 1), draws.nextDouble(0.1, 0.9)},
                        {draws.nextDouble(0.55, 1.5), draws.nextDouble(0.55, 1.5)}};
                double[] w = outside[draws.nextInt(3)];
                wb = w[0];
                wc = w[1];
            }
            double[] target = pointAt(abc, wb, wc);
            // From a point at a random distance and direction, but not nearly in the triangle's plane.
            Triangles.normal(corners, 0, out);
            double[] n = out.clone();
            double[] d = unitVector();
            if (Math.abs(d[0] * n[0] + d[1] * n[1] + d[2] * n[2]) < 0.2) {
                continue;
            }
            double distance = size * draws.nextDouble(0.5, 100);
            double ox = target[0] - d[0] * distance;
            double oy = target[1] - d[1] * distance;
            double oz = target[2] - d[2] * distance;
            double t = Triangles.intersect(corners, 0, ox, oy, oz, d[0], d[1], d[2]);
            if (inside) {
                assertEquals(distance, t, 1e-7 * distance, "triangle " + i);
                assertEquals(Shape.MISS, Triangles.intersect(corners, 0, ox, oy, oz, -d[0], -d[1], -d[2]), "behind, triangle " + i);
            } else {
                assertEquals(Shape.MISS, t, "outside, triangle " + i + " at " + wb + ", " + wc);
            }
        }
    }

    @Test
    void aRayAlongTheTrianglesPlaneMissesIt() {
        for (int i = 0; i < 2000; i++) {
            double[][] abc = randomTriangle();
            double[] inside = pointAt(abc, 0.3, 0.3);
            double[] e1 = {corners[3], corners[4], corners[5]};
            double length = Math.sqrt(e1[0] * e1[0] + e1[1] * e1[1] + e1[2] * e1[2]);
            // From outside the triangle, along its edge ab: in its plane, through its inside.
            double ox = inside[0] - e1[0] * 3;
            double oy = inside[1] - e1[1] * 3;
            double oz = inside[2] - e1[2] * 3;
            assertEquals(Shape.MISS, Triangles.intersect(corners, 0, ox, oy, oz, e1[0] / length, e1[1] / length, e1[2] / length));
        }
    }

    @Test
    void aTriangleLightsDirectionsHitItAndAverageToTheSolidAngleItFills() {
        SampleRandom random = new SampleRandom();
        for (int trial = 0; trial < 60; trial++) {
            double[][] abc = randomTriangle();
            double size = Math.sqrt(Triangles.doubleArea(corners, 0));
            double[] view = unitVector();
            double far = size * draws.nextDouble(0.3, 30);
            double[] centre = pointAt(abc, 1.0 / 3, 1.0 / 3);
            double px = centre[0] + view[0] * far;
            double py = centre[1] + view[1] * far;
            double pz = centre[2] + view[2] * far;
            double solidAngle = solidAngle(abc, px, py, pz);
            if (solidAngle < 1e-6) {
                continue; // seen edge on
            }
            int samples = 20_000;
            double inverseDensities = 0;
            double inverseSquares = 0;
            random.start(trial, 1);
            for (int i = 0; i < samples; i++) {
                double density = Triangles.sampleDirection(corners, 0, px, py, pz, random, out);
                double t = Triangles.intersect(corners, 0, px, py, pz, out[0], out[1], out[2]);
                assertTrue(t != Shape.MISS, "a drawn direction meets the light, trial " + trial);
                // The density the tracer asks for again when a ray meets the light by itself.
                assertEquals(density, Triangles.directionDensity(corners, 0, out[0], out[1], out[2], t), 1e-6 * density, "trial " + trial);
                inverseDensities += 1 / density;
                inverseSquares += 1 / (density * density);
            }
            double mean = inverseDensities / samples;
            double sd = Math.sqrt(Math.max(0, inverseSquares / samples - mean * mean) / samples);
            assertEquals(solidAngle, mean, 5 * sd + 1e-9 * solidAngle, "trial " + trial);
        }
    }

    @Test
    void pointsDrawnOnATriangleAreUniformOverIt() {
        SampleRandom random = new SampleRandom();
        double[][] abc = randomTriangle();
        double[] centre = pointAt(abc, 1.0 / 3, 1.0 / 3);
        double[] view = unitVector();
        double size = Math.sqrt(Triangles.doubleArea(corners, 0));
        double px = centre[0] + view[0] * size * 2;
        double py = centre[1] + view[1] * size * 2;
        double pz = centre[2] + view[2] * size * 2;
        double[] weights = new double[2];
        double sumB = 0;
        double sumC = 0;
        int nearA = 0;
        int samples = 40_000;
        random.start(3, 3);
        for (int i = 0; i < samples; i++) {
            Triangles.sampleDirection(corners, 0, px, py, pz, random, out);
            // Back from the direction to the point through the plane, and to its weights.
            double[] n = new double[3];
            Triangles.normal(corners, 0, n);
            double along = ((abc[0][0] - px) * n[0] + (abc[0][1] - py) * n[1] + (abc[0][2] - pz) * n[2])
                    / (out[0] * n[0] + out[1] * n[1] + out[2] * n[2]);
            Triangles.barycentric(corners, 0, px + out[0] * along, py + out[1] * along, pz + out[2] * along, weights);
            assertTrue(weights[0] > -1e-9 && weights[1] > -1e-9 && weights[0] + weights[1] < 1 + 1e-9, "inside");
            sumB += weights[0];
            sumC += weights[1];
            nearA += weights[0] + weights[1] < 0.5 ? 1 : 0;
        }
        // Uniform over the area: each weight averages a third, and a quarter of the area is near a.
        double tolerance = 5 / Math.sqrt(samples);
        assertEquals(1.0 / 3, sumB / samples, tolerance);
        assertEquals(1.0 / 3, sumC / samples, tolerance);
        assertEquals(0.25, nearA / (double) samples, tolerance);
    }

    @Test
    void aScenesTriangleIsThePackedTriangleSeenFromBothSides() {
        SampleRandom mine = new SampleRandom();
        SampleRandom packed = new SampleRandom();
        double[] uv = new double[2];
        double[] weights = new double[2];
        double[] copy = new double[Triangles.STRIDE + 2];
        double[] other = new double[3];
        for (int i = 0; i < 500; i++) {
            double[][] abc = randomTriangle();
            Triangle triangle = new Triangle(new Vec3(abc[0][0], abc[0][1], abc[0][2]), new Vec3(abc[1][0], abc[1][1], abc[1][2]),
                    new Vec3(abc[2][0], abc[2][1], abc[2][2]), null);
            assertTrue(triangle.isTwoSided(), "a scene's triangle is seen from both sides");
            assertTrue(triangle.packCorners(copy, 2));
            assertEquals(java.util.Arrays.toString(corners), java.util.Arrays.toString(java.util.Arrays.copyOfRange(copy, 2, 2 + Triangles.STRIDE)));
            double[] p = pointAt(abc, draws.nextDouble(), draws.nextDouble());
            triangle.textureCoordsAt(p[0], p[1], p[2], uv);
            Triangles.barycentric(corners, 0, p[0], p[1], p[2], weights);
            assertEquals((float) weights[0], uv[0], "u: the weight of b");
            assertEquals((float) weights[1], uv[1], "v: the weight of c");
            double[] view = unitVector();
            double px = p[0] + view[0] * 5;
            double py = p[1] + view[1] * 5;
            double pz = p[2] + view[2] * 5;
            mine.start(i, 0);
            packed.start(i, 0);
            double density = triangle.sampleDirection(px, py, pz, mine, out);
            assertEquals(Triangles.sampleDirection(corners, 0, px, py, pz, packed, other), density);
            assertEquals(java.util.Arrays.toString(other), java.util.Arrays.toString(out));
            assertEquals(Triangles.directionDensity(corners, 0, out[0], out[1], out[2], 5), triangle.directionDensity(px, py, pz, out[0], out[1], out[2], 5));
            assertEquals(Triangles.intersect(corners, 0, px, py, pz, -view[0], -view[1], -view[2]), triangle.intersect(px, py, pz, -view[0], -view[1], -view[2]));
        }
    }

    /** A triangle of random size (10⁻⁶ to 10³), place and shape, not too thin; packed into corners. */
    private double[][] randomTriangle() {
        while (true) {
            double scale = Math.pow(10, draws.nextDouble(-6, 3));
            double[] a = {draws.nextDouble(-10, 10), draws.nextDouble(-10, 10), draws.nextDouble(-10, 10)};
            double[][] abc = new double[3][];
            abc[0] = a;
            for (int k = 1; k < 3; k++) {
                double[] d = unitVector();
                double length = scale * draws.nextDouble(0.3, 1);
                abc[k] = new double[] {a[0] + d[0] * length, a[1] + d[1] * length, a[2] + d[2] * length};
            }
            Triangles.pack(abc[0][0], abc[0][1], abc[0][2], abc[1][0], abc[1][1], abc[1][2], abc[2][0], abc[2][1], abc[2][2], corners, 0);
            double e1 = Math.sqrt(corners[3] * corners[3] + corners[4] * corners[4] + corners[5] * corners[5]);
            double e2 = Math.sqrt(corners[6] * corners[6] + corners[7] * corners[7] + corners[8] * corners[8]);
            if (Triangles.doubleArea(corners, 0) > 0.2 * e1 * e2) {
                return abc;
            }
        }
    }

    /** a + wb (b − a) + wc (c − a), from the corners themselves rather than the packed edges. */
    private static double[] pointAt(double[][] abc, double wb, double wc) {
        double[] p = new double[3];
        for (int k = 0; k < 3; k++) {
            p[k] = abc[0][k] + wb * (abc[1][k] - abc[0][k]) + wc * (abc[2][k] - abc[0][k]);
        }
        return p;
    }

    /** The solid angle of triangle abc seen from p (Van Oosterom and Strackee, 1983). */
    private static double solidAngle(double[][] abc, double px, double py, double pz) {
        double[] a = {abc[0][0] - px, abc[0][1] - py, abc[0][2] - pz};
        double[] b = {abc[1][0] - px, abc[1][1] - py, abc[1][2] - pz};
        double[] c = {abc[2][0] - px, abc[2][1] - py, abc[2][2] - pz};
        double la = Math.sqrt(dot(a, a));
        double lb = Math.sqrt(dot(b, b));
        double lc = Math.sqrt(dot(c, c));
        double triple = a[0] * (b[1] * c[2] - b[2] * c[1]) - a[1] * (b[0] * c[2] - b[2] * c[0]) + a[2] * (b[0] * c[1] - b[1] * c[0]);
        double denominator = la * lb * lc + dot(a, b) * lc + dot(a, c) * lb + dot(b, c) * la;
        return Math.abs(2 * Math.atan2(Math.abs(triple), denominator));
    }

    private double[] unitVector() {
        return SamplingTest.unitVector(draws);
    }

    private static double dot(double[] a, double[] b) {
        return a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
    }
}
