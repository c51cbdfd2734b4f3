package tessera.server;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A static file server for development and tests that sends exactly the headers and media types of
 * {@code server.conf}, on every response including errors. It serves files under the root only:
 * no directory listings, nothing reached through {@code ..} or a link pointing outside.
 */
public final class DevServer implements AutoCloseable {
    private static final DateTimeFormatter HTTP_DATE = DateTimeFormatter.RFC_1123_DATE_TIME.withZone(ZoneOffset.UTC);
    private final ServerConfig config;
    private final Path realRoot;
    private final HttpServer server;
    private final ExecutorService executor;

    private DevServer(ServerConfig config, Path realRoot, HttpServer server, ExecutorService executor) {
        this.config = config;
        this.realRoot = realRoot;
        this.server = server;
        this.executor = executor;
    }

    /** Starts serving; port 0 picks a free port (see {@link #port()}). */
    public static DevServer start(ServerConfig config, String host, int port, Path root) throws IOException {
        if (!Files.isDirectory(root)) {
            throw new IOException("the site folder " + root + " does not exist; build it with: mvn package");
        }
        // Without TCP_NODELAY every small response waits out the peer's delayed acknowledgement (~40 ms).
        System.setProperty("sun.net.httpserver.nodelay", "true");
        HttpServer server = HttpServer.create(new InetSocketAddress(host, port), 64);
        ExecutorService executor = Executors.newFixedThreadPool(8);
        DevServer devServer = new DevServer(config, root.toRealPath(), server, executor);
        server.createContext("/", devServer::handle);
        server.setExecutor(executor);
        server.start();
        return devServer;
    }

    public int port() {
        return server.getAddress().getPort();
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            for (Map.Entry<String, String> header : config.headers.entrySet()) {
                exchange.getResponseHeaders().add(header.getKey(), header.getValue());
            }
            String method = exchange.getRequestMethod();
            if (!method.equals("GET") && !method.equals("HEAD")) {
                exchange.getResponseHeaders().set("Allow", "GET, HEAD");
                sendText(exchange, 405, "405 method not allowed");
                return;
            }
            Path file = resolve(exchange.getRequestURI());
            if (file == null) {
                sendText(exchange, 404, "404 not found");
                return;
            }
            exchange.getResponseHeaders().set("Content-Type", config.contentType(file.getFileName().toString()));
            // Always revalidate, so an edited file is seen at once, but answer an unchanged one with 304.
            exchange.getResponseHeaders().set("Cache-Control", "no-cache");
            String lastModified = HTTP_DATE.format(Files.getLastModifiedTime(file).toInstant().truncatedTo(ChronoUnit.SECONDS));
            exchange.getResponseHeaders().set("Last-Modified", lastModified);
            if (lastModified.equals(exchange.getRequestHeaders().getFirst("If-Modified-Since"))) {
                exchange.sendResponseHeaders(304, -1);
                return;
            }
            long length = Files.size(file);
            if (method.equals("HEAD")) {
                exchange.sendResponseHeaders(200, -1);
                return;
            }
            exchange.sendResponseHeaders(200, length == 0 ? -1 : length);
            try (OutputStream body = exchange.getResponseBody()) {
                Files.copy(file, body);
            }
        }
    }

    /** The regular file a request path names inside the root, or null. */
    private Path resolve(URI uri) throws IOException {
        String path = uri.getPath();
        if (path == null || !path.startsWith("/") || path.indexOf('\0') >= 0 || path.contains("\\")) {
            return null;
        }
        for (String segment : path.split("/")) {
            if (segment.equals("..")) {
                return null;
            }
        }
        Path candidate = realRoot.resolve(path.substring(1)).normalize();
        if (!candidate.startsWith(realRoot) || !Files.exists(candidate)) {
            return null;
        }
        if (Files.isDirectory(candidate)) {
            Path index = null;
            for (String name : config.indexFiles) {
                if (Files.isRegularFile(candidate.resolve(name))) {
                    index = candidate.resolve(name);
                    break;
                }
            }
            if (index == null) {
                return null;
            }
            candidate = index;
        }
        Path real = candidate.toRealPath();
        if (path.endsWith("/") && !Files.isDirectory(realRoot.resolve(path.substring(1)).normalize())) {
            // "/index.html/" names a folder that does not exist, whatever a file system makes of it.
            return null;
        }
        return real.startsWith(realRoot) && Files.isRegularFile(real) ? real : null;
    }

    private void sendText(HttpExchange exchange, int status, String text) throws IOException {
        byte[] body = (text + "\n").getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "text/plain; charset=utf-8");
        if (exchange.getRequestMethod().equals("HEAD")) {
            exchange.sendResponseHeaders(status, -1);
            return;
        }
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }
}
