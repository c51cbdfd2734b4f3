package tessera.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ServerConfigTest {
    @Test
    void projectConfigDeclaresIsolationHeadersAndWasm() throws Exception {
        ServerConfig config = ServerConfig.read(Path.of("server.conf"));
        assertEquals("127.0.0.1", config.host);
        assertEquals(8080, config.port);
        assertEquals(Path.of("target/site").toAbsolutePath().normalize(), config.root);
        assertEquals("same-origin", config.headers.get("Cross-Origin-Opener-Policy"));
        assertEquals("require-corp", config.headers.get("Cross-Origin-Embedder-Policy"));
        assertEquals("same-origin", config.headers.get("Cross-Origin-Resource-Policy"));
        assertEquals("application/wasm", config.contentType("tessera.wasm"));
        assertEquals("text/javascript", config.contentType("app.JS"));
        assertEquals("text/html", config.contentType("index.html"));
        assertEquals("application/octet-stream", config.contentType("README"));
    }

    @Test
    void readsNginxSyntax() {
        ServerConfig config = ServerConfig.parse(String.join("\n",
                "# comment",
                "events { }",
                "server {",
                "  listen [::1]:9000;  # trailing comment",
                "  root 'www';",
                "  index start.html index.html;",
                "  add_header X-One \"a b; c\" always;",
                "  types { text/x-thing thing THINGS; }",
                "  location / { try_files $uri =404; }",
                "}"), "test.conf", Path.of("/srv"));
        assertEquals("[::1]", config.host);
        assertEquals(9000, config.port);
        assertEquals(Path.of("/srv/www"), config.root);
        assertEquals(java.util.List.of("start.html", "index.html"), config.indexFiles);
        assertEquals("a b; c", config.headers.get("X-One"));
        assertEquals("text/x-thing", config.contentType("x.things"));
    }

    @Test
    void reportsErrorsWithFileAndLine() {
        IllegalArgumentException missingSemicolon = assertThrows(IllegalArgumentException.class,
                () -> ServerConfig.parse("server {\n listen 80\n}", "s.conf", Path.of("/")));
        assertTrue(missingSemicolon.getMessage().startsWith("s.conf:3: directive \"listen\" is not ended by ';'"),
                missingSemicolon.getMessage());
        IllegalArgumentException badPort = assertThrows(IllegalArgumentException.class,
                () -> ServerConfig.parse("server {\n listen 127.0.0.1:http;\n}", "s.conf", Path.of("/")));
        assertTrue(badPort.getMessage().contains("s.conf:2: listen needs a port"), badPort.getMessage());
        assertThrows(IllegalArgumentException.class, () -> ServerConfig.parse("http { }", "s.conf", Path.of("/")));
        assertThrows(IllegalArgumentException.class, () -> ServerConfig.parse("server {", "s.conf", Path.of("/")));
    }

    @Test
    void aHeaderValueWithALineBreakIsRefusedAtStartWithItsLine() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ServerConfig.parse("server {\n listen 80;\n add_header X-Note \"one\ntwo\";\n}", "s.conf", Path.of("/")));
        assertEquals("s.conf:3: the value of X-Note contains a line break; a header value must be one line", e.getMessage());
        IllegalArgumentException name = assertThrows(IllegalArgumentException.class,
                () -> ServerConfig.parse("server {\n add_header \"X Note\" v;\n}", "s.conf", Path.of("/")));
        assertEquals("s.conf:2: \"X Note\" is not a header name", name.getMessage());
    }
}
