package tessera.e2e;

import java.nio.file.Files;
import java.nio.file.Path;
import tessera.server.DevServer;
import tessera.server.ServerConfig;

/** The packaged site served by the real dev server with the project's own server.conf, on a free loopback port. */
final class Site implements AutoCloseable {
    final DevServer server;
    final String baseUrl;

    private Site(DevServer server) {
        this.server = server;
        this.baseUrl = "http://127.0.0.1:" + server.port() + "/";
    }

    static Site start() throws Exception {
        return start(Path.of("server.conf"));
    }

    /** Serves the site as the project's server.conf would, but without its cross-origin isolation headers. */
    static Site startWithoutIsolation() throws Exception {
        Path conf = Files.createTempFile("no-isolation", ".conf");
        try {
            String text = Files.readString(Path.of("server.conf"));
            Files.writeString(conf, text.replaceAll("(?m)^\\s*add_header Cross-Origin-.*$", ""));
            return start(conf);
        } finally {
            Files.delete(conf);
        }
    }

    private static Site start(Path conf) throws Exception {
        Path site = siteDir();
        if (!Files.isRegularFile(site.resolve("engine/tessera.wasm"))) {
            throw new IllegalStateException("no built site at " + site.toAbsolutePath() + "; run mvn verify");
        }
        return new Site(DevServer.start(ServerConfig.read(conf), "127.0.0.1", 0, site));
    }

    /** The built site folder: requests written here resolve image paths as the page does. */
    static Path siteDir() {
        return Path.of(System.getProperty("tessera.site", "target/site"));
    }

    static Path outputDir() throws Exception {
        Path dir = Path.of(System.getProperty("tessera.out", "target/browser-test"));
        Files.createDirectories(dir);
        return dir;
    }

    @Override
    public void close() {
        server.close();
    }
}
