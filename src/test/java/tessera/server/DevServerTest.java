package tessera.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DevServerTest {
    @TempDir
    Path dir;
    private DevServer server;
    private final HttpClient client = HttpClient.newHttpClient();

    @BeforeEach
    void start() throws Exception {
        Path root = Files.createDirectories(dir.resolve("site"));
        Files.writeString(root.resolve("index.html"), "<p>home</p>");
        Files.write(root.resolve("m.wasm"), new byte[] {0, 97, 115, 109});
        Files.createDirectories(root.resolve("empty"));
        Files.writeString(dir.resolve("secret.txt"), "outside the root");
        Files.createSymbolicLink(root.resolve("link.txt"), dir.resolve("secret.txt"));
        server = DevServer.start(ServerConfig.read(Path.of("server.conf")), "127.0.0.1", 0, root);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private HttpResponse<String> get(String path) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static void assertIsolationHeaders(HttpResponse<?> response) {
        assertEquals("same-origin", response.headers().firstValue("Cross-Origin-Opener-Policy").orElse(null));
        assertEquals("require-corp", response.headers().firstValue("Cross-Origin-Embedder-Policy").orElse(null));
        assertEquals("same-origin", response.headers().firstValue("Cross-Origin-Resource-Policy").orElse(null));
    }

    @Test
    void servesFilesWithConfiguredTypesAndHeaders() throws Exception {
        HttpResponse<String> index = get("/");
        assertEquals(200, index.statusCode());
        assertEquals("<p>home</p>", index.body());
        assertEquals("text/html", index.headers().firstValue("Content-Type").orElse(null));
        assertIsolationHeaders(index);
        HttpResponse<String> wasm = get("/m.wasm");
        assertEquals("application/wasm", wasm.headers().firstValue("Content-Type").orElse(null));
        assertIsolationHeaders(wasm);
    }

    @Test
    void anUnchangedFileIsAnsweredWithNotModified() throws Exception {
        HttpResponse<String> first = get("/index.html");
        String lastModified = first.headers().firstValue("Last-Modified").orElseThrow();
        HttpResponse<String> again = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/index.html"))
                .header("If-Modified-Since", lastModified).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(304, again.statusCode());
        assertEquals("", again.body());
        assertIsolationHeaders(again);
        HttpResponse<String> stale = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/index.html"))
                .header("If-Modified-Since", "Mon, 01 Jan 2001 00:00:00 GMT").build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, stale.statusCode());
    }

    @Test
    void errorsCarryTheHeadersToo() throws Exception {
        HttpResponse<String> missing = get("/nope.js");
        assertEquals(404, missing.statusCode());
        assertIsolationHeaders(missing);
        HttpResponse<String> post = client.send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + server.port() + "/")).POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(405, post.statusCode());
        assertIsolationHeaders(post);
    }

    @Test
    void servesTenThousandRequestsWithoutAnError() throws Exception {
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(8);
        java.util.concurrent.atomic.AtomicInteger ok = new java.util.concurrent.atomic.AtomicInteger();
        java.util.List<String> errors = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
        java.util.List<java.util.concurrent.Future<?>> work = new java.util.ArrayList<>();
        for (int client = 0; client < 8; client++) {
            work.add(pool.submit(() -> {
                HttpClient own = HttpClient.newHttpClient();
                for (int i = 0; i < 1250; i++) {
                    String path = i % 3 == 0 ? "/m.wasm" : i % 3 == 1 ? "/" : "/missing";
                    try {
                        HttpResponse<byte[]> response = own.send(HttpRequest.newBuilder(
                                URI.create("http://127.0.0.1:" + server.port() + path)).build(), HttpResponse.BodyHandlers.ofByteArray());
                        int expected = path.equals("/missing") ? 404 : 200;
                        if (response.statusCode() == expected
                                && "require-corp".equals(response.headers().firstValue("Cross-Origin-Embedder-Policy").orElse(null))) {
                            ok.incrementAndGet();
                        } else {
                            errors.add(path + " → " + response.statusCode());
                        }
                    } catch (Exception e) {
                        errors.add(path + " → " + e);
                    }
                }
            }));
        }
        for (java.util.concurrent.Future<?> future : work) {
            future.get(2, java.util.concurrent.TimeUnit.MINUTES);
        }
        pool.shutdown();
        assertEquals(java.util.List.of(), errors.subList(0, Math.min(5, errors.size())));
        assertEquals(10_000, ok.get());
    }

    @Test
    void theEngineAndScriptsAreSentCompressedToClientsThatAcceptIt() throws Exception {
        byte[] script = ("// a script\n" + "const x = 1;\n".repeat(2000)).getBytes(StandardCharsets.UTF_8);
        Files.write(dir.resolve("site/app.js"), script);
        HttpResponse<byte[]> gzipped = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/app.js"))
                .header("Accept-Encoding", "gzip").build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals("gzip", gzipped.headers().firstValue("Content-Encoding").orElse(null));
        assertTrue(gzipped.body().length < script.length / 10, gzipped.body().length + " bytes");
        try (java.util.zip.GZIPInputStream in = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(gzipped.body()))) {
            org.junit.jupiter.api.Assertions.assertArrayEquals(script, in.readAllBytes());
        }
        assertIsolationHeaders(gzipped);
        HttpResponse<byte[]> plain = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/app.js")).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(null, plain.headers().firstValue("Content-Encoding").orElse(null));
        org.junit.jupiter.api.Assertions.assertArrayEquals(script, plain.body());
    }

    @Test
    void listsNoDirectories() throws Exception {
        assertEquals(404, get("/empty/").statusCode());
    }

    @Test
    void aFileIsNotAFolder() throws Exception {
        assertEquals(404, get("/index.html/").statusCode());
        assertEquals(200, get("/index.html").statusCode());
    }

    @Test
    void staysInsideTheRoot() throws Exception {
        assertEquals(404, get("/link.txt").statusCode(), "symlink out of the root");
        int encoded = get("/%2e%2e/secret.txt").statusCode();
        assertTrue(encoded == 400 || encoded == 404, "encoded dot-dot: " + encoded);
        for (String path : new String[] {"/../secret.txt", "/empty/../../secret.txt", "/..%2fsecret.txt"}) {
            assertTrue(!rawGet(path).contains("outside the root"), path);
        }
    }

    /** Sends bytes as they are and reads the whole answer (the server closes after an error). */
    private String raw(byte[] request) throws Exception {
        try (Socket socket = new Socket("127.0.0.1", server.port())) {
            socket.setSoTimeout(20_000);
            socket.getOutputStream().write(request);
            socket.shutdownOutput();
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
        }
    }

    @Test
    void answersTheServerMakesItselfCarryTheHeadersToo() throws Exception {
        String longUrl = "GET /" + "a".repeat(1_000_000) + " HTTP/1.1\r\nHost: localhost\r\n\r\n";
        StringBuilder manyHeaders = new StringBuilder("GET / HTTP/1.1\r\nHost: localhost\r\n");
        for (int i = 0; i < 10_000; i++) {
            manyHeaders.append("X-H").append(i).append(": v\r\n");
        }
        manyHeaders.append("\r\n");
        String[][] cases = {
            {"GET /a|b HTTP/1.1\r\nHost: localhost\r\n\r\n", "a | in the path"},
            {"GET /a^b HTTP/1.1\r\nHost: localhost\r\n\r\n", "a ^ in the path"},
            {"GET /%zz HTTP/1.1\r\nHost: localhost\r\n\r\n", "a broken escape"},
            {"GET / HTTP/1.1\r\nHost: localhost\r\nContent-Length: nine\r\n\r\n", "a bad Content-Length"},
            {"GET /\r\n\r\n", "HTTP/0.9"},
            {longUrl, "a 1 MB URL"},
            {manyHeaders.toString(), "10,000 headers"},
        };
        for (String[] c : cases) {
            String answer = raw(c[0].getBytes(StandardCharsets.ISO_8859_1));
            assertTrue(answer.startsWith("HTTP/1.1 "), c[1] + ": no answer, " + answer.length() + " bytes");
            for (String header : new String[] {"Cross-Origin-Opener-Policy: same-origin", "Cross-Origin-Embedder-Policy: require-corp",
                "Cross-Origin-Resource-Policy: same-origin", "X-Content-Type-Options: nosniff", "Content-Security-Policy: "}) {
                assertTrue(answer.contains(header), c[1] + " lacks " + header + ":\n" + answer.substring(0, Math.min(600, answer.length())));
            }
        }
    }

    @Test
    void sixtyFourStalledClientsDoNotStarveOthers() throws Exception {
        java.util.List<Socket> stalled = new java.util.ArrayList<>();
        try {
            for (int i = 0; i < 64; i++) {
                Socket socket = new Socket("127.0.0.1", server.port());
                socket.getOutputStream().write("GET /index.html HT".getBytes(StandardCharsets.US_ASCII));
                stalled.add(socket);
            }
            // A hang detector, not a timing: with the old server this request waited as long as the stalled ones stayed.
            HttpResponse<String> answer = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/"))
                    .timeout(java.time.Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, answer.statusCode());
        } finally {
            for (Socket socket : stalled) {
                socket.close();
            }
        }
    }

    @Test
    void onLoopbackOnlyRequestsForLoopbackNamesAreAnswered() throws Exception {
        String rebound = raw("GET / HTTP/1.1\r\nHost: tessera.attacker.example\r\nConnection: close\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        assertTrue(rebound.startsWith("HTTP/1.1 421"), rebound);
        assertTrue(rebound.contains("Cross-Origin-Opener-Policy: same-origin"), rebound);
        for (String host : new String[] {"localhost:" + server.port(), "127.0.0.1:" + server.port(), "[::1]:" + server.port(), "LOCALHOST"}) {
            String answer = raw(("GET / HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            assertTrue(answer.startsWith("HTTP/1.1 200"), host + ": " + answer);
        }
    }

    /** Sends the path byte for byte, as a hostile client would; HTTP clients normalise dot segments away. */
    private String rawGet(String path) throws Exception {
        try (Socket socket = new Socket("127.0.0.1", server.port())) {
            socket.getOutputStream().write(("GET " + path + " HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            String response = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(response.startsWith("HTTP/1.1 404") || response.startsWith("HTTP/1.1 400"), response);
            return response;
        }
    }
}
