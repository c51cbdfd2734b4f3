package tessera.workloads;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;
import tessera.json.JsonException;
import tessera.render.InvalidRequestException;
import tessera.render.Picture;
import tessera.render.RequestFiles;
import tessera.render.Workload;

/**
 * The request readers on generated requests: any JSON object built from the fields requests have
 * (each workload's own, misspelt ones, and values of every kind, in range and out) is a workload
 * of the size it asked for, or an {@link InvalidRequestException} naming a field, never another
 * exception. Files the request names are a small picture or are missing.
 */
class RequestReaderProperties {
    private static final RequestFiles FILES = name -> {
        if (name.startsWith("missing")) {
            throw new IllegalArgumentException("no such file " + name);
        }
        return new Picture(3, 2, new int[6]);
    };

    // Edge cases off: combined over this many fields they fill all the tries with one corner of the space.
    @Property(seed = "20261207", edgeCases = EdgeCasesMode.NONE)
    void anyRequestIsAWorkloadOrARefusalNamingAField(@ForAll("requests") String json) {
        try {
            Workload workload = Workloads.create(Workloads.parse(json, 16), tessera.render.Preparation.of(FILES));
            assertTrue(workload.width() >= 1 && workload.height() >= 1, json);
            Statistics.collect("a workload");
        } catch (InvalidRequestException refused) {
            Statistics.collect("refused");
            assertFalse(refused.field() == null || refused.field().isBlank(), "a refusal names the field: " + json);
            assertFalse(refused.problem() == null || refused.problem().isBlank(), "a refusal says what is wrong: " + json);
        } catch (JsonException unexpected) {
            throw new AssertionError("the generated request is JSON: " + json, unexpected);
        }
        // Both outcomes must be common, or the generator tests only one side.
        Statistics.coverage(checker -> {
            checker.check("a workload").percentage(p -> p >= 5.0);
            checker.check("refused").percentage(p -> p >= 5.0);
        });
    }

    @Provide
    Arbitrary<String> requests() {
        Arbitrary<String> size = usually(List.of("1", "2", "17", "24"), List.of("0", "-1", "1.5", "\"64\"", "100000", "1e3", "null", "true", "[]"));
        Arbitrary<String> workers = usually(List.of("1", "2", "16"), List.of("0", "-3", "17", "1.5", "\"2\"", "1e9", "null"));
        Arbitrary<String> tile = usually(List.of("8", "16", "64"), List.of("0", "4", "2048", "1.5", "\"16\"", "null"));
        Arbitrary<String> names = Arbitraries.frequencyOf(Tuple.of(3, Arbitraries.just("mandelbrot")), Tuple.of(2, Arbitraries.just("julia")),
                Tuple.of(2, Arbitraries.just("raytrace")), Tuple.of(2, Arbitraries.just("pipeline")), Tuple.of(1, Arbitraries.just("other")));
        Arbitrary<String> request = names.flatMap(name -> {
            Arbitrary<String> params = usually(name, Arbitraries.of("null", "1", "[]", "\"params\""));
            String workload = name.equals("other") ? "\"buddhabrot\"" : "\"" + name + "\"";
            return Combinators.combine(size, size, workers, tile, params, Arbitraries.integers().between(0, 255))
                    .as((width, height, w, t, p, present) -> {
                        List<String> chosen = new ArrayList<>();
                        add(chosen, present, 0, "workload", workload);
                        add(chosen, present, 1, "width", width);
                        add(chosen, present, 2, "height", height);
                        add(chosen, present, 3, "workers", w);
                        add(chosen, present, 4, "tileSize", t);
                        add(chosen, present, 5, "params", p);
                        add(chosen, present, 6, "widht", width);
                        return "{" + String.join(",", chosen) + "}";
                    });
        });
        return request;
    }

    /** A workload's own params nine times in ten, else something else. */
    private Arbitrary<String> usually(String workload, Arbitrary<String> otherwise) {
        Arbitrary<String> own;
        switch (workload) {
            case "mandelbrot":
                own = mandelbrotParams();
                break;
            case "julia":
                own = juliaParams();
                break;
            case "raytrace":
                own = raytraceParams();
                break;
            case "pipeline":
                own = pipelineParams();
                break;
            default:
                own = mandelbrotParams();
                break;
        }
        return Arbitraries.frequencyOf(Tuple.of(9, own), Tuple.of(1, otherwise));
    }

    /** Adds the field, but one request in sixteen leaves one of the six out, or (as field 6) adds a misspelt one. */
    private static void add(List<String> fields, int present, int field, String name, String value) {
        boolean odd = present >= 240 && present % 7 == field;
        if (field < 6 ? !odd : odd) {
            fields.add("\"" + name + "\":" + value);
        }
    }

