package tessera.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;
import tessera.json.JsonValue;

/** The main end-to-end check in Firefox: Mandelbrot, a deep view, the demo scene and a path-traced mesh on 1 and 2 workers hash like the JVM. */
class FirefoxIT {
    private static final String MANDELBROT = "{\"workload\":\"mandelbrot\",\"width\":1920,\"height\":1080,\"params\":{\"maxIter\":1000,\"palette\":\"seed\"}}";
    /** 10¹⁰⁰⁰ deep by perturbation, scaled orbits and bilinear steps; the first worker's reference goes to the second. */
    private static final String DEEP = "{\"workload\":\"mandelbrot\",\"width\":320,\"height\":180,\"params\":{\"maxIter\":4000,"
            + "\"palette\":\"smooth\",\"center\":{\"x\":\"3.7e-1001\",\"y\":\"1." + "0".repeat(1000) + "2257\"},\"zoom\":\"1e1000\"}}";

    @Test
    void mandelbrotAndTheDemoSceneMatchTheJvm() throws Exception {
        String demo = "{\"workload\":\"raytrace\",\"params\":{\"scene\":" + Files.readString(Site.siteDir().resolve("scenes/demo.json")) + "}}";
        // Path tracing, with a mesh the page fetches.
        String bunny = "{\"workload\":\"raytrace\",\"width\":96,\"height\":72,\"params\":{\"scene\":"
                + Files.readString(Site.siteDir().resolve("scenes/cornell-bunny.json")).replace("\"samples\": 64", "\"samples\": 4") + "}}";
        try (Site site = Site.start()) {
            JsonValue report = Firefox.render(site.baseUrl, List.of(MANDELBROT, demo, DEEP, bunny));
            assertRenderedLikeTheJvm(report, "shared", 8);
        }
    }

    @Test
    void picturesDecodeLikeTheJvm() throws Exception {
        PictureDecodingBrowserIT.writeCorpus(Site.siteDir());
        List<String> requests = List.of("rgba16-interlaced.png", "palette4-alpha.png", "grey2.png", "grey.jpg",
                "colour-420-progressive.jpg", "orientation-6.jpg", "orientation-7.jpg", "colour-icc.jpg")
                .stream().map(PictureDecodingBrowserIT::request).toList();
        try (Site site = Site.start()) {
            assertRenderedLikeTheJvm(Firefox.render(site.baseUrl, requests), "shared", 2 * requests.size());
        }
    }

    @Test
    void transferModeWithoutIsolationMatchesTheJvm() throws Exception {
        try (Site site = Site.startWithoutIsolation()) {
            JsonValue report = Firefox.render(site.baseUrl, List.of(MANDELBROT, DEEP));
            assertRenderedLikeTheJvm(report, "transfer", 4);
        }
    }

    /** The page started the WebAssembly engine in `mode`, nothing was blocked, and every render hashed like the JVM. */
    static void assertRenderedLikeTheJvm(JsonValue report, String mode, int renders) throws Exception {
        JsonValue ready = report.members().get("ready");
        assertEquals(mode, ready.members().get("mode").asString(), report.toJson());
        assertEquals("wasm", ready.members().get("engine").asString(), report.toJson());
        assertEquals(List.of(), report.members().get("violations").elements(), "blocked by the Content-Security-Policy");
        List<JsonValue> results = report.members().get("results").elements();
        assertEquals(renders, results.size());
        for (JsonValue result : results) {
            String request = result.members().get("request").asString();
            assertEquals(null, result.members().get("error"), report.toJson());
            assertEquals(Cli.hash(request, 2, Site.siteDir()), result.members().get("hash").asString(),
                    request.substring(0, 40) + " on " + result.members().get("workers").toJson() + " workers");
        }
    }
}
