package tessera.raytrace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tessera.render.InvalidRequestException;

class SceneReaderTest {
    @Test
    void readsTheDemoScene() throws Exception {
        Scene scene = SceneFixtures.read(SceneFixtures.preset("demo"));
        assertEquals(800, scene.width);
        assertEquals(800, scene.height);
        assertEquals(20, scene.maxRecursionDepth);
        assertEquals(1e-13, scene.shadowBias);
        assertEquals(5, scene.shapes.size());
        assertEquals(3, scene.lights.size());
        assertTrue(scene.shapes.get(0) instanceof Sphere);
        assertEquals(Surface.REFLECTIVE, scene.shapes.get(0).material.surface);
        assertEquals(0.7f, scene.shapes.get(0).material.reflectivity);
        assertEquals(Surface.DIFFUSE, scene.shapes.get(1).material.surface);
        assertEquals(Surface.REFRACTIVE, scene.shapes.get(2).material.surface);
        assertEquals(1.5f, scene.shapes.get(2).material.index);
        assertTrue(scene.shapes.get(3) instanceof Plane);
        assertTrue(scene.lights.get(2) instanceof DirectionalLight);
        assertEquals(1, scene.samples);
        assertTrue(scene.gammaEncoded);
        assertTrue(!scene.physicalFresnel);
    }

    @Test
    void readsEveryShippedPresetThatNeedsNoImage() throws Exception {
        assertEquals(1202, SceneFixtures.read(SceneFixtures.preset("spheres-1200")).shapes.size());
    }

    private static InvalidRequestException refusal(String json) {
        return assertThrows(InvalidRequestException.class, () -> SceneFixtures.read(json));
    }

