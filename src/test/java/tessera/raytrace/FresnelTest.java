package tessera.raytrace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class FresnelTest {
    @Test
    void normalIncidenceOnGlassReflectsFourPercent() {
        // ((n − 1) / (n + 1))² = (0.5 / 2.5)² = 0.04, in both variants: at normal incidence cos_t = cos_i.
        assertEquals(0.04, Fresnel.reflectance(0, 0, -1, 0, 0, 1, 1.5f, false), 1e-15);
        assertEquals(0.04, Fresnel.reflectance(0, 0, -1, 0, 0, 1, 1.5f, true), 1e-15);
    }

    @Test
    void totalInternalReflectionFromInside() {
        // Leaving glass at 60°: sin_t = 1.5 · sin 60° = 1.30 > 1.
        double s = Math.sqrt(3) / 2;
        assertEquals(1.0, Fresnel.reflectance(s, 0, 0.5, 0, 0, 1, 1.5f, false));
    }

    @Test
    void theCratesCosineDiffersFromThePhysicalOneAtAnAngle() {
        double s = Math.sqrt(0.5);
        double crate = Fresnel.reflectance(s, 0, -s, 0, 0, 1, 1.5f, false);
        double physical = Fresnel.reflectance(s, 0, -s, 0, 0, 1, 1.5f, true);
        // Glass at 45°: (rs² + rp²) / 2 = (0.0920 + 0.0085) / 2 = 0.0503.
        assertEquals(0.0503, physical, 1e-4);
        assertTrue(Math.abs(crate - physical) > 0.01, crate + " vs " + physical);
    }

    @Test
    void aGrazingRayFromOutsideIsNotTakenForOneFromInside() {
        // i ⟂ n: seen from outside, the crate's variant gives ((n − 1) / (n + 1))² (its cosine is
        // that of the transmitted angle); the physical one reflects everything.
        assertEquals(0.04, Fresnel.reflectance(1, 0, 0, 0, 0, 1, 1.5f, false), 1e-15);
        assertEquals(1.0, Fresnel.reflectance(1, 0, 0, 0, 0, 1, 1.5f, true), 1e-15);
    }

    @Test
    void atTheCriticalAngleEverythingIsReflectedInBothVariants() {
        // Index 1 and a grazing ray: sin θt is exactly 1, where the crate's variant divided 0 by 0.
        for (boolean physical : new boolean[] {false, true}) {
            assertEquals(1.0, Fresnel.reflectance(1, 0, 0, 0, 0, 1, 1.0f, physical), "physical " + physical);
        }
        // From inside glass at exactly the critical angle, sin θi = 1 / 1.5: 1 as well.
        double sin = 1 / 1.5;
        double r = Fresnel.reflectance(sin, 0, Math.sqrt(1 - sin * sin), 0, 0, 1, 1.5f, false);
        assertTrue(r == 1.0 || Math.abs(r - 1.0) < 1e-6, "at the critical angle: " + r);
    }
}
