package tessera.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.interactions.WheelInput;

/**
 * The ray tracer's camera moves with the pointer, as in every 3D viewer: a drag orbits the point it
 * looks at, Shift-drag pans, the wheel dollies; the scene's JSON follows, and the picture renders
 * from the new camera.
 */
class SceneCameraIT extends PageTest {
    /** The scene's camera ({position, look_at}, as the editor holds it) once the picture from it is finished, and the picture's hash. */
    private static final String SETTLED = """
            const $ = (id) => document.getElementById(id);
            const idle = () => / in [\\d.]+ (ms|s)|samples per pixel/.test($('message').textContent) && $('cancel').disabled;
            await new Promise((r) => setTimeout(r, 400));
            while (!idle()) await new Promise((r) => requestAnimationFrame(r));
            const scene = JSON.parse($('scene').value);
            const c = $('canvas-raytrace');
            const bytes = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
            const digest = Array.from(new Uint8Array(await crypto.subtle.digest('SHA-256', bytes))).join(',');
            return {camera: scene.camera ?? null, hash: digest, message: $('message').textContent};""";

    private static double distance(Map<String, Object> camera) {
        Map<?, ?> p = (Map<?, ?>) camera.get("position");
        Map<?, ?> l = (Map<?, ?>) camera.get("look_at");
        double dx = number(p, "x") - number(l, "x");
        double dy = number(p, "y") - number(l, "y");
        double dz = number(p, "z") - number(l, "z");
        return Math.sqrt(dx * dx + dy * dy + dz * dz);
    }

    private static double number(Map<?, ?> vector, String axis) {
        return ((Number) vector.get(axis)).doubleValue();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> camera(Map<String, Object> settled) {
        return (Map<String, Object>) settled.get("camera");
    }

    @Test
    void dragOrbitsShiftDragPansAndTheWheelDolliesWithTheSceneFollowing() {
        chrome.driver.findElement(By.id("tab-raytrace")).click();
        Map<String, Object> start = chrome.await(SETTLED);
        assertEquals(null, start.get("camera"), "the demo scene has the standard camera: " + start);
        WebElement canvas = chrome.driver.findElement(By.id("canvas-raytrace"));

        new Actions(chrome.driver).moveToElement(canvas).clickAndHold().moveByOffset(80, 0).release().perform();
        Map<String, Object> orbited = chrome.await(SETTLED);
        Map<String, Object> camera = camera(orbited);
        assertEquals(Map.of("x", 0L, "y", 0L, "z", -5L), camera.get("look_at"), "about the spheres in front: " + orbited);
        assertEquals(5.0, distance(camera), 1e-3, "an orbit keeps the distance: " + camera);
        assertTrue(number((Map<?, ?>) camera.get("position"), "x") < -0.1, "dragged right, the camera goes round to the left: " + camera);
        assertNotEquals(start.get("hash"), orbited.get("hash"), "the picture follows");

        new Actions(chrome.driver).scrollFromOrigin(WheelInput.ScrollOrigin.fromElement(canvas), 0, -300).perform();
        Map<String, Object> dollied = chrome.await(SETTLED);
        assertTrue(distance(camera(dollied)) < 0.9 * distance(camera), "the wheel moves in: " + camera(dollied));
        assertEquals(camera.get("look_at"), camera(dollied).get("look_at"));

        new Actions(chrome.driver).keyDown(Keys.SHIFT).moveToElement(canvas).clickAndHold().moveByOffset(0, 60).release().keyUp(Keys.SHIFT).perform();
        Map<String, Object> panned = chrome.await(SETTLED);
        assertNotEquals(camera(dollied).get("look_at"), camera(panned).get("look_at"), "a pan moves what the camera looks at: " + panned);
        assertEquals(distance(camera(dollied)), distance(camera(panned)), 1e-3, "and keeps the distance");
        assertNotEquals(dollied.get("hash"), panned.get("hash"));

        chrome.await("document.getElementById('scene').value = '{\"width\": 64,'; return 1;");
        new Actions(chrome.driver).moveToElement(canvas).clickAndHold().moveByOffset(40, 0).release().perform();
        String message = chrome.await("return document.getElementById('message').textContent;");
        assertTrue(message.startsWith("The scene's JSON has an error: correct it, then the camera moves with the pointer."), message);
    }
}
