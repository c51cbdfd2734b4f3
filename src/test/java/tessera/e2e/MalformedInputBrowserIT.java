package tessera.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;
import org.junit.jupiter.api.Test;
import tessera.MalformedInputs;

/** The generated corpus of malformed requests, and broken image files, through window.tessera. */
class MalformedInputBrowserIT extends PageTest {
    @Test
    @SuppressWarnings("unchecked")
    void everyMalformedRequestIsRefusedNamingItsFieldAndThePageLives() throws Exception {
        List<tessera.BadRequests.Case> cases = MalformedInputs.all();
        List<String> texts = new ArrayList<>();
        cases.forEach(c -> texts.add(c.json));
        List<Map<String, Object>> outcomes = chrome.await(
                "const out = [];"
                + "for (const text of args[0]) {"
                + "  try { await window.tessera.render(text); out.push({rendered: true}); }"
                + "  catch (e) { out.push({name: e.name, message: e.message}); }"
                + "}"
                + "return out;", texts);
        List<String> wrong = new ArrayList<>();
        for (int i = 0; i < cases.size(); i++) {
            Map<String, Object> outcome = outcomes.get(i);
            if (!"RequestError".equals(outcome.get("name"))
                    || !String.valueOf(outcome.get("message")).startsWith(cases.get(i).field + ": ")) {
                wrong.add(cases.get(i) + " → " + outcome);
            }
        }
        assertEquals(List.of(), wrong.subList(0, Math.min(5, wrong.size())), wrong.size() + " of " + cases.size() + " cases");
        String good = "{\"workload\":\"mandelbrot\",\"width\":200,\"height\":120,\"params\":{\"maxIter\":300}}";
        assertEquals(Cli.hash(good, 1), page.render(good, 2).get("hash"), "the page still renders");
        System.out.println("malformed requests refused in the browser: " + cases.size());
    }

    @Test
    void brokenImageFilesAreRefusedByThePageAndTheCommandLine() throws Exception {
        Path dir = Files.createDirectories(Site.siteDir().resolve("broken"));
        byte[] png = Files.readAllBytes(Site.siteDir().resolve("samples/test-card.png"));
        Files.write(dir.resolve("empty.png"), new byte[0]);
        Files.write(dir.resolve("truncated.png"), java.util.Arrays.copyOf(png, png.length / 3));
        Files.writeString(dir.resolve("text.png"), "this is not a picture");
        Files.write(dir.resolve("enormous.png"), enormousPngHeader());
        javax.imageio.ImageIO.write(new java.awt.image.BufferedImage(16_385, 1, java.awt.image.BufferedImage.TYPE_INT_ARGB),
                "png", dir.resolve("wide.png").toFile());
        for (String name : List.of("empty", "truncated", "text", "enormous", "wide")) {
            String request = "{\"workload\":\"pipeline\",\"params\":{\"image\":\"broken/" + name + ".png\",\"ops\":[]}}";
            Map<String, Object> outcome = chrome.await("try { await window.tessera.render(args[0]); return {rendered: true}; }"
                    + " catch (e) { return {name: e.name, message: e.message}; }", request);
            assertEquals("RequestError", outcome.get("name"), name + ": " + outcome);
            assertTrue(String.valueOf(outcome.get("message")).startsWith("params.image: cannot load \"broken/" + name + ".png\": "),
                    name + ": " + outcome);
            // Beside the page, so that the command line finds the picture where the page does.
            Path file = Files.writeString(Site.siteDir().resolve("broken-" + name + ".json"), request);
            Process cli = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
                    System.getProperty("tessera.jar", "target/tessera.jar"), "render", "--request", file.toString(),
                    "--out", dir.resolve(name + "-out.png").toString()).redirectErrorStream(true).start();
            String said = new String(cli.getInputStream().readAllBytes());
            assertEquals(3, cli.waitFor(), name + ": " + said);
            assertTrue(said.startsWith("tessera: invalid request: params.image: cannot load \"broken/" + name + ".png\": ")
                    && !said.contains("no such file"), name + ": " + said);
            if (name.equals("wide")) {
                String rule = "it is 16385 × 1 pixels; a picture may have at most 16384 pixels a side and 40000000 in all";
                assertTrue(String.valueOf(outcome.get("message")).endsWith(rule), "the browser: " + outcome);
                assertTrue(said.trim().endsWith(rule), "the command line: " + said);
            }
        }
    }

    @Test
    void theTexturesOfOneRequestShareABudget() throws Exception {
        // Five names of the 4K test card (8.3 million pixels each): 41.5 million in all, over the 40 million a request may have.
        StringBuilder elements = new StringBuilder();
        for (int i = 0; i < 5; i++) {
            elements.append(i == 0 ? "" : ",").append("{\"Sphere\": {\"center\": {\"x\": ").append(i).append(", \"y\": 0, \"z\": -5},"
                    + " \"radius\": 0.4, \"material\": {\"coloration\": {\"Texture\": {\"path\": \"samples/test-card-4k.png?")
                    .append(i).append("\"}}, \"albedo\": 1, \"surface\": \"Diffuse\"}}}");
        }
        String request = "{\"workload\":\"raytrace\",\"params\":{\"scene\":{\"width\":64,\"height\":64,\"fov\":90,"
                + "\"shadow_bias\":1e-9,\"max_recursion_depth\":2,\"elements\":[" + elements + "],\"lights\":[]}}}";
        Map<String, Object> outcome = chrome.await("try { await window.tessera.render(args[0]); return {rendered: true}; }"
                + " catch (e) { return {name: e.name, field: e.field, message: e.message}; }", request);
        assertEquals("params.scene.elements[4].Sphere.material.coloration.Texture.path", outcome.get("field"), outcome.toString());
        assertTrue(String.valueOf(outcome.get("message")).endsWith(
                "with its 8294400 pixels the request's pictures come to 41472000; all the pictures of a request may have at most"
                + " 40000000 pixels"), outcome.toString());
        String good = "{\"workload\":\"mandelbrot\",\"width\":64,\"height\":64}";
        assertEquals(Cli.hash(good, 1), page.render(good, 2).get("hash"), "the page still renders");
    }

    /** A valid PNG signature and header that claims 100,000 × 100,000 pixels, and nothing else. */
    private static byte[] enormousPngHeader() {
        java.nio.ByteBuffer header = java.nio.ByteBuffer.allocate(8 + 25);
        header.put(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
        header.putInt(13).put(new byte[] {'I', 'H', 'D', 'R'}).putInt(100_000).putInt(100_000).put(new byte[] {8, 6, 0, 0, 0});
        CRC32 crc = new CRC32();
        crc.update(header.array(), 12, 17);
        header.putInt((int) crc.getValue());
        return header.array();
    }
}
