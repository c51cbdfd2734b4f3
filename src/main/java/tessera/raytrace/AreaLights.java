package tessera.raytrace;

import java.util.ArrayList;
import java.util.List;

/**
 * What path tracing samples for light at each diffuse bounce, one of them chosen uniformly per
 * bounce: the emissive shapes that can be sampled (spheres and triangles) and a bright sky. Point
 * and directional lights are not here: every bounce asks each of them, as the crate's tracer does.
 */
final class AreaLights {
    /** Density of a uniform direction over the sphere, the sky's sampling. */
    static final double SKY_DENSITY = 1.0 / (4.0 * Math.PI);

    private final Shape[] emitters;
    private final int[] emitterScene;
    /** For each shape of the scene, its place in {@link #emitters}, or −1. */
    private final int[] emitterOf;
    private final boolean skyIsLight;
    /** The chance each light has to be the one sampled at a bounce. */
    final double chance;

    AreaLights(Scene scene) {
        List<Integer> found = new ArrayList<>();
        emitterOf = new int[scene.shapes.size()];
        for (int i = 0; i < scene.shapes.size(); i++) {
            Shape shape = scene.shapes.get(i);
            boolean sampled = shape.material.emits()
                    && (shape instanceof Sphere || shape instanceof Triangle || shape instanceof MeshTriangle);
            emitterOf[i] = sampled ? found.size() : -1;
            if (sampled) {
                found.add(i);
            }
        }
        emitters = new Shape[found.size()];
        emitterScene = new int[found.size()];
        for (int k = 0; k < found.size(); k++) {
            emitterScene[k] = found.get(k);
            emitters[k] = scene.shapes.get(found.get(k));
        }
        skyIsLight = !scene.sky.isDark();
        int count = emitters.length + (skyIsLight ? 1 : 0);
        chance = count == 0 ? 0 : 1.0 / count;
    }

    int count() {
        return emitters.length + (skyIsLight ? 1 : 0);
    }

    /** The light numbered {@code k}: an emitter, or for k = the emitter count, the sky. */
    boolean isSky(int k) {
        return k == emitters.length;
    }

    Shape emitter(int k) {
        return emitters[k];
    }

    /** The scene index of emitter {@code k}, which a shadow ray must hit to see it. */
    int sceneIndex(int k) {
        return emitterScene[k];
    }

    /** Whether light sampling could have chosen the shape with this scene index. */
    boolean isSampled(int sceneIndex) {
        return emitterOf[sceneIndex] >= 0;
    }

    boolean skyIsSampled() {
        return skyIsLight;
    }
}
