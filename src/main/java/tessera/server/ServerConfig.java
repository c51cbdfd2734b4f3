package tessera.server;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What the dev server takes from {@code server.conf}'s {@code server { … }} block: {@code listen},
 * {@code root} (relative paths are relative to the folder holding the file, as nginx run with
 * {@code -p} at that folder sees them), {@code index}, {@code add_header}, {@code types} and
 * {@code default_type}. Other directives are nginx's business and are left alone.
 */
public final class ServerConfig {
    public final String host;
    public final int port;
    public final Path root;
    public final List<String> indexFiles;
    /** Response headers in file order, sent on every response. */
    public final Map<String, String> headers;
    /** Lower-case file extension to media type. */
    public final Map<String, String> types;
    public final String defaultType;

    private ServerConfig(String host, int port, Path root, List<String> indexFiles, Map<String, String> headers,
            Map<String, String> types, String defaultType) {
        this.host = host;
        this.port = port;
        this.root = root;
        this.indexFiles = Collections.unmodifiableList(indexFiles);
        this.headers = Collections.unmodifiableMap(headers);
        this.types = Collections.unmodifiableMap(types);
        this.defaultType = defaultType;
    }

    public static ServerConfig read(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        Path base = file.toAbsolutePath().getParent();
        return parse(text, file.toString(), base);
    }

    static ServerConfig parse(String text, String source, Path base) {
        ConfigDirective server = null;
        for (ConfigDirective directive : ConfigParser.parse(text, source)) {
            if (directive.name.equals("server")) {
                if (server != null) {
                    throw new IllegalArgumentException(source + ":" + directive.line + ": only one server block is supported");
                }
                server = directive;
            }
        }
        if (server == null) {
            throw new IllegalArgumentException(source + ": no server { … } block");
        }
        String host = "127.0.0.1";
        int port = 80;
        Path root = base.resolve("html");
        List<String> index = new ArrayList<>(List.of("index.html"));
        Map<String, String> headers = new LinkedHashMap<>();
        Map<String, String> types = new LinkedHashMap<>();
        String defaultType = "text/plain";
        for (ConfigDirective d : server.children) {
            switch (d.name) {
                case "listen":
                    String address = arg(d, source);
                    int colon = address.lastIndexOf(':');
                    host = colon < 0 ? "0.0.0.0" : address.substring(0, colon);
                    port = parsePort(colon < 0 ? address : address.substring(colon + 1), d, source);
                    break;
                case "root":
                    root = base.resolve(arg(d, source)).normalize();
                    break;
                case "index":
                    index = new ArrayList<>(d.args);
                    break;
                case "add_header":
                    if (d.args.size() < 2) {
                        throw new IllegalArgumentException(source + ":" + d.line + ": add_header needs a name and a value");
                    }
                    checkHeader(d, source);
                    headers.put(d.args.get(0), d.args.get(1));
                    break;
                case "types":
                    for (ConfigDirective type : d.children) {
                        for (String extension : type.args) {
                            types.put(extension.toLowerCase(Locale.ROOT), type.name);
                        }
                    }
                    break;
                case "default_type":
                    defaultType = arg(d, source);
                    break;
                default:
                    break;
            }
        }
        return new ServerConfig(host, port, root, index, headers, types, defaultType);
    }

    public String contentType(String fileName) {
        int dot = fileName.lastIndexOf('.');
        String extension = dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
        return types.getOrDefault(extension, defaultType);
    }

    private static String arg(ConfigDirective d, String source) {
        if (d.args.isEmpty()) {
            throw new IllegalArgumentException(source + ":" + d.line + ": " + d.name + " needs a value");
        }
        return d.args.get(0);
    }

    private static int parsePort(String text, ConfigDirective d, String source) {
        try {
            int port = Integer.parseInt(text);
            if (port >= 0 && port <= 65535) {
                return port;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException(source + ":" + d.line + ": listen needs a port from 0 to 65535, got \"" + text + "\"");
    }

    /**
     * A header name must be a token and a value one line of visible text: a line break in a value
     * would end the header block early, and every response would come out broken.
     */
    private static void checkHeader(ConfigDirective d, String source) {
        String name = d.args.get(0);
        if (name.isEmpty() || !name.chars().allMatch(c -> c > 32 && c < 127 && "()<>@,;:\\\"/[]?={}".indexOf(c) < 0)) {
            throw new IllegalArgumentException(source + ":" + d.line + ": \"" + name + "\" is not a header name");
        }
        String value = d.args.get(1);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if ((c < 32 && c != '\t') || c == 127) {
                throw new IllegalArgumentException(source + ":" + d.line + ": the value of " + name + " contains "
                        + (c == '\n' || c == '\r' ? "a line break" : "the control character " + (int) c)
                        + "; a header value must be one line");
            }
        }
    }
}
