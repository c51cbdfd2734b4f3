package tessera.raytrace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The path tracer's random directions and its sphere lights' cones, against what each promises: a
 * direction at the asked angle from its axis and of unit length, the distributions' moments, and a
 * light's density equal to the solid angle it fills. Seeded, so a failure is seen again.
 */
class SamplingTest {
    private static final int SAMPLES = 40_000;
    /** Five standard deviations of a mean of SAMPLES draws of a variable of variance at most 1. */
    private static final double MEAN_TOLERANCE = 5.0 / Math.sqrt(SAMPLES);

    private final SampleRandom random = new SampleRandom();
    private final double[] out = new double[3];

    @Test
    void discPointsAreUniformOverTheUnitDisc() {
        random.start(1, 2);
        int within = 0;
        int right = 0;
        int up = 0;
        for (int i = 0; i < SAMPLES; i++) {
            Directions.disc(random, out);
            double r2 = out[0] * out[0] + out[1] * out[1];
            assertTrue(r2 < 1.0, "inside the disc");
            within += r2 < 0.25 ? 1 : 0;
            right += out[0] > 0 ? 1 : 0;
            up += out[1] > 0 ? 1 : 0;
        }
        // A uniform point is within radius 1/2 a quarter of the time, right of centre and above it half.
        assertEquals(0.25, within / (double) SAMPLES, MEAN_TOLERANCE);
        assertEquals(0.5, right / (double) SAMPLES, MEAN_TOLERANCE);
        assertEquals(0.5, up / (double) SAMPLES, MEAN_TOLERANCE);
    }

    @Test
    void aDirectionAroundAnAxisIsAUnitVectorAtTheAskedCosine() {
        SplittableRandom draws = new SplittableRandom(26);
        for (int i = 0; i < 20_000; i++) {
            double[] axis = unitVector(draws);
            double cos = draws.nextDouble(-1, 1);
            random.start(i, 7);
            Directions.around(axis[0], axis[1], axis[2], cos, random, out);
            assertEquals(1.0, Math.sqrt(dot(out, out)), 1e-12, "unit length");
            assertEquals(cos, dot(out, axis), 1e-12, "cosine to the axis");
        }
    }

    @Test
    void directionsAroundAnAxisAreSpreadEvenlyAboutIt() {
        SplittableRandom draws = new SplittableRandom(27);
        for (int trial = 0; trial < 6; trial++) {
            double[] axis = unitVector(draws);
            if (trial == 0) {
                axis = new double[] {0, 0, -1}; // the basis's other branch, exactly
            }
            double cos = draws.nextDouble(-0.9, 0.9);
            double[] sum = new double[3];
            double[] tangent = null;
            double sameSide = 0;
            random.start(trial, 3);
            for (int i = 0; i < SAMPLES; i++) {
                Directions.around(axis[0], axis[1], axis[2], cos, random, out);
                for (int k = 0; k < 3; k++) {
                    sum[k] += out[k];
                }
                // The first direction's part across the axis; the others fall on its side half the time.
                double[] across = {out[0] - cos * axis[0], out[1] - cos * axis[1], out[2] - cos * axis[2]};
                if (tangent == null) {
                    tangent = across;
                } else {
                    sameSide += dot(across, tangent) > 0 ? 1 : 0;
                }
            }
            // Evenly about the axis: the mean direction is the axis times the cosine.
            for (int k = 0; k < 3; k++) {
                assertEquals(cos * axis[k], sum[k] / SAMPLES, MEAN_TOLERANCE, "mean, component " + k);
            }
            assertEquals(0.5, sameSide / (SAMPLES - 1), MEAN_TOLERANCE);
        }
    }

