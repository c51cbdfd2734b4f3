package tessera.server;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.eclipse.jetty.compression.gzip.GzipCompression;
import org.eclipse.jetty.compression.server.CompressionHandler;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * A static file server for development and tests that sends exactly the headers and media types of
 * {@code server.conf}, on every response including the errors the HTTP layer makes itself
 * (malformed requests, a URL or headers too long). It serves files under the root only: no
 * directory listings, nothing reached through {@code ..} or a link pointing outside. Jetty reads
 * requests without a thread per connection, so clients that send nothing, or a byte a second,
 * cost a connection each, not a thread, until their idle time runs out. Bound to loopback, it
 * answers only requests addressed to a loopback name (no DNS rebinding).
 */
public final class DevServer implements AutoCloseable {
    private static final DateTimeFormatter HTTP_DATE = DateTimeFormatter.RFC_1123_DATE_TIME.withZone(ZoneOffset.UTC);
    /** How long a connection may send nothing before it is closed. */
    static final long IDLE_TIMEOUT_MS = 10_000;
    /** The most bytes of request line and headers; beyond, 414 or 431. */
    static final int MAX_REQUEST_HEAD = 16 * 1024;
    private static final Set<String> LOOPBACK_NAMES = Set.of("localhost", "127.0.0.1", "[::1]");

    private final ServerConfig config;
    private final Path realRoot;
    private final boolean loopbackOnly;
    private final Server server;
    private final ServerConnector connector;

    private DevServer(ServerConfig config, Path realRoot, String host, int port) throws IOException {
        this.config = config;
        this.realRoot = realRoot;
        this.loopbackOnly = InetAddress.getByName(host).isLoopbackAddress();
        QueuedThreadPool threads = new QueuedThreadPool(64, 4);
        threads.setName("tessera-serve");
        server = new Server(threads);
        HttpConfiguration http = new HttpConfiguration();
        http.setSendServerVersion(false);
        http.setRequestHeaderSize(MAX_REQUEST_HEAD);
        connector = new ServerConnector(server, new HttpConnectionFactory(http));
        connector.setHost(host);
        connector.setPort(port);
        connector.setIdleTimeout(IDLE_TIMEOUT_MS);
        server.addConnector(connector);
        // Compressed for clients that accept gzip: the engines and scripts are text or compress well.
        CompressionHandler compression = new CompressionHandler(new Handler.Abstract() {
            @Override
            public boolean handle(Request request, Response response, Callback callback) throws Exception {
                serve(request, response, callback);
                return true;
            }
        });
        compression.putCompression(new GzipCompression());
        server.setHandler(compression);
        server.setErrorHandler(new ErrorHandler() {
            @Override
            public boolean handle(Request request, Response response, Callback callback) throws Exception {
                addConfiguredHeaders(response);
                return super.handle(request, response, callback);
            }
        });
    }

    /** Starts serving; port 0 picks a free port (see {@link #port()}). */
    public static DevServer start(ServerConfig config, String host, int port, Path root) throws IOException {
        if (!Files.isDirectory(root)) {
            throw new IOException("the site folder " + root + " does not exist; build it with: mvn package");
        }
        DevServer devServer = new DevServer(config, root.toRealPath(), host, port);
        try {
            devServer.server.start();
        } catch (IOException e) {
            devServer.close();
            throw e;
        } catch (Exception e) {
            devServer.close();
            throw new IOException("the server did not start: " + e.getMessage(), e);
        }
        return devServer;
    }

    public int port() {
        return connector.getLocalPort();
    }

    @Override
    public void close() {
        try {
            server.stop();
        } catch (Exception e) {
            throw new IllegalStateException("the server did not stop: " + e.getMessage(), e);
        }
    }

    private void addConfiguredHeaders(Response response) {
        for (Map.Entry<String, String> header : config.headers.entrySet()) {
            response.getHeaders().put(header.getKey(), header.getValue());
        }
    }

    private void serve(Request request, Response response, Callback callback) throws IOException {
        addConfiguredHeaders(response);
        if (loopbackOnly && !addressedToLoopback(request)) {
            Response.writeError(request, response, callback, HttpStatus.MISDIRECTED_REQUEST_421,
                    "this server answers only requests for localhost, 127.0.0.1 or [::1]");
            return;
        }
        String method = request.getMethod();
        if (!method.equals("GET") && !method.equals("HEAD")) {
            response.getHeaders().put(HttpHeader.ALLOW, "GET, HEAD");
            sendText(request, response, callback, HttpStatus.METHOD_NOT_ALLOWED_405, "405 method not allowed");
            return;
        }
        Path file = resolve(request.getHttpURI().getDecodedPath());
        if (file == null) {
            sendText(request, response, callback, HttpStatus.NOT_FOUND_404, "404 not found");
            return;
        }
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, config.contentType(file.getFileName().toString()));
        // Always revalidate, so an edited file is seen at once, but answer an unchanged one with 304.
        response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-cache");
        String lastModified = HTTP_DATE.format(Files.getLastModifiedTime(file).toInstant().truncatedTo(ChronoUnit.SECONDS));
        response.getHeaders().put(HttpHeader.LAST_MODIFIED, lastModified);
        if (lastModified.equals(request.getHeaders().get(HttpHeader.IF_MODIFIED_SINCE))) {
            response.setStatus(HttpStatus.NOT_MODIFIED_304);
            response.write(true, null, callback);
            return;
        }
        byte[] body = Files.readAllBytes(file);
        response.setStatus(HttpStatus.OK_200);
        response.getHeaders().put(HttpHeader.CONTENT_LENGTH, body.length);
        response.write(true, method.equals("HEAD") ? null : ByteBuffer.wrap(body), callback);
    }

    /** Whether the Host header names this machine's loopback, so a page of another site cannot reach here through DNS. */
    private static boolean addressedToLoopback(Request request) {
        String host = request.getHeaders().get(HttpHeader.HOST);
        if (host == null) {
            return false;
        }
        String name = host.startsWith("[") ? host.substring(0, host.indexOf(']') + 1) : host.replaceFirst(":\\d*$", "");
        return LOOPBACK_NAMES.contains(name.toLowerCase(Locale.ROOT));
    }

    /** The regular file a decoded request path names inside the root, or null. */
    private Path resolve(String path) throws IOException {
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
        } else if (path.endsWith("/")) {
            // "/index.html/" names a folder that does not exist, whatever a file system makes of it.
            return null;
        }
        Path real = candidate.toRealPath();
        return real.startsWith(realRoot) && Files.isRegularFile(real) ? real : null;
    }

    private static void sendText(Request request, Response response, Callback callback, int status, String text) {
        byte[] body = (text + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        response.setStatus(status);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "text/plain; charset=utf-8");
        response.getHeaders().put(HttpHeader.CONTENT_LENGTH, body.length);
        response.write(true, request.getMethod().equals("HEAD") ? null : ByteBuffer.wrap(body), callback);
    }
}
