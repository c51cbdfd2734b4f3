package tessera.raytrace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
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
        tessera.render.RequestFiles pictures = name -> {
            loaded.add(name);
            return new tessera.render.Picture(2, 1, new int[] {0, -1});
        };
        Scene scene = new SceneReader(pictures).read(tessera.render.FieldReader.of(
                tessera.json.JsonReader.parse(SceneFixtures.preset("extensions")), "params.scene"), 0, 0);
        assertEquals(4, scene.samples);
        assertEquals(java.util.List.of("scenes/checkerboard.png"), loaded);
        assertTrue(scene.shapes.get(1) instanceof AxisBox);
        assertTrue(scene.shapes.get(4) instanceof Triangle);
    }

    /** Files that are the given models, counting how often each is asked for. */
    private static tessera.render.RequestFiles models(java.util.Map<String, String> files, java.util.List<String> asked) {
        return new tessera.render.RequestFiles() {
            @Override
            public tessera.render.Picture load(String name) {
                throw new IllegalArgumentException("no pictures here");
            }

            @Override
            public byte[] model(String name) {
                asked.add(name);
                String text = files.get(name);
                if (text == null) {
                    throw new IllegalArgumentException("no such file " + name);
                }
                return text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
            }
        };
    }

    private static Scene readWith(tessera.render.RequestFiles files, String json) {
        return new SceneReader(files).read(tessera.render.FieldReader.of(tessera.json.JsonReader.parse(json), "params.scene"), 0, 0);
    }

    private static String mesh(String obj, String transform) {
        return "{\"Mesh\": {\"obj\": \"" + obj + "\"" + (transform.isEmpty() ? "" : ", \"transform\": " + transform)
                + ", \"material\": " + SceneFixtures.diffuse(SceneFixtures.rgb(1, 1, 1), "1") + "}}";
    }

    private static final String QUAD = "v 0 0 0\nv 1 0 0\nv 1 1 0\nv 0 1 0\nf 1 2 3 4\n";

    @Test
    void meshesArePlacedAndEachFileIsReadOnce() {
        java.util.List<String> asked = new java.util.ArrayList<>();
        Scene scene = readWith(models(java.util.Map.of("quad.obj", QUAD), asked), SceneFixtures.scene(8, 8,
                mesh("quad.obj", "") + "," + mesh("quad.obj", "{\"scale\": 2, \"rotate\": {\"z\": 90}, \"translate\": "
                        + SceneFixtures.point(0, 0, -5) + "}"), ""));
        assertEquals(java.util.List.of("quad.obj"), asked);
        assertEquals(4, scene.shapes.size());
        double[] box = new double[6];
        scene.shapes.get(2).bounds(box);
        // (1, 0, 0) and (1, 1, 0), scaled by 2 and turned a quarter about z, are (0, 2) and (−2, 2).
        assertEquals(-2, box[0], 1e-12);
        assertEquals(0, box[1], 1e-12);
        assertEquals(-5, box[2], 1e-12);
        assertEquals(0, box[3], 1e-12);
        assertEquals(2, box[4], 1e-12);
    }

    @Test
    void fitCentresAModelAndSizesItsLongestSideWhateverItsUnits() {
        String millimetres = "v 1000 2000 0\nv 1400 2000 0\nv 1000 2100 50\nf 1 2 3\n";
        Scene scene = readWith(models(java.util.Map.of("mm.obj", millimetres), new java.util.ArrayList<>()), SceneFixtures.scene(8, 8,
                mesh("mm.obj", "{\"fit\": 2, \"translate\": " + SceneFixtures.point(0, 1, -5) + "}"), ""));
        double[] box = new double[6];
        scene.shapes.get(0).bounds(box);
        assertEquals(-1, box[0], 1e-12);
        assertEquals(1, box[3], 1e-12);
        assertEquals(1 - 0.25, box[1], 1e-12);
        assertEquals(1 + 0.25, box[4], 1e-12);
        assertEquals(-5.125, box[2], 1e-12);
        InvalidRequestException e = assertThrows(InvalidRequestException.class, () -> readWith(models(java.util.Map.of("p.obj",
                "v 1 1 1\nv 1 1 1\nv 1 1 1\nf 1 2 3\n"), new java.util.ArrayList<>()), SceneFixtures.scene(8, 8, mesh("p.obj", "{\"fit\": 1}"), "")));
        assertEquals("params.scene.elements[0].Mesh.transform.fit", e.field());
    }

    @Test
    void aModelThatCannotBeHadOrReadIsNamedWithTheFileAndLine() {
        java.util.List<String> asked = new java.util.ArrayList<>();
        tessera.render.RequestFiles files = models(java.util.Map.of("bad.obj", "v 0 0 0\nv 1 x 0\n"), asked);
        InvalidRequestException e = assertThrows(InvalidRequestException.class,
                () -> readWith(files, SceneFixtures.scene(8, 8, mesh("bad.obj", ""), "")));
        assertEquals("params.scene.elements[0].Mesh.obj", e.field());
        assertEquals("params.scene.elements[0].Mesh.obj: cannot load \"bad.obj\": line 2, column 5: expected a number, found \"x\"",
                e.getMessage());
        e = assertThrows(InvalidRequestException.class, () -> readWith(files, SceneFixtures.scene(8, 8, mesh("gone.obj", ""), "")));
        assertTrue(e.getMessage().endsWith("cannot load \"gone.obj\": no such file gone.obj"), e.getMessage());
        e = assertThrows(InvalidRequestException.class, () -> readWith(models(java.util.Map.of("q.obj", QUAD), asked),
                SceneFixtures.scene(8, 8, mesh("q.obj", "{\"scale\": 5e8, \"translate\": " + SceneFixtures.point(6e8, 0, 0) + "}"), "")));
        assertEquals("params.scene.elements[0].Mesh.transform", e.field());
    }

    @Test
    void aMeshThatWouldDrawNothingIsRefusedSayingWhy() {
        java.util.Map<String, String> files = java.util.Map.of(
                "flat.obj", "v 0 0 0\nv 1 1 1\nv 2 2 2\nv 3 3 3\nf 1 2 3\nf 2 3 4\n",
                "huge.obj", "v -1e308 0 0\nv 1e308 0 0\nv 0 1e308 0\nf 1 2 3\n",
                "tiny.obj", "v 0 0 0\nv 1e-310 0 0\nv 0 1e-310 0\nf 1 2 3\n");
        String[][] cases = {
            {"flat.obj", "", "params.scene.elements[0].Mesh.obj", "\"flat.obj\" draws nothing: none of its 2 triangles has an area once placed"},
            {"huge.obj", "{\"fit\": 2}", "params.scene.elements[0].Mesh.transform.fit", "the model spans more than a double holds"},
            {"tiny.obj", "{\"fit\": 2}", "params.scene.elements[0].Mesh.transform.fit", "the model is too small to fit: 1.0E-310 across"},
            {"tiny.obj", "", "params.scene.elements[0].Mesh.obj", "\"tiny.obj\" draws nothing: none of its 1 triangles has an area"},
        };
        for (String[] c : cases) {
            InvalidRequestException e = assertThrows(InvalidRequestException.class, () -> readWith(models(files,
                    new java.util.ArrayList<>()), SceneFixtures.scene(8, 8, mesh(c[0], c[1]), "")), c[0] + " " + c[1]);
            assertEquals(c[2], e.field(), e.getMessage());
            assertTrue(e.getMessage().contains(c[3]), e.getMessage());
        }
    }

    @Test
    void aModelsNameAndItsLinesAreShownCutAndEscaped() {
        String name = "\u001b]0;x\u0007" + "m".repeat(10_000_000) + ".obj";
        InvalidRequestException e = assertThrows(InvalidRequestException.class, () -> readWith(models(java.util.Map.of(),
                new java.util.ArrayList<>()), SceneFixtures.scene(8, 8, mesh(name.replace("\u001b", "\\u001b").replace("\u0007", "\\u0007"), ""), "")));
        assertTrue(e.getMessage().length() < 600, e.getMessage().length() + " characters");
        assertTrue(e.getMessage().contains("\\u001b]0;x\\u0007mmm"), e.getMessage().substring(0, 200));
        assertTrue(e.getMessage().chars().noneMatch(c -> c < 0x20), "no control character");
        e = assertThrows(InvalidRequestException.class, () -> readWith(models(java.util.Map.of("esc.obj", "v 0 0 0\nv 1 \u001b[2J 0\n"),
                new java.util.ArrayList<>()), SceneFixtures.scene(8, 8, mesh("esc.obj", ""), "")));
        assertTrue(e.getMessage().endsWith("expected a number, found \"\\u001b[2J\""), e.getMessage());
    }

    @Test
    void aMillionTrianglesAreReadAndTracedButTheSceneLimitCountsEveryMesh() {
        // A grid of 700 × 700 quads: 980,000 triangles.
        int n = 700;
        StringBuilder obj = new StringBuilder(40 * n * n);
        for (int y = 0; y <= n; y++) {
            for (int x = 0; x <= n; x++) {
                obj.append("v ").append(x).append(' ').append(y).append(" 0\n");
            }
        }
        for (int y = 0; y < n; y++) {
            for (int x = 0; x < n; x++) {
                int a = y * (n + 1) + x + 1;
                obj.append("f ").append(a).append(' ').append(a + 1).append(' ').append(a + n + 2).append(' ').append(a + n + 1).append('\n');
            }
        }
        java.util.List<String> asked = new java.util.ArrayList<>();
        tessera.render.RequestFiles files = models(java.util.Map.of("grid.obj", obj.toString()), asked);
        String transform = "{\"scale\": 0.012, \"translate\": " + SceneFixtures.point(-4.2, -4.2, -4) + "}";
        Scene scene = readWith(files, SceneFixtures.scene(16, 16, mesh("grid.obj", transform) + "," + mesh("grid.obj", transform),
                "{\"Directional\": {\"direction\": " + SceneFixtures.point(0, 0, -1) + ", \"color\": " + SceneFixtures.rgb(1, 1, 1)
                        + ", \"intensity\": 3}}"));
        assertEquals(2 * 980_000, scene.shapes.size());
        int[] frame = SceneFixtures.render(scene);
        assertTrue(java.util.Arrays.stream(frame).allMatch(p -> tessera.render.Rgba.red(p) > 0), "the grid fills the view and is lit");
        InvalidRequestException e = assertThrows(InvalidRequestException.class, () -> readWith(files, SceneFixtures.scene(8, 8,
                mesh("grid.obj", "") + "," + mesh("grid.obj", "") + "," + mesh("grid.obj", ""), "")));
        assertEquals("params.scene.elements[2].Mesh.obj", e.field());
        assertTrue(e.getMessage().contains("more than 2000000 triangles together"), e.getMessage());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "\"integrator\": \"path\", \"samples\": 70000|params.scene.samples|from 1 to 65536, got 70000",
        "\"integrator\": \"photons\"|params.scene.integrator|\"photons\"",
        "\"integrator\": \"path\", \"sky\": {\"color\": {\"red\": 1, \"green\": 1}}|params.scene.sky.color.blue|missing",
        "\"bvh\": \"octree\"|params.scene.bvh|\"octree\"",
    })
    void pathTracingSettingsAreChecked(String fields, String field, String problem) {
        String scene = SceneFixtures.scene(8, 8, "", "");
        InvalidRequestException e = refusal(scene.substring(0, scene.length() - 1) + ", " + fields + "}");
        assertEquals(field, e.field(), e.getMessage());
        assertTrue(e.getMessage().contains(problem), e.getMessage());
    }

    @Test
    void pathTracingIsReadWithItsLightsSkyAndLens() {
        String light = "{\"coloration\": {\"Color\": " + SceneFixtures.rgb(1, 1, 1) + "}, \"albedo\": 0.5, \"surface\": \"Diffuse\","
                + " \"emission\": {\"color\": " + SceneFixtures.rgb(1, 0.5, 0.25) + ", \"intensity\": 4}}";
        String scene = SceneFixtures.scene(8, 8, SceneFixtures.sphere(SceneFixtures.point(0, 0, -3), 1, light), "");
        String camera = ", \"camera\": {\"position\": " + SceneFixtures.point(0, 0, 0) + ", \"look_at\": " + SceneFixtures.point(0, 0, -3)
                + ", \"aperture\": 0.1}";
        Scene read = SceneFixtures.read(scene.substring(0, scene.length() - 1) + ", \"integrator\": \"path\", \"samples\": 1000,"
                + " \"sky\": {\"color\": " + SceneFixtures.rgb(0.5, 0.5, 1) + ", \"intensity\": 2}" + camera + "}");
        assertEquals(Integrator.PATH, read.integrator);
        assertEquals(1000, read.samples);
        double[] sky = new double[3];
        read.sky.radiance(-0.5, sky);
        assertEquals(1.0, sky[0]);
        assertEquals(2.0, sky[2]);
        assertEquals(2.0, read.shapes.get(0).material.emitGreen);
        assertTrue(read.physicalFresnel, "path tracing takes the physical Fresnel term by default");
        InvalidRequestException e = refusal(scene.substring(0, scene.length() - 1) + camera + "}");
        assertEquals("params.scene.camera.aperture", e.field());
        assertTrue(e.getMessage().contains(": depth of field needs path tracing"), e.getMessage());
        e = refusal(scene.substring(0, scene.length() - 1) + ", \"samples\": 1000}");
        assertEquals("params.scene.samples", e.field());
        Scene gradient = SceneFixtures.read(scene.substring(0, scene.length() - 1) + ", \"sky\": {\"color\": "
                + SceneFixtures.rgb(0, 0.5, 1) + ", \"horizon\": " + SceneFixtures.rgb(1, 1, 1) + ", \"intensity\": 2}}");
        gradient.sky.radiance(1, sky);
        assertEquals(List.of(0.0, 1.0, 2.0), List.of(sky[0], sky[1], sky[2]), "straight up: the zenith");
        gradient.sky.radiance(0.25, sky);
        assertEquals(List.of(1.5, 1.75, 2.0), List.of(sky[0], sky[1], sky[2]), "a quarter of the way up");
        gradient.sky.radiance(-1, sky);
        assertEquals(List.of(2.0, 2.0, 2.0), List.of(sky[0], sky[1], sky[2]), "below the horizon: the horizon");
        assertEquals(SceneReader.DEFAULT_PATH_SAMPLES,
                SceneFixtures.read(scene.substring(0, scene.length() - 1) + ", \"integrator\": \"path\"}").samples);
    }
}
