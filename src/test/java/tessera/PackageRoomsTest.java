package tessera;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The Java packages keep to their rooms: generic code (JSON, the render contract, the JVM hosts,
 * picture files, what escape-time fractals share) names no workload and imports no workload
 * package, and only tessera.web touches TeaVM.
 */
class PackageRoomsTest {
    private static final Path SOURCES = Path.of("src/main/java/tessera");
    private static final List<String> GENERIC = List.of("json", "render", "jvm", "picture", "escapetime");
    private static final List<String> WORKLOADS = List.of("mandelbrot", "julia", "raytrace", "pipeline");

    /** Code without its comments, so that an example in a doc comment is no dependency. */
    private static String code(Path file) throws Exception {
        String text = Files.readString(file);
        return text.replaceAll("(?s)/\\*.*?\\*/", "").replaceAll("//[^\n]*", "");
    }

    private static List<Path> javaFiles(String pkg) throws Exception {
        try (Stream<Path> files = Files.list(SOURCES.resolve(pkg))) {
            return files.filter(f -> f.toString().endsWith(".java")).sorted().toList();
        }
    }

    @Test
    void genericCodeNamesNoWorkloadAndImportsNoWorkloadPackage() throws Exception {
        List<String> found = new ArrayList<>();
        int files = 0;
        for (String pkg : GENERIC) {
            for (Path file : javaFiles(pkg)) {
                files++;
                String code = code(file);
                for (String workload : WORKLOADS) {
                    Matcher named = Pattern.compile("\"[^\"\n]*\\b" + workload + "\\b[^\"\n]*\"", Pattern.CASE_INSENSITIVE).matcher(code);
                    if (named.find()) {
                        found.add(file + " names " + named.group());
                    }
                    if (code.contains("import tessera." + workload + ".")) {
                        found.add(file + " imports tessera." + workload);
                    }
                }
            }
        }
        assertTrue(files > 40, "the generic packages were found: " + files + " files");
        assertEquals(List.of(), found);
    }

    @Test
    void onlyTheWebPackageTouchesTeaVm() throws Exception {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                if (!file.startsWith(SOURCES.resolve("web")) && code(file).contains("org.teavm")) {
                    found.add(file.toString());
                }
            }
        }
        assertEquals(List.of(), found);
    }
}