    @Test
    void cosineWeightedAndUniformDirectionsHaveTheirMoments() {
        random.start(5, 5);
        double cosSum = 0;
        double cosSquares = 0;
        for (int i = 0; i < SAMPLES; i++) {
            Directions.cosineWeighted(0, 1, 0, random, out);
            assertTrue(out[1] >= 0, "above the surface");
            cosSum += out[1];
            cosSquares += out[1] * out[1];
        }
        // Density cos θ / π over the hemisphere: E[cos θ] = 2/3, E[cos² θ] = 1/2.
        assertEquals(2.0 / 3.0, cosSum / SAMPLES, MEAN_TOLERANCE);
        assertEquals(0.5, cosSquares / SAMPLES, MEAN_TOLERANCE);
        double z = 0;
        double z2 = 0;
        for (int i = 0; i < SAMPLES; i++) {
            Directions.uniformSphere(random, out);
            z += out[2];
            z2 += out[2] * out[2];
        }
        // Uniform over the sphere: E[z] = 0, E[z²] = 1/3.
        assertEquals(0.0, z / SAMPLES, MEAN_TOLERANCE);
        assertEquals(1.0 / 3.0, z2 / SAMPLES, MEAN_TOLERANCE);
    }

    @Test
    void aSphereLightsDirectionsHitItUniformlyOverTheConeWithTheDensityOfItsSolidAngle() {
        SplittableRandom draws = new SplittableRandom(28);
        for (int trial = 0; trial < 40; trial++) {
            double radius = draws.nextDouble(0.01, 3);
            Sphere sphere = new Sphere(new Vec3(draws.nextDouble(-5, 5), draws.nextDouble(-5, 5), draws.nextDouble(-5, 5)), radius, null);
            double[] toPoint = unitVector(draws);
            double distance = radius * draws.nextDouble(1.001, 1000);
            double px = sphere.cx + toPoint[0] * distance;
            double py = sphere.cy + toPoint[1] * distance;
            double pz = sphere.cz + toPoint[2] * distance;
            // The cone's half-angle from its sine, independently of the code under test.
            double cosMax = Math.cos(Math.asin(radius / distance));
            double solidAngle = 2 * Math.PI * (1 - cosMax);
            double cosSum = 0;
            int samples = 2000;
            random.start(trial, 11);
            for (int i = 0; i < samples; i++) {
                double density = sphere.sampleDirection(px, py, pz, random, out);
                assertEquals(1 / solidAngle, density, 1e-9 / solidAngle, "density at trial " + trial);
                double t = sphere.intersect(px, py, pz, out[0], out[1], out[2]);
                assertTrue(t != Shape.MISS, "a sampled direction hits the sphere, trial " + trial);
                assertEquals(density, sphere.directionDensity(px, py, pz, out[0], out[1], out[2], t), 1e-9 * density);
                cosSum += -(out[0] * toPoint[0] + out[1] * toPoint[1] + out[2] * toPoint[2]);
            }
            // Uniform over the cone: the mean cosine to its axis is halfway between cos θmax and 1.
            assertEquals((1 + cosMax) / 2, cosSum / samples, 5 * (1 - cosMax) / Math.sqrt(12 * samples) + 1e-12, "trial " + trial);
        }
    }

    @Test
    void aSphereLightGivesNoDirectionFromInsideIt() {
        Sphere sphere = new Sphere(new Vec3(1, 2, 3), 2, null);
        random.start(0, 0);
        assertEquals(0.0, sphere.sampleDirection(1.5, 2, 3, random, out));
        assertEquals(0.0, sphere.directionDensity(1.5, 2, 3, 1, 0, 0, 1));
        assertEquals(0.0, sphere.sampleDirection(3, 2, 3, random, out), "on its surface");
    }

    /** A uniformly random unit vector. */
    static double[] unitVector(SplittableRandom draws) {
        while (true) {
            double x = draws.nextDouble(-1, 1);
            double y = draws.nextDouble(-1, 1);
            double z = draws.nextDouble(-1, 1);
            double n = Math.sqrt(x * x + y * y + z * z);
            if (n > 0.1 && n <= 1) {
                return new double[] {x / n, y / n, z / n};
            }
        }
    }

    private static double dot(double[] a, double[] b) {
        return a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
    }
}