    /** One of the valid values nineteen times in twenty, else one of the others. */
    private static Arbitrary<String> usually(List<String> valid, List<String> invalid) {
        return Arbitraries.frequencyOf(Tuple.of(19, Arbitraries.of(valid)), Tuple.of(1, Arbitraries.of(invalid)));
    }

    /** An object of some of these fields (a field whose value comes out empty is left out). */
    private Arbitrary<String> object(List<Tuple.Tuple2<String, Arbitrary<String>>> fields) {
        List<Arbitrary<String>> parts = new ArrayList<>();
        for (Tuple.Tuple2<String, Arbitrary<String>> field : fields) {
            parts.add(Arbitraries.frequencyOf(Tuple.of(1, Arbitraries.just("")),
                    Tuple.of(12, field.get2().map(v -> v.isEmpty() ? "" : "\"" + field.get1() + "\":" + v))));
        }
        return Combinators.combine(parts).as(values -> "{" + String.join(",", values.stream().filter(v -> !v.isEmpty()).toList()) + "}");
    }

    private Arbitrary<String> decimal() {
        return usually(List.of("0", "-0.75", "0.25", "-2", "\"-1.99999999999999999999\"", "\"0.3\"", "\"1e-30\""),
                List.of("4.5", "\"1e-99999999\"", "\"0e999999999\"", "\"abc\"", "1e400", "null", "\"\"", "\"-\""));
    }

    private Arbitrary<String> maxIter() {
        return usually(List.of("1", "100", "1000"), List.of("0", "-5", "\"1000\"", "2.5", "100000000", "null"));
    }

    private Arbitrary<String> palette() {
        return usually(List.of("\"seed\"", "\"smooth\"", "\"iterations\"", "\"distance\"", "\"equalised\""), List.of("\"rainbow\"", "3", "null"));
    }

    /** A designed gradient, mostly right; its stops sometimes out of order, out of range, or badly coloured; mostly none. */
    private Arbitrary<String> gradient() {
        Arbitrary<String> stop = object(List.of(
                Tuple.of("at", usually(List.of("0", "0.25", "0.5", "1"), List.of("-0.5", "1.5", "\"0.5\"", "null"))),
                Tuple.of("color", usually(List.of("\"#000764\"", "\"#FFAA00\"", "\"#ffffff\""), List.of("\"red\"", "\"#12345\"", "255", "null")))));
        Arbitrary<String> stops = Arbitraries.frequencyOf(Tuple.of(8, stop.list().ofMinSize(0).ofMaxSize(4).map(l -> "[" + String.join(",", l) + "]")),
                Tuple.of(1, Arbitraries.of("[]", "{}", "\"stops\"", "null")));
        // Left out in most requests: it refuses most palettes, and would leave few requests valid.
        return Arbitraries.frequencyOf(Tuple.of(12, Arbitraries.just("")), Tuple.of(1, Arbitraries.of("[]", "1", "null")),
                Tuple.of(6, object(List.of(Tuple.of("stops", stops),
                Tuple.of("density", usually(List.of("48", "1", "1000.5"), List.of("0", "-1", "1e9", "\"48\""))),
                Tuple.of("offset", usually(List.of("0", "0.5", "1"), List.of("-0.1", "2", "null")))))));
    }

    /** A formula, mostly the classic one, and sometimes a power, right or wrong for it. */
    private Arbitrary<String> formula() {
        return Arbitraries.frequencyOf(Tuple.of(4, Arbitraries.just("")), Tuple.of(4, usually(List.of("\"multibrot\"", "\"burning-ship\"",
                "\"tricorn\"", "\"celtic\"", "\"buffalo\"", "\"perpendicular-burning-ship\""), List.of("\"mandelbrot\"", "2", "null"))));
    }

    private Arbitrary<String> power() {
        return Arbitraries.frequencyOf(Tuple.of(6, Arbitraries.just("")), Tuple.of(3, usually(List.of("2", "3", "8"), List.of("1", "9", "2.5",
                "\"3\""))));
    }

    private Arbitrary<String> zoom() {
        return usually(List.of("1", "1000", "1e12", "1e14", "\"1e30\"", "\"1e40\""), List.of("0", "-1", "\"1e20000\"", "\"x\"", "1e300", "null"));
    }

