package tessera.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;

/** The ray tracer in Chromium against the JVM command line, and the scene editor's error reporting. */
class RaytraceBrowserIT extends PageTest {
    private static String request(String preset, String size) throws Exception {
        String scene = Files.readString(Site.siteDir().resolve("scenes/" + preset + ".json"));
        return "{\"workload\":\"raytrace\"" + size + ",\"params\":{\"scene\":" + scene + "}}";
    }


    @Test
    void demoSceneMatchesTheJvmByteForByte() throws Exception {
        page.assertRendersLikeTheJvm(request("demo", ""));
        Files.write(Site.outputDir().resolve("raytrace-demo.png"), chrome.driver.getScreenshotAs(OutputType.BYTES));
    }

    @Test
    void aUserRendersTheDemoPresetFromItsTab() throws Exception {
        chrome.driver.findElement(By.id("tab-raytrace")).click();
        chrome.await("while (!document.getElementById('scene').value) await new Promise(r => setTimeout(r, 20)); return 1;");
        chrome.await("document.getElementById('preset').value = 'demo';"
                + "document.getElementById('preset').dispatchEvent(new Event('change'));"
                + "while (!document.getElementById('scene').value.includes('\"Refractive\"')) await new Promise(r => setTimeout(r, 20));"
                + "document.getElementById('message').textContent = ''; return 1;");
        chrome.driver.findElement(By.id("render")).click();
        String message = chrome.await("const m = document.getElementById('message');"
                + "while (!m.textContent.includes(' in ')) await new Promise(r => requestAnimationFrame(r));"
                + "return m.textContent;");
        assertTrue(message.startsWith("800 × 800, 169 tiles"), message);
        assertEquals(Cli.hash(request("demo", ""), 1, Site.siteDir()), page.canvasHash());
        Files.write(Site.outputDir().resolve("raytrace-tab.png"), chrome.driver.getScreenshotAs(OutputType.BYTES));
    }

    /**
     * TeaVM's JavaScript target computes {@code float} in double precision (it emits no Math.fround),
     * so the JavaScript engine cannot match the crate's f32 colour arithmetic bit for bit. Stated
     * tolerance: no channel off by more than 2, and fewer than 0.1 % of the bytes off at all (measured:
     * 7 of 2,560,000 bytes, each off by 1).
     */
    @Test
    @SuppressWarnings("unchecked")
    void javascriptEngineDiffersOnlyByFloatRounding() throws Exception {
        String request = request("demo", "");
        Map<String, Object> difference;
        try {
            difference = chrome.await(
                    "const pixels = async () => { const c = document.getElementById('canvas-raytrace');"
                    + "  return c.getContext('2d').getImageData(0, 0, c.width, c.height).data; };"
                    + "await window.tessera.render(JSON.parse(args[0])); const wasm = await pixels();"
                    + "await window.tessera.useEngine('js');"
                    + "await window.tessera.render(JSON.parse(args[0])); const js = await pixels();"
                    + "let max = 0, differing = 0;"
                    + "for (let i = 0; i < wasm.length; i++) { const d = Math.abs(wasm[i] - js[i]);"
                    + "  if (d) differing++; if (d > max) max = d; }"
                    + "return {max, differing, bytes: wasm.length};", request);
        } finally {
            chrome.await("return await window.tessera.useEngine('wasm');");
        }
        System.out.println("JavaScript engine against WebAssembly, demo scene: " + difference);
        assertTrue(((Number) difference.get("max")).intValue() <= 2, difference.toString());
        assertTrue(((Number) difference.get("differing")).doubleValue() < 0.001 * ((Number) difference.get("bytes")).doubleValue(),
                difference.toString());
    }

    @Test
    void bvhSceneOfTwelveHundredSpheresMatches() throws Exception {
        page.assertRendersLikeTheJvm(request("spheres-1200", ""));
    }

    @Test
    void texturedCrateSceneMatchesAtAnotherSize() throws Exception {
        page.assertRendersLikeTheJvm(request("crate-test", ",\"width\":400,\"height\":300"));
    }

