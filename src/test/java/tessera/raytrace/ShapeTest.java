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

    @Test
    void eachFaceOfABoxIsTexturedFromItsOwnCornerAndFacesOutward() {
        java.util.SplittableRandom draws = new java.util.SplittableRandom(33);
        double[] uv = new double[2];
        double[] normal = new double[3];
        for (int i = 0; i < 2000; i++) {
            double[] min = {draws.nextDouble(-5, 5), draws.nextDouble(-5, 5), draws.nextDouble(-5, 5)};
            double[] max = {min[0] + draws.nextDouble(0.5, 4), min[1] + draws.nextDouble(0.5, 4), min[2] + draws.nextDouble(0.5, 4)};
            AxisBox box = new AxisBox(new Vec3(min[0], min[1], min[2]), new Vec3(max[0], max[1], max[2]), GREY);
            int axis = draws.nextInt(3);
            boolean high = draws.nextBoolean();
            // A point of that face, away from its edges.
            double[] p = new double[3];
            for (int k = 0; k < 3; k++) {
                p[k] = min[k] + (max[k] - min[k]) * draws.nextDouble(0.05, 0.95);
            }
            p[axis] = high ? max[axis] : min[axis];
            box.textureCoordsAt(p[0], p[1], p[2], uv);
            // x faces run along z and y, y faces along x and z, z faces along x and y, from the box's least corner.
            int first = axis == 0 ? 2 : 0;
            int second = axis == 1 ? 2 : 1;
            assertEquals((float) (p[first] - min[first]), uv[0], "u on face " + axis);
            assertEquals((float) (p[second] - min[second]), uv[1], "v on face " + axis);
            box.normalAt(p[0], p[1], p[2], normal);
            for (int k = 0; k < 3; k++) {
                assertEquals(k == axis ? (high ? 1.0 : -1.0) : 0.0, normal[k], "normal on face " + axis);
            }
            // A ray at the face's point from outside, straight in, meets the box there.
            double[] d = new double[3];
            d[axis] = high ? -1 : 1;
            double[] o = p.clone();
            o[axis] -= d[axis] * 3;
            assertEquals(3.0, box.intersect(o[0], o[1], o[2], d[0], d[1], d[2]), 1e-9);
        }
    }

    @Test
    void aPlaneIsHitWhereTheRayCrossesItAndTexturedAlongItsOwnAxes() {
        java.util.SplittableRandom draws = new java.util.SplittableRandom(34);
        double[] uv = new double[2];
        double[] normal = new double[3];
        for (int i = 0; i < 2000; i++) {
            Vec3 n = new Vec3(draws.nextDouble(-1, 1), draws.nextDouble(-1, 1), draws.nextDouble(-1, 1)).normalize();
            if (i == 0) {
                n = new Vec3(0, 0, -1); // the normal along z: the texture's axes from y instead
            }
            Vec3 origin = new Vec3(draws.nextDouble(-5, 5), draws.nextDouble(-5, 5), draws.nextDouble(-5, 5));
            Plane plane = new Plane(origin, n, GREY);
            // A ray from the visible side (against the normal), in a direction along it.
            Vec3 from = origin.minus(times(n, draws.nextDouble(0.1, 10))).plus(new Vec3(draws.nextDouble(-3, 3), draws.nextDouble(-3, 3), draws.nextDouble(-3, 3)));
            Vec3 d = n.plus(new Vec3(draws.nextDouble(-0.5, 0.5), draws.nextDouble(-0.5, 0.5), draws.nextDouble(-0.5, 0.5))).normalize();
            double distanceToPlane = origin.minus(from).dot(n);
            if (!(d.dot(n) > 1e-3 && distanceToPlane > 0)) {
                continue;
            }
            double t = plane.intersect(from.x, from.y, from.z, d.x, d.y, d.z);
            assertEquals(distanceToPlane / d.dot(n), t, 1e-9 * Math.max(1, t));
            Vec3 hit = from.plus(times(d, t));
            assertEquals(0.0, hit.minus(origin).dot(n), 1e-9, "the hit is on the plane");
            assertEquals(Shape.MISS, plane.intersect(from.x, from.y, from.z, -d.x, -d.y, -d.z), "away from it");
            assertEquals(Shape.MISS, plane.intersect(hit.x + n.x, hit.y + n.y, hit.z + n.z, d.x, d.y, d.z), "from behind it");
            plane.normalAt(hit.x, hit.y, hit.z, normal);
            assertEquals(-n.x, normal[0], 0.0);
            assertEquals(-n.y, normal[1], 0.0);
            assertEquals(-n.z, normal[2], 0.0);
            // Texture axes: across the normal and across each other, the first also across z (or y).
            Vec3 xAxis = n.cross(i == 0 ? new Vec3(0, 1, 0) : new Vec3(0, 0, 1));
            Vec3 yAxis = n.cross(xAxis);
            plane.textureCoordsAt(hit.x, hit.y, hit.z, uv);
            assertEquals((float) hit.minus(origin).dot(xAxis), uv[0], 1e-5);
            assertEquals((float) hit.minus(origin).dot(yAxis), uv[1], 1e-5);
        }
    }

    private static Vec3 times(Vec3 v, double k) {
        return new Vec3(v.x * k, v.y * k, v.z * k);
    }
}
