package tessera.server;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes the headers and media types of {@code server.conf} in the formats other hosts read:
 * {@code _headers} (Netlify, Cloudflare Pages) and {@code .htaccess} (Apache), into the site folder,
 * so that every way of hosting Tessera sends the same headers.
 */
public final class HostingFiles {
    private HostingFiles() {
    }

    public static void write(ServerConfig config, Path site) throws IOException {
        Files.writeString(site.resolve("_headers"), headersFile(config), StandardCharsets.UTF_8);
        Files.writeString(site.resolve(".htaccess"), htaccess(config), StandardCharsets.UTF_8);
    }

    static String headersFile(ServerConfig config) {
        StringBuilder out = new StringBuilder("# Generated from server.conf by the build: the headers for Netlify and Cloudflare Pages.\n/*\n");
        config.headers.forEach((name, value) -> out.append("  ").append(name).append(": ").append(value).append('\n'));
        for (Map.Entry<String, String> type : byExtension(config).entrySet()) {
            out.append("/*.").append(type.getKey()).append("\n  Content-Type: ").append(type.getValue()).append('\n');
        }
        return out.toString();
    }

    static String htaccess(ServerConfig config) {
        StringBuilder out = new StringBuilder("# Generated from server.conf by the build: the headers for Apache (mod_headers, mod_mime).\n");
        out.append("<IfModule mod_headers.c>\n");
        config.headers.forEach((name, value) -> out.append("  Header always set ").append(name).append(" \"")
                .append(value.replace("\"", "\\\"")).append("\"\n"));
        out.append("</IfModule>\n");
        for (Map.Entry<String, String> type : byExtension(config).entrySet()) {
            out.append("AddType ").append(type.getValue()).append(" .").append(type.getKey()).append('\n');
        }
        out.append("Options -Indexes\n");
        return out.toString();
    }

    private static Map<String, String> byExtension(ServerConfig config) {
        return new TreeMap<>(config.types);
    }
}
