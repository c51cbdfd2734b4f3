package tessera.raytrace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static tessera.raytrace.SceneFixtures.diffuse;
import static tessera.raytrace.SceneFixtures.point;
import static tessera.raytrace.SceneFixtures.rgb;
import static tessera.raytrace.SceneFixtures.scene;
import static tessera.raytrace.SceneFixtures.sphere;

import org.junit.jupiter.api.Test;
import tessera.render.Rgba;

/**
 * One-pixel renders whose colour is worked out by hand. The pixel's ray runs straight down −z and
 * meets a sphere of radius 1 at (0, 0, −4) with normal (0, 0, 1).
 */
class ShadingTest {
    /** Albedo π makes albedo / π exactly 1 in single precision. */
    private static final String ALBEDO_PI = String.valueOf((float) Math.PI);
    private static final String WHITE_SPHERE = sphere(point(0, 0, -5), 1, diffuse(rgb(1, 1, 1), ALBEDO_PI));

    private static int pixel(String elements, String lights) {
        return SceneFixtures.render(SceneFixtures.read(scene(1, 1, elements, lights)))[0];
    }

    private static String directional(double intensity) {
        return "{\"Directional\": {\"direction\": " + point(0, 0, -1) + ", \"color\": " + rgb(1, 1, 1)
                + ", \"intensity\": " + intensity + "}}";
    }

    @Test
    void lambertWithGammaEncoding() {
        // Linear 0.5: 0.5^(1/2.2) = 0.72974, × 255 = 186.08 → 186.
        assertEquals(Rgba.pack(186, 186, 186, 255), pixel(WHITE_SPHERE, directional(0.5)));
        // Linear 1 and above clamp to 255; nothing lit is black.
        assertEquals(Rgba.pack(255, 255, 255, 255), pixel(WHITE_SPHERE, directional(3)));
        assertEquals(Rgba.pack(0, 0, 0, 255), pixel(WHITE_SPHERE, ""));
    }

    @Test
    void sphericalLightFallsOffWithTheSquareOfTheDistance() {
        // Light at the eye, 4 units from the hit: intensity / (4π · 16) = 0.5 for intensity 32π.
        String light = "{\"Spherical\": {\"position\": " + point(0, 0, 0) + ", \"color\": " + rgb(1, 1, 1)
                + ", \"intensity\": " + (32 * Math.PI) + "}}";
        assertEquals(Rgba.pack(186, 186, 186, 255), pixel(WHITE_SPHERE, light));
    }

    @Test
    void anOccluderCastsAHardShadow() {
        String blocker = sphere(point(0, 0, 10), 1, diffuse(rgb(1, 1, 1), "1"));
        assertEquals(Rgba.pack(0, 0, 0, 255), pixel(WHITE_SPHERE + ", " + blocker, directional(0.5)));
    }

    @Test
    void colourAndLightMultiplyPerChannel() {
        // Surface (1, 0.5, 0) under light (1, 1, 1) · 0.5: linear (0.5, 0.25, 0) → 186, 0.25^(1/2.2) · 255 = 135.79 → 135, 0.
        String orange = sphere(point(0, 0, -5), 1, diffuse(rgb(1, 0.5, 0), ALBEDO_PI));
        int p = pixel(orange, directional(0.5));
        assertEquals(186, Rgba.red(p));
        assertEquals(Gamma.encode(0.25f), Rgba.green(p));
        assertEquals(135, Rgba.green(p));
        assertEquals(0, Rgba.blue(p));
    }

    @Test
    void reflectiveSurfaceMixesDiffuseAndReflection() {
        // Reflectivity 0.5: half the diffuse 0.5 plus half the reflected ray, which meets nothing (black): 0.25.
        String mirror = "{\"Sphere\": {\"center\": " + point(0, 0, -5) + ", \"radius\": 1, \"material\": "
                + "{\"coloration\": {\"Color\": " + rgb(1, 1, 1) + "}, \"albedo\": " + ALBEDO_PI
                + ", \"surface\": {\"Reflective\": {\"reflectivity\": 0.5}}}}}";
        assertEquals(Gamma.encode(0.25f), Rgba.red(pixel(mirror, directional(0.5))));
    }

    @Test
    void recursionDepthZeroRendersBlack() {
        String json = scene(1, 1, WHITE_SPHERE, directional(0.5)).replace("\"max_recursion_depth\": 5", "\"max_recursion_depth\": 0");
        assertEquals(Rgba.pack(0, 0, 0, 255), SceneFixtures.render(SceneFixtures.read(json))[0]);
    }
}