    private Arbitrary<String> mandelbrotParams() {
        Arbitrary<String> centre = object(List.of(Tuple.of("x", decimal()), Tuple.of("y", decimal())));
        Arbitrary<String> view = object(List.of(Tuple.of("xMin", decimal()), Tuple.of("xMax", decimal()), Tuple.of("yMin", decimal()),
                Tuple.of("yMax", decimal())));
        Arbitrary<String> options = object(List.of(Tuple.of("maxIter", maxIter()), Tuple.of("palette", palette()),
                Tuple.of("gradient", gradient()), Tuple.of("formula", formula()), Tuple.of("power", power()),
                Tuple.of("bla", usually(List.of("true", "false"), List.of("1"))),
                Tuple.of("shortcuts", usually(List.of("true", "false"), List.of("\"no\""))),
                Tuple.of("exact", usually(List.of("false"), List.of("\"true\"", "true")))));
        Arbitrary<String> place = Arbitraries.frequencyOf(
                Tuple.of(6, Combinators.combine(centre, zoom()).as((c, z) -> "\"center\":" + c + ",\"zoom\":" + z)),
                Tuple.of(2, view.map(v -> "\"view\":" + v)), Tuple.of(1, Arbitraries.just("")),
                Tuple.of(1, Arbitraries.of("\"colour\":1", "\"view\":{},\"center\":{\"x\":0,\"y\":0}")));
        return Combinators.combine(options, place).as((o, p) -> p.isEmpty() ? o : o.equals("{}") ? "{" + p + "}"
                : o.substring(0, o.length() - 1) + "," + p + "}");
    }

    private Arbitrary<String> juliaParams() {
        Arbitrary<String> c = object(List.of(Tuple.of("x", decimal()), Tuple.of("y", decimal())));
        Arbitrary<String> centre = object(List.of(Tuple.of("x", decimal()), Tuple.of("y", decimal())));
        return object(List.of(Tuple.of("maxIter", maxIter()), Tuple.of("palette", palette()), Tuple.of("gradient", gradient()),
                Tuple.of("formula", formula()), Tuple.of("power", power()), Tuple.of("c", c), Tuple.of("center", centre),
                Tuple.of("zoom", zoom())));
    }

    private Arbitrary<String> raytraceParams() {
        Arbitrary<String> vector = Arbitraries.of("{\"x\":0,\"y\":0,\"z\":-5}", "{\"x\":1,\"y\":\"a\",\"z\":0}", "{}", "[0,0,0]", "null");
        Arbitrary<String> element = Arbitraries.oneOf(
                vector.map(v -> "{\"Sphere\":{\"center\":" + v + ",\"radius\":1,\"material\":{\"coloration\":{\"Color\":{\"red\":1,"
                        + "\"green\":0,\"blue\":0}},\"albedo\":0.18,\"surface\":\"Diffuse\"}}}"),
                Arbitraries.of("{\"Sphere\":{}}", "{\"Plane\":{\"origin\":{\"x\":0,\"y\":-1,\"z\":0},\"normal\":{\"x\":0,\"y\":1,\"z\":0}}}",
                        "{\"Mesh\":{\"obj\":\"missing.obj\"}}", "{\"Cube\":{}}", "1", "null"));
        Arbitrary<String> scene = Combinators.combine(element.list().ofMaxSize(3), vector, Arbitraries.of("1", "0", "-1", "\"x\"", "90", "180"))
                .as((elements, light, fov) -> "{\"width\":8,\"height\":8,\"fov\":" + fov + ",\"elements\":[" + String.join(",", elements)
                        + "],\"lights\":[{\"Directional\":{\"direction\":" + light + ",\"color\":{\"red\":1,\"green\":1,\"blue\":1},"
                        + "\"intensity\":1}}],\"shadow_bias\":1e-13,\"max_recursion_depth\":3}");
        return object(List.of(Tuple.of("scene", Arbitraries.frequencyOf(Tuple.of(9, scene), Tuple.of(1, Arbitraries.of("null", "{}", "\"scene\""))))));
    }

    private Arbitrary<String> pipelineParams() {
        Arbitrary<String> op = usually(List.of("{\"op\":\"blur\",\"radius\":2}", "{\"op\":\"sepia\"}", "{\"op\":\"brightness\",\"factor\":1.2}",
                "{\"op\":\"grayscale\"}", "{\"op\":\"invert\"}"), List.of("{\"op\":\"blur\",\"radius\":-1}", "{\"op\":\"brightness\",\"factor\":\"x\"}",
                "{\"op\":\"melt\"}", "{}", "1", "{\"op\":\"sharpen\",\"amount\":1e9}", "{\"op\":\"grayscale\",\"extra\":1}"));
        return object(List.of(Tuple.of("image", usually(List.of("\"photo.png\""), List.of("\"missing.png\"", "1", "\"\""))),
                Tuple.of("ops", op.list().ofMaxSize(4).map(ops -> "[" + String.join(",", ops) + "]"))));
    }
}
