package tessera;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A generated corpus of malformed requests, each with the field its refusal must name: every field of
 * valid requests for the three workloads removed, replaced by values of the wrong type, by fractions,
 * by huge, negative and non-finite numbers, renamed by a typo; plus broken JSON and deep nesting.
 */
public final class MalformedInputs {
    private MalformedInputs() {
    }

    /** Top-level and parameter fields with a valid value each, per workload; {@code $} marks where a value goes. */
    private static final Map<String, String[]> VALID = new LinkedHashMap<>();

    static {
        VALID.put("mandelbrot", new String[] {
            "{\"workload\":\"mandelbrot\",\"width\":$width,\"height\":$height,\"workers\":$workers,\"tileSize\":$tileSize,"
                + "\"params\":{\"maxIter\":$maxIter,\"palette\":$palette,\"zoom\":$zoom}}",
            "width=64", "height=48", "workers=1", "tileSize=16", "maxIter=100", "palette=\"smooth\"", "zoom=2"});
        VALID.put("pipeline", new String[] {
            "{\"workload\":\"pipeline\",\"workers\":$workers,\"params\":{\"image\":\"samples/test-card.png\","
                + "\"ops\":[{\"op\":\"blur\",\"radius\":$radius},{\"op\":\"brightness\",\"factor\":$factor}]}}",
            "workers=1", "radius=2", "factor=1.2"});
        VALID.put("raytrace", new String[] {
            "{\"workload\":\"raytrace\",\"width\":$width,\"height\":$height,\"params\":{\"scene\":{\"width\":8,\"height\":8,"
                + "\"fov\":$fov,\"shadow_bias\":$shadow_bias,\"max_recursion_depth\":$max_recursion_depth,"
                + "\"elements\":[{\"Sphere\":{\"center\":{\"x\":0,\"y\":0,\"z\":-5},\"radius\":$radius,\"material\":"
                + "{\"coloration\":{\"Color\":{\"red\":$red,\"green\":1,\"blue\":1}},\"albedo\":$albedo,\"surface\":\"Diffuse\"}}}],"
                + "\"lights\":[{\"Directional\":{\"direction\":{\"x\":0,\"y\":0,\"z\":-1},\"color\":{\"red\":1,\"green\":1,\"blue\":1},"
                + "\"intensity\":$intensity}}]}}}",
            "width=32", "height=24", "fov=90", "shadow_bias=0.000001", "max_recursion_depth=5", "radius=1", "red=1",
            "albedo=0.5", "intensity=1"});
    }

    private static final Map<String, String> PATHS = Map.ofEntries(
            Map.entry("maxIter", "params.maxIter"), Map.entry("palette", "params.palette"), Map.entry("zoom", "params.zoom"),
            Map.entry("radius@pipeline", "params.ops[0].radius"), Map.entry("factor", "params.ops[1].factor"),
            Map.entry("fov", "params.scene.fov"), Map.entry("shadow_bias", "params.scene.shadow_bias"),
            Map.entry("max_recursion_depth", "params.scene.max_recursion_depth"),
            Map.entry("radius@raytrace", "params.scene.elements[0].Sphere.radius"),
            Map.entry("red", "params.scene.elements[0].Sphere.material.coloration.Color.red"),
            Map.entry("albedo", "params.scene.elements[0].Sphere.material.albedo"),
            Map.entry("intensity", "params.scene.lights[0].Directional.intensity"));

    private static final String[] BAD_VALUES = {
        "\"12\"", "true", "null", "[1]", "{\"n\":1}", "-1", "1e300", "-1e300", "\"NaN\"", "\"Infinity\"", "123456789012",
    };

    public static List<BadRequests.Case> all() {
        List<BadRequests.Case> cases = new ArrayList<>();
        for (Map.Entry<String, String[]> workload : VALID.entrySet()) {
            String[] spec = workload.getValue();
            for (int i = 1; i < spec.length; i++) {
                String name = spec[i].substring(0, spec[i].indexOf('='));
                String path = PATHS.getOrDefault(name + "@" + workload.getKey(), PATHS.getOrDefault(name, name));
                for (String bad : BAD_VALUES) {
                    if (accepts(name, bad)) {
                        continue;
                    }
                    cases.add(new BadRequests.Case(path, fill(spec, name, bad)));
                }
                if (isInteger(name)) {
                    cases.add(new BadRequests.Case(path, fill(spec, name, "2.5")));
                }
                String withoutField = fill(spec, name, "\u0000").replaceAll(",?\"" + name + "\":\u0000", "").replace("{,", "{");
                if (!isOptional(name)) {
                    cases.add(new BadRequests.Case(path.equals("workers") ? "workers" : path, withoutField));
                }
                // A typo in the name: an optional field's misspelling is named as unknown; a required
                // field is named as missing (and the message points at the lookalike).
                String typo = name + "s";
                cases.add(new BadRequests.Case(isOptional(name) ? path.substring(0, path.length() - name.length()) + typo : path,
                        fill(spec, name, spec[i].substring(name.length() + 1)).replace("\"" + name + "\":", "\"" + typo + "\":")));
            }
        }
        cases.add(new BadRequests.Case("workload", "{\"workload\":\"buddhabrot\",\"width\":8,\"height\":8}"));
        cases.add(new BadRequests.Case("request", "{\"workload\":\"mandelbrot\",\"width\":8,"));
        cases.add(new BadRequests.Case("request", "[" .repeat(5000) + "]".repeat(5000)));
        cases.add(new BadRequests.Case("request", "{\"workload\":\"mandelbrot\",\"width\":8,\"height\":8,\"params\":" + "{\"a\":".repeat(100) + "1" + "}".repeat(101)));
        cases.add(new BadRequests.Case("request", "{\"workload\": NaN}"));
        cases.add(new BadRequests.Case("request", "\"just a string\""));
        cases.add(new BadRequests.Case("width × height", "{\"workload\":\"mandelbrot\",\"width\":16384,\"height\":16384}"));
        return cases;
    }

    private static boolean isInteger(String name) {
        return List.of("width", "height", "workers", "tileSize", "maxIter", "max_recursion_depth").contains(name);
    }

    /** Fields a request may leave out (they have defaults), so leaving them out is no error. */
    private static boolean isOptional(String name) {
        return List.of("workers", "tileSize", "maxIter", "palette", "zoom", "width", "height").contains(name);
    }

    /** Values that happen to be valid for a field, which the corpus must not count as malformed. */
    private static boolean accepts(String name, String value) {
        if (value.equals("-1")) {
            return false;
        }
        if (value.equals("123456789012")) {
            return List.of("intensity", "zoom").contains(name);
        }
        // A zoom may be a decimal string, and reaches depths no double does ("1e300").
        return name.equals("zoom") && (value.equals("\"12\"") || value.equals("1e300"));
    }

    private static String fill(String[] spec, String name, String value) {
        String json = spec[0];
        for (int i = 1; i < spec.length; i++) {
            String field = spec[i].substring(0, spec[i].indexOf('='));
            String v = field.equals(name) ? value : spec[i].substring(field.length() + 1);
            json = json.replace("$" + field + ",", v + ",").replace("$" + field + "}", v + "}");
        }
        return json;
    }
}
