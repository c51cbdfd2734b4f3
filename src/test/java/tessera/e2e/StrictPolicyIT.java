package tessera.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import tessera.server.ServerConfig;

/**
 * The site runs under `script-src 'self' 'wasm-unsafe-eval'`: no deployed script evaluates a
 * string, and every workload, on both engines, renders like the JVM in Chromium with a
 * violation listener installed before the page loads.
 */
class StrictPolicyIT {
    static final String LISTENER = "window.violations = [];"
            + "document.addEventListener('securitypolicyviolation', (e) => window.violations.push(e.violatedDirective + ' ' + e.blockedURI));";

    @Test
    void thePolicyAllowsNoEvalAndNoDeployedScriptNeedsIt() throws Exception {
        String policy = ServerConfig.read(Path.of("server.conf")).headers.get("Content-Security-Policy");
        assertTrue(policy.contains("script-src 'self' 'wasm-unsafe-eval';"), policy);
        assertTrue(!policy.replace("'wasm-unsafe-eval'", "").contains("unsafe-eval"), policy);
        for (String directive : List.of("object-src 'none'", "base-uri 'none'", "frame-ancestors 'self'")) {
            assertTrue(policy.contains(directive), directive + " in " + policy);
        }
        Pattern evaluation = Pattern.compile("new\\s+Function\\b|\\beval\\s*\\(");
        try (Stream<Path> files = Files.walk(Site.siteDir())) {
            List<Path> scripts = files.filter(f -> f.toString().endsWith(".js") || f.toString().endsWith(".mjs")).toList();
            assertTrue(scripts.stream().anyMatch(f -> f.endsWith("engine/tessera.wasm-runtime.js")), "the runtime is deployed");
            for (Path script : scripts) {
                assertTrue(!evaluation.matcher(Files.readString(script)).find(), script + " evaluates a string");
            }
        }
    }

    @Test
    void everyWorkloadOnBothEnginesRendersWithNothingBlocked() throws Exception {
        String scene = Files.readString(Site.siteDir().resolve("scenes/crate-test.json"));
        List<String> requests = List.of(
                "{\"workload\":\"mandelbrot\",\"width\":480,\"height\":270,\"params\":{\"maxIter\":500,\"palette\":\"smooth\"}}",
                "{\"workload\":\"julia\",\"width\":480,\"height\":270,\"params\":{\"c\":{\"x\":-0.4,\"y\":0.6}}}",
                "{\"workload\":\"raytrace\",\"width\":160,\"height\":120,\"params\":{\"scene\":" + scene + "}}",
                "{\"workload\":\"pipeline\",\"params\":{\"image\":\"samples/spheres.png\",\"ops\":[{\"op\":\"gaussian\",\"sigma\":2},"
                        + "{\"op\":\"saturation\",\"factor\":1.5}]}}");
        try (Site site = Site.start(); Chrome chrome = Chrome.start()) {
            chrome.driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", LISTENER));
            chrome.driver.get(site.baseUrl);
            Map<String, Object> ready = chrome.await("return await window.tessera.ready;");
            assertEquals("wasm", ready.get("engine"), ready.toString());
            for (String engine : List.of("wasm", "js")) {
                chrome.await("await window.tessera.useEngine(args[0]); return 1;", engine);
                for (String request : requests) {
                    Map<String, Object> result = chrome.await("return await window.tessera.render({...JSON.parse(args[0]), workers: 2});", request);
                    if (engine.equals("wasm") || request.contains("\"julia\"") || request.contains("\"mandelbrot\"")) {
                        // TeaVM's JavaScript build computes float in double precision, so its ray tracer and filters may differ by rounding.
                        assertEquals(Cli.hash(request, 2, Site.siteDir()), result.get("hash"), engine + ": " + request.substring(0, 40));
                    } else {
                        assertEquals(64, String.valueOf(result.get("hash")).length(), engine + ": " + result);
                    }
                }
                Map<String, Object> refused = chrome.await("try { await window.tessera.render({workload: 'julia', width: 8, height: 8,"
                        + " params: {c: {x: 99, y: 0}}}); return {}; } catch (e) { return {field: e.field}; }");
                assertEquals("params.c.x", refused.get("field"), engine + ": a refusal made in Java reaches the page");
            }
            assertEquals(List.of(), chrome.await("return window.violations;"), "the Content-Security-Policy blocked something");
        }
    }
}