    @Test
    void extensionsSceneMatches() throws Exception {
        page.assertRendersLikeTheJvm(request("extensions", ",\"width\":480,\"height\":270"));
    }

    /** Path tracing with a mesh the page fetches from models/, an area light and Russian roulette: the same bytes as the JVM. */
    @Test
    void pathTracedBunnyInTheCornellBoxMatches() throws Exception {
        String request = request("cornell-bunny", ",\"width\":160,\"height\":120").replace("\"samples\": 256", "\"samples\": 8");
        page.assertRendersLikeTheJvm(request);
    }

    /**
     * The page shows a path-traced picture converging batch by batch: its running sums, kept in
     * shared memory between batches, end at the bytes the JVM makes in one go, and the canvas shows them.
     */
    @Test
    @SuppressWarnings("unchecked")
    void aConvergingPictureEndsAtTheJvmBytes() throws Exception {
        String request = request("cornell-bunny", ",\"width\":96,\"height\":80").replace("\"samples\": 64", "\"samples\": 24");
        Map<String, Object> result = chrome.await("const messages = [];"
                + "const box = document.getElementById('message');"
                + "const seen = new MutationObserver(() => messages.push(box.textContent));"
                + "seen.observe(box, {childList: true, characterData: true, subtree: true});"
                + "const result = await window.tessera.render(JSON.parse(args[0]), {progressive: true});"
                + "seen.disconnect(); return {...result, messages};", request);
        assertEquals(Cli.hash(request, 2, Site.siteDir()), result.get("hash"));
        assertEquals(page.canvasHash(), result.get("hash"));
        assertEquals(24L, result.get("samples"));
        assertEquals(false, result.get("stopped"));
        java.util.List<String> messages = (java.util.List<String>) result.get("messages");
        assertTrue(messages.stream().anyMatch(m -> m.startsWith("Path tracing: 1 of 24 samples per pixel in ")), messages.toString());
        assertTrue(messages.stream().anyMatch(m -> m.matches("Path tracing: 8 of 24 samples per pixel in .*, noise ±[0-9.]+ %\\.")),
                messages.toString());
        assertTrue(messages.get(messages.size() - 1).matches("96 × 80, 24 samples per pixel in .* on 2 workers\\."), messages.toString());
    }

    @Test
    void stoppingKeepsThePictureSoFar() throws Exception {
        String request = request("cornell-box", ",\"width\":160,\"height\":160").replace("\"samples\": 64", "\"samples\": 4096");
        Map<String, Object> result = chrome.await("const box = document.getElementById('message');"
                + "const rendering = window.tessera.render(JSON.parse(args[0]), {progressive: true});"
                + "while (!/Path tracing: 4 of/.test(box.textContent)) await new Promise(r => setTimeout(r, 10));"
                + "window.tessera.stop(); const result = await rendering;"
                + "return {...result, message: box.textContent};", request);
        assertEquals(true, result.get("stopped"), result.toString());
        long samples = (Long) result.get("samples");
        assertTrue(samples >= 4 && samples < 4096, result.toString());
        assertTrue(((String) result.get("message")).startsWith("Stopped at " + samples + " of 4096 samples per pixel in "), result.toString());
        assertTrue(((String) result.get("message")).endsWith("; the picture is kept."), result.toString());
        assertEquals(page.canvasHash(), result.get("hash"), "the canvas shows the picture after the last whole batch");
        // The canvas keeps the box: lit, not a blank or black frame.
        Map<String, Object> shown = chrome.await("const c = document.getElementById('canvas-raytrace');"
                + "const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;"
                + "let lit = 0; for (let i = 0; i < d.length; i += 4) if (d[i] > 40) lit++; return {lit, pixels: d.length / 4};");
        assertTrue(((Number) shown.get("lit")).doubleValue() > 0.5 * ((Number) shown.get("pixels")).doubleValue(), shown.toString());
        assertEquals(Cli.hash(request("demo", ",\"width\":64,\"height\":64"), 1, Site.siteDir()),
                page.render(request("demo", ",\"width\":64,\"height\":64"), 2).get("hash"), "the next render works");
    }

