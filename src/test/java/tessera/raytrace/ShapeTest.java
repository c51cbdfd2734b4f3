package tessera.raytrace;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Intersections worked out by hand. */
class ShapeTest {
    private static final Material GREY = Material.diffuse(new SolidColor(0.5f, 0.5f, 0.5f), 0.18f);
    private static final double S = Math.sqrt(0.5);

    @Test
    void sphereInFrontIsHitAtItsNearSide() {
        Sphere sphere = new Sphere(new Vec3(0, 0, -5), 1, GREY);
        assertEquals(4.0, sphere.intersect(0, 0, 0, 0, 0, -1));
        double[] normal = new double[3];
        sphere.normalAt(0, 0, -4, normal);
        assertEquals(0.0, normal[0]);
        assertEquals(0.0, normal[1]);
        assertEquals(1.0, normal[2]);
    }

    @Test
    void sphereFromInsideIsHitAtItsFarSide() {
        assertEquals(2.0, new Sphere(new Vec3(0, 0, 0), 2, GREY).intersect(0, 0, 0, 1, 0, 0));
    }

    @Test
    void sphereBehindOrBesideIsMissed() {
        Sphere sphere = new Sphere(new Vec3(0, 0, 5), 1, GREY);
        assertEquals(Shape.MISS, sphere.intersect(0, 0, 0, 0, 0, -1));
        assertEquals(Shape.MISS, sphere.intersect(0, 0, 0, 1, 0, 0));
    }

    @Test
    void grazingRayTouchesTheSphereOnce() {
        // Passing at exactly the radius: d² = r², so thc = 0 and both roots are 5.
        assertEquals(5.0, new Sphere(new Vec3(0, 1, -5), 1, GREY).intersect(0, 0, 0, 0, 0, -1));
    }

    @Test
    void planeIsHitOnlyFromItsVisibleSide() {
        // The demo's floor: origin (0, −2, −5), normal (0, −1, 0). Looking down at 45°: 2 / cos 45° = 2√2.
        Plane floor = new Plane(new Vec3(0, -2, -5), new Vec3(0, -1, 0), GREY);
        assertEquals(2 / S, floor.intersect(0, 0, 0, 0, -S, -S), 1e-12);
        assertEquals(Shape.MISS, floor.intersect(0, 0, 0, 0, S, -S));
        assertEquals(Shape.MISS, floor.intersect(0, -3, 0, 0, -1, 0), "from below the floor");
        double[] normal = new double[3];
        floor.normalAt(0, -2, 0, normal);
        assertEquals(1.0, normal[1]);
    }

    @Test
    void triangleIsHitInsideAndMissedOutside() {
        Triangle triangle = new Triangle(new Vec3(-1, -1, -3), new Vec3(1, -1, -3), new Vec3(0, 1, -3), GREY);
        assertEquals(3.0, triangle.intersect(0, 0, 0, 0, 0, -1), 1e-12);
        assertEquals(3.0, triangle.intersect(0, 0, -6, 0, 0, 1), 1e-12, "from behind");
        assertEquals(Shape.MISS, triangle.intersect(0.9, 0.9, 0, 0, 0, -1));
    }

    @Test
    void boxIsHitOnTheNearFaceWithItsOutwardNormal() {
        AxisBox box = new AxisBox(new Vec3(-1, -1, -4), new Vec3(1, 1, -2), GREY);
        assertEquals(2.0, box.intersect(0, 0, 0, 0, 0, -1), 1e-12);
        assertEquals(1.0, box.intersect(0, 0, -3, 1, 0, 0), 1e-12, "from inside");
        assertEquals(Shape.MISS, box.intersect(0, 2, 0, 0, 0, -1));
        double[] normal = new double[3];
        box.normalAt(0, 0, -2, normal);
        assertEquals(1.0, normal[2]);
        box.normalAt(-1, 0.5, -3, normal);
        assertEquals(-1.0, normal[0]);
    }
}