    @Test
    void wrongTypeIsReportedWhereItIs() throws Exception {
        String demo = SceneFixtures.preset("demo");
        String broken = demo.replaceFirst("\"radius\": 1.0", "\"radius\": \"big\"");
        InvalidRequestException e = refusal(broken);
        assertEquals("params.scene.elements[0].Sphere.radius", e.field());
        assertTrue(e.getMessage().endsWith("got \"big\""), e.getMessage());
        int offset = broken.indexOf("\"big\"");
        assertEquals(broken.substring(0, offset).split("\n", -1).length, e.line());
        assertEquals(offset - broken.lastIndexOf('\n', offset), e.column());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "\"intensity\": 250.0|\"intensity\": 1e13|params.scene.lights[1].Spherical.intensity|from 0 to 1000000000000, got 1e13",
        "\"radius\": 1.0|\"radius\": -1.0|params.scene.elements[0].Sphere.radius|from 0 to",
        "\"radius\": 1.0|\"radius\": 0|params.scene.elements[0].Sphere.radius|must be greater than 0",
        "\"Sphere\" : {|\"Cube\" : {|params.scene.elements[0]|unknown kind \"Cube\"; allowed: Sphere, Plane, Triangle, Box",
        "\"fov\": 90.0,||fov|missing",
        "\"max_recursion_depth\": 20|\"max_recursion_depth\": 1000000000|params.scene.max_recursion_depth|from 0 to 100, got 1000000000",
        "\"width\": 800|\"width\": 1000000|params.scene.width|give a smaller width in the request",
        "\"albedo\": 0.18,|\"albedo\": 0.18, \"shine\": 1,|params.scene.elements[0].Sphere.material.shine|unknown field",
        "\"surface\": \"Diffuse\"|\"surface\": \"Matte\"|params.scene.elements[1].Sphere.material.surface|unknown surface \"Matte\"",
        "\"intensity\": 250.0|\"intensity\": -250.0|params.scene.lights[1].Spherical.intensity|got -250.0",
        "\"red\": 0.2,|\"red\": \"NaN\",|params.scene.elements[0].Sphere.material.coloration.Color.red|got \"NaN\"",
    })
    void refusesBrokenScenesNamingTheField(String find, String replace, String field, String problem) throws Exception {
        String demo = SceneFixtures.preset("demo");
        assertTrue(demo.contains(find), find);
        InvalidRequestException e = refusal(demo.replaceFirst(java.util.regex.Pattern.quote(find),
                java.util.regex.Matcher.quoteReplacement(replace == null ? "" : replace)));
        assertTrue(e.field().endsWith(field), e.getMessage());
        assertTrue(e.getMessage().contains(problem), e.getMessage());
    }

    @Test
    void zeroLengthNormalIsRefused() throws Exception {
        String demo = SceneFixtures.preset("demo");
        String broken = demo.replaceFirst("\"normal\": \\{\\s*\"x\": 0.0,\\s*\"y\": -1.0,",
                "\"normal\": {\"x\": 0.0, \"y\": 0.0,");
        InvalidRequestException e = refusal(broken);
        assertEquals("params.scene.elements[3].Plane.normal", e.field());
        assertTrue(e.getMessage().contains("must not be the zero vector"), e.getMessage());
    }

    @Test
    void theDocumentedMaximumIntensityIsAccepted() throws Exception {
        String demo = SceneFixtures.preset("demo");
        assertTrue(demo.contains("\"intensity\": 250.0"));
        SceneFixtures.read(demo.replaceFirst("\"intensity\": 250.0", "\"intensity\": 1e12"));
    }

    @Test
    void aZeroUpVectorIsNamedAsSuch() {
        String camera = ", \"camera\": {\"position\": " + SceneFixtures.point(0, 0, 5) + ", \"look_at\": "
                + SceneFixtures.point(0, 0, 0) + ", \"up\": " + SceneFixtures.point(0, 0, 0) + "}";
        String scene = SceneFixtures.scene(8, 8, "", "");
        InvalidRequestException e = refusal(scene.substring(0, scene.length() - 1) + camera + "}");
        assertEquals("params.scene.camera.up", e.field());
        assertTrue(e.getMessage().contains("must not be the zero vector"), e.getMessage());
    }

    @Test
    void tooManyElementsAreRefusedBeforeAnyIsRead() {
        String elements = String.join(",", java.util.Collections.nCopies(SceneReader.MAX_ELEMENTS + 1, "0"));
        InvalidRequestException e = refusal(SceneFixtures.scene(8, 8, elements, ""));
        assertEquals("params.scene.elements", e.field());
        assertTrue(e.getMessage().contains("has 100001 entries; the limit is 100000"), e.getMessage());
    }

    @Test
    void missingTextureIsNamedWithItsPath() {
        String textured = "{\"Sphere\": {\"center\": " + SceneFixtures.point(0, 0, -5) + ", \"radius\": 1, \"material\": "
                + "{\"coloration\": {\"Texture\": {\"path\": \"nowhere.png\"}}, \"albedo\": 1, \"surface\": \"Diffuse\"}}}";
        InvalidRequestException e = refusal(SceneFixtures.scene(8, 8, textured, ""));
        assertEquals("params.scene.elements[0].Sphere.material.coloration.Texture.path", e.field());
        assertTrue(e.getMessage().contains("cannot load \"nowhere.png\""), e.getMessage());
    }

    @Test
    void extensionsAreRead() throws Exception {
        java.util.List<String> loaded = new java.util.ArrayList<>();
        tessera.render.PictureSource pictures = name -> {
            loaded.add(name);
            return new tessera.render.Picture(2, 1, new int[] {0, -1});
        };
        Scene scene = new SceneReader(pictures).read(tessera.render.FieldReader.of(
                tessera.render.JsonReader.parse(SceneFixtures.preset("extensions")), "params.scene"), 0, 0);
        assertEquals(4, scene.samples);
        assertEquals(java.util.List.of("scenes/checkerboard.png"), loaded);
        assertTrue(scene.shapes.get(1) instanceof AxisBox);
        assertTrue(scene.shapes.get(4) instanceof Triangle);
    }
}