    /** A user's own OBJ file, chosen on the page, joins the scene where the camera looks and renders as the JVM renders it. */
    @Test
    void aModelOfTheUsersOwnIsAddedToTheSceneAndRendered() throws Exception {
        String done = "const box = document.getElementById('message');"
                + "while (!/samples per pixel in .* on \\d workers?\\./.test(box.textContent)) await new Promise(r => setTimeout(r, 20));"
                + "return box.textContent;";
        chrome.driver.findElement(By.id("tab-raytrace")).click();
        chrome.await("while (!document.getElementById('scene').value) await new Promise(r => setTimeout(r, 20));"
                + "const preset = document.getElementById('preset'); preset.value = 'cornell-box';"
                + "preset.dispatchEvent(new Event('change'));"
                + "while (!document.getElementById('scene').value.includes('Cornell') && !document.getElementById('scene').value.includes('\"integrator\": \"path\"'))"
                + "  await new Promise(r => setTimeout(r, 20));"
                + "for (const [id, value] of [['rt-width', '96'], ['rt-height', '72']]) {"
                + "  const input = document.getElementById(id); input.value = value; input.dispatchEvent(new Event('input', {bubbles: true})); }"
                + "document.getElementById('message').textContent = ''; return 1;");
        assertTrue(chrome.<String>await(done).startsWith("96 × 72, "), "the preset at the size asked for");
        // A tetrahedron in millimetres, far from the origin: fit sizes and centres it.
        java.nio.file.Path model = Site.outputDir().resolve("tetra.obj");
        Files.writeString(model, "v 1000 1000 1000\nv 1100 1000 1000\nv 1000 1100 1000\nv 1000 1000 1100\n"
                + "f 1 3 2\nf 1 2 4\nf 1 4 3\nf 2 3 4\n");
        chrome.driver.findElement(By.id("model-file")).sendKeys(model.toAbsolutePath().toString());
        chrome.await("while (!document.getElementById('scene').value.includes('#tetra.obj')) await new Promise(r => setTimeout(r, 20)); return 1;");
        String message = chrome.await(done);
        assertTrue(message.startsWith("96 × 72, 64 samples per pixel in "), message);
        String scene = chrome.await("return document.getElementById('scene').value;");
        assertTrue(scene.contains("\"fit\": "), scene);
        java.nio.file.Files.copy(model, Site.siteDir().resolve("tetra.obj"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        String onDisk = scene.replaceAll("\"blob:[^\"]*#tetra\\.obj\"", "\"tetra.obj\"");
        assertEquals(Cli.hash("{\"workload\":\"raytrace\",\"width\":96,\"height\":72,\"params\":{\"scene\":" + onDisk + "}}", 2,
                Site.siteDir()), page.canvasHash());
        showTheDemoPreset();
    }

    /** Puts the ray tracer's tab on the demo preset, rendered: the state the tests that edit the scene start from. */
    private void showTheDemoPreset() {
        chrome.await("document.getElementById('tab-raytrace').click();"
                + "while (!document.getElementById('scene').value) await new Promise(r => setTimeout(r, 20));"
                + "document.getElementById('message').textContent = '';"
                + "const preset = document.getElementById('preset'); preset.value = 'demo'; preset.dispatchEvent(new Event('change'));"
                + "const box = document.getElementById('message');"
                + "while (!document.getElementById('scene').value.includes('\"Refractive\"') || !/^800 × 800, .* on \\d workers?/.test(box.textContent))"
                + "  await new Promise(r => setTimeout(r, 20));"
                + "return 1;");
    }

    @Test
    void aModelThatIsNotThereIsNamedAndTheNextRenderWorks() throws Exception {
        String request = request("cornell-bunny", ",\"width\":64,\"height\":64").replace("models/bunny.obj", "models/rabbit.obj");
        String error = chrome.await("try { await window.tessera.render(JSON.parse(args[0])); return 'rendered'; }"
                + " catch (e) { return e.field + ': ' + e.message; }", request);
        assertTrue(error.startsWith("params.scene.elements[12].Mesh.obj: ") && error.contains("cannot load \"models/rabbit.obj\": the server answered 404"),
                error);
        page.assertRendersLikeTheJvm(request("cornell-box", ",\"width\":64,\"height\":64").replace("\"samples\": 256", "\"samples\": 4"));
    }

    @Test
    void brokenSceneShowsItsErrorBesideTheEditorAndKeepsThePicture() throws Exception {
        showTheDemoPreset();
        WebElement editor = chrome.driver.findElement(By.id("scene"));
        String before = page.canvasHash();
        String broken = editor.getAttribute("value").replaceFirst("\"radius\": 1.0", "\"radius\": \"big\"");
        assertNotEquals(editor.getAttribute("value"), broken, "the demo scene has a sphere of radius 1.0");
        chrome.await("document.getElementById('scene').value = args[0]; return 1;", broken);
        chrome.driver.findElement(By.id("render")).click();
        String error = chrome.await(
                "const box = document.getElementById('scene-error');"
                + "while (!box.textContent) await new Promise(r => requestAnimationFrame(r));"
                + "return box.textContent;");
        int line = broken.substring(0, broken.indexOf("\"big\"")).split("\n", -1).length;
        int column = broken.indexOf("\"big\"") - broken.lastIndexOf('\n', broken.indexOf("\"big\""));
        assertEquals("Line " + line + ", column " + column + ": params.scene.elements[0].Sphere.radius: "
                + "must be a number from 0 to 1000000000, got \"big\"", error);
        // The code editor selects the offending text, marks its line and shows it.
        Map<String, Object> shown = chrome.await("const root = document.querySelector('.code-editor').shadowRoot;"
                + "const mark = root.querySelector('.cm-lintRange-error'); const box = root.querySelector('.cm-scroller').getBoundingClientRect();"
                + "const at = mark && mark.getBoundingClientRect();"
                + "return {selected: root.getSelection().toString(), marked: mark ? mark.textContent : null,"
                + " inView: !!at && at.top >= box.top && at.bottom <= box.bottom,"
                + " focused: document.activeElement === root.host && root.activeElement.classList.contains('cm-content')};");
        assertEquals("\"big\"", shown.get("selected"), shown.toString());
        assertEquals("\"big\"", shown.get("marked"), shown.toString());
        assertEquals(Boolean.TRUE, shown.get("inView"), "scrolled to the error: " + shown);
        assertEquals(Boolean.TRUE, shown.get("focused"), shown.toString());
        assertEquals(before, page.canvasHash(), "the previous picture stays");
        chrome.await("document.getElementById('scene').value = '{\"width\": 10,'; return 1;");
        chrome.driver.findElement(By.id("render")).click();
        String syntax = chrome.await(
                "const box = document.getElementById('scene-error');"
                + "while (!box.textContent.includes('invalid JSON')) await new Promise(r => requestAnimationFrame(r));"
                + "return box.textContent;");
        assertTrue(syntax.startsWith("Line 1, column 14: request: invalid JSON"), syntax);
    }

    @Test
    void withoutTheCodeEditorThePlainTextAreaServes() throws Exception {
        try (BrowserPage plain = BrowserPage.open(Site.start(), false)) {
            plain.chrome.driver.executeCdpCommand("Network.enable", Map.of());
            plain.chrome.driver.executeCdpCommand("Network.setBlockedURLs", Map.of("urls", java.util.List.of("*code-editor.js")));
            plain.chrome.driver.navigate().refresh();
            plain.chrome.await("await window.tessera.ready; return 1;");
            plain.chrome.driver.findElement(By.id("tab-raytrace")).click();
            String message = plain.chrome.await("const m = document.getElementById('message');"
                    + "while (!m.textContent.includes('tiles on')) await new Promise(r => requestAnimationFrame(r)); return m.textContent;");
            assertTrue(message.startsWith("800 × 800"), message);
            assertTrue(plain.chrome.driver.findElement(By.id("scene")).isDisplayed(), "the text area is the editor");
            assertEquals(0L, (long) (Long) plain.chrome.await("return document.querySelectorAll('.code-editor').length;"));
        }
    }

    /**
     * A script's request is not the editor's text: an error at a place the editor's text does not
     * reach (here an empty editor, as before the demo scene has loaded) is reported, not marked,
     * and the render rejects with the engine's refusal.
     */
    @Test
    void aScriptsSceneErrorBeyondTheEditorsTextIsReportedNotMarked() {
        // A render from the controls first, so that the editor has given a request of its own.
        Map<String, Object> outcome = chrome.await("document.getElementById('tab-raytrace').click();"
                + "const m = document.getElementById('message'); m.textContent = '';"
                + "document.getElementById('render').click();"
                + "while (m.textContent === '' || m.textContent.startsWith('Rendering')) await new Promise(r => setTimeout(r, 50));"
                + "document.getElementById('scene').value = '';"
                + "const text = '{\"workload\":\"raytrace\",\"params\":{\"scene\":' + '['.repeat(100) + ']'.repeat(100) + '}}';"
                + "try { await window.tessera.render(text); return {rendered: true}; }"
                + "catch (e) { return {name: e.name, message: e.message}; }");
        assertEquals("RequestError", outcome.get("name"), outcome.toString());
        assertTrue(String.valueOf(outcome.get("message")).contains("nested deeper than 64 levels"), outcome.toString());
    }

    @Test
    void hostileScenesAreRefusedAndThePoolSurvives() throws Exception {
        Map<String, Object> outcomes = chrome.await(
                "const demo = await (await fetch('scenes/demo.json')).json();"
                + "const variant = (change) => { const s = structuredClone(demo); change(s); return s; };"
                + "const cases = {"
                + "  deep: '{\"workload\":\"raytrace\",\"params\":{\"scene\":' + '['.repeat(100000) + ']'.repeat(100000) + '}}',"
                + "  elements: {workload: 'raytrace', params: {scene: variant(s => { s.elements = new Array(1000000).fill(0); })}},"
                + "  depth: {workload: 'raytrace', params: {scene: variant(s => { s.max_recursion_depth = 1e9; })}},"
                + "  width: {workload: 'raytrace', width: 1e6, params: {scene: demo}},"
                + "  nan: {workload: 'raytrace', params: {scene: variant(s => { s.fov = NaN; })}},"
                + "  huge: '{\"workload\":\"raytrace\",\"params\":{\"scene\":\"' + 'x'.repeat(17 * 1024 * 1024) + '\"}}',"
                + "};"
                + "const out = {};"
                + "for (const [name, request] of Object.entries(cases)) {"
                + "  try { await window.tessera.render(request); out[name] = 'rendered'; }"
                + "  catch (e) { out[name] = e.name + ': ' + e.message; }"
                + "}"
                + "out.workers = (await window.tessera.ready).workers;"
                + "return out;");
        assertTrue(String.valueOf(outcomes.get("deep")).contains("request: invalid JSON at line 1, column "), outcomes.toString());
        assertTrue(String.valueOf(outcomes.get("deep")).contains("nested deeper than 64 levels"), outcomes.toString());
        assertTrue(String.valueOf(outcomes.get("elements")).contains("params.scene.elements: has 1000000 entries; the limit is 100000"), outcomes.toString());
        assertTrue(String.valueOf(outcomes.get("depth")).contains("params.scene.max_recursion_depth: must be an integer from 0 to 100, got 1000000000"), outcomes.toString());
        assertTrue(String.valueOf(outcomes.get("width")).contains("width: must be an integer from 1 to 16384, got 1000000"), outcomes.toString());
        assertTrue(String.valueOf(outcomes.get("nan")).contains("params.scene.fov: must be a number from 0.001 to 179.999, got \"NaN\""), outcomes.toString());
        assertTrue(String.valueOf(outcomes.get("huge")).startsWith("RequestError: request: 1782"), outcomes.toString());
        String small = request("demo", ",\"width\":80,\"height\":80");
        assertEquals(Cli.hash(small, 1, Site.siteDir()), page.render(small, 2).get("hash"), "the pool still renders");
    }

}
