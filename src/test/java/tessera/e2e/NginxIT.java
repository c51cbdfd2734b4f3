package tessera.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tessera.server.ServerConfig;

/**
 * server.conf as real nginx runs it (Debian nginx-light, started with -p at the project folder and
 * no change to the system): every response carries the headers, and the app renders through it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NginxIT {
    private static final String NGINX = System.getProperty("tessera.nginx", "/usr/sbin/nginx");
    private Path dir;
    private Process nginx;
    private String base;
    private final HttpClient client = HttpClient.newHttpClient();

    @BeforeAll
    void start() throws Exception {
        if (!new File(NGINX).canExecute()) {
            throw new IllegalStateException(NGINX + " is missing: install Debian's nginx-light, or run the README's test command, which does");
        }
        dir = Files.createTempDirectory("tessera-nginx");
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Path project = Path.of("").toAbsolutePath();
        Path site = Site.siteDir().toAbsolutePath();
        String server = Files.readString(project.resolve("server.conf"))
                .replaceFirst("listen\\s+[^;]+;", "listen 127.0.0.1:" + port + ";")
                .replaceFirst("root\\s+[^;]+;", "root " + site + ";");
        Files.writeString(dir.resolve("server.conf"), server);
        String temp = dir.toString();
        Files.writeString(dir.resolve("nginx.conf"), String.join("\n",
                "daemon off;", "worker_processes 1;", "pid " + temp + "/nginx.pid;", "error_log " + temp + "/error.log;",
                "user " + System.getProperty("user.name") + ";",
                "events { worker_connections 64; }",
                "http {", "  access_log off;",
                "  client_body_temp_path " + temp + "/body;", "  proxy_temp_path " + temp + "/proxy;",
                "  fastcgi_temp_path " + temp + "/fastcgi;", "  uwsgi_temp_path " + temp + "/uwsgi;",
                "  scgi_temp_path " + temp + "/scgi;",
                "  include " + dir.resolve("server.conf") + ";", "}", ""));
        nginx = new ProcessBuilder(NGINX, "-p", temp, "-c", dir.resolve("nginx.conf").toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("out.log").toFile()).start();
        base = "http://127.0.0.1:" + port;
        for (int attempt = 0; ; attempt++) {
            try {
                client.send(HttpRequest.newBuilder(URI.create(base + "/")).build(), HttpResponse.BodyHandlers.discarding());
                break;
            } catch (java.io.IOException notYet) {
                if (!nginx.isAlive() || attempt > 100) {
                    throw new IllegalStateException("nginx did not start: " + Files.readString(dir.resolve("out.log"))
                            + readIfThere(dir.resolve("error.log")));
                }
                nginx.waitFor(50, TimeUnit.MILLISECONDS);
            }
        }
    }

    private static String readIfThere(Path file) throws Exception {
        return Files.exists(file) ? Files.readString(file) : "";
    }

    @AfterAll
    void stop() throws Exception {
        if (nginx != null) {
            nginx.destroy();
            nginx.waitFor(10, TimeUnit.SECONDS);
        }
    }

    @Test
    void everyResponseCarriesTheHeadersOfServerConf() throws Exception {
        Map<String, String> expected = ServerConfig.read(Path.of("server.conf")).headers;
        for (String path : List.of("/", "/index.html", "/js/page/app.js", "/engine/tessera.wasm", "/css/tessera.css", "/no-such-file.js")) {
            HttpResponse<byte[]> response = client.send(HttpRequest.newBuilder(URI.create(base + path)).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertEquals(path.startsWith("/no-such") ? 404 : 200, response.statusCode(), path);
            expected.forEach((name, value) -> assertEquals(value, response.headers().firstValue(name).orElse(null), path + " " + name));
        }
        HttpResponse<byte[]> wasm = client.send(HttpRequest.newBuilder(URI.create(base + "/engine/tessera.wasm")).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals("application/wasm", wasm.headers().firstValue("Content-Type").orElse(null));
        HttpResponse<byte[]> script = client.send(HttpRequest.newBuilder(URI.create(base + "/js/page/app.js")).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals("text/javascript", script.headers().firstValue("Content-Type").orElse("").replaceAll(";.*", ""));
    }

    @Test
    void theAppRendersThroughNginxLikeTheJvm() throws Exception {
        String request = "{\"workload\":\"mandelbrot\",\"width\":480,\"height\":270,\"params\":{\"maxIter\":500}}";
        try (Chrome chrome = Chrome.start()) {
            chrome.driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", StrictPolicyIT.LISTENER));
            chrome.driver.get(base + "/");
            Map<String, Object> ready = chrome.await("return await window.tessera.ready;");
            assertEquals(Boolean.TRUE, ready.get("isolated"), ready.toString());
            Map<String, Object> result = chrome.await("return await window.tessera.render({...JSON.parse(args[0]), workers: 2});", request);
            assertEquals(Cli.hash(request, 1), result.get("hash"));
            chrome.await("await window.tessera.render({workload: 'pipeline', params: {image: 'samples/test-card.png',"
                    + " ops: [{op: 'sharpen', amount: 1}]}}); document.getElementById('tab-raytrace').click();"
                    + "document.getElementById('show-workers').click(); return 1;");
            assertEquals(List.of(), chrome.await("return window.violations;"), "the Content-Security-Policy blocked something");
        }
    }

    @Test
    void firefoxRendersThroughNginxUnderTheContentSecurityPolicy() throws Exception {
        String request = "{\"workload\":\"pipeline\",\"params\":{\"image\":\"samples/test-card.png\",\"ops\":"
                + "[{\"op\":\"blur\",\"radius\":4},{\"op\":\"sepia\"}]}}";
        FirefoxIT.assertRenderedLikeTheJvm(Firefox.render(base + "/", List.of(request)), "shared", 2);
    }

    @Test
    void theGeneratedHostingFilesCarryTheSameHeaders() throws Exception {
        String headers = Files.readString(Site.siteDir().resolve("_headers"));
        String htaccess = Files.readString(Site.siteDir().resolve(".htaccess"));
        ServerConfig.read(Path.of("server.conf")).headers.forEach((name, value) -> {
            assertTrue(headers.contains("  " + name + ": " + value + "\n"), name);
            assertTrue(htaccess.contains("Header always set " + name + " \"" + value.replace("\"", "\\\"") + "\"\n"), name);
        });
        assertTrue(headers.contains("/*.wasm\n  Content-Type: application/wasm\n"));
        assertTrue(htaccess.contains("AddType application/wasm .wasm\n"));
    }
}
