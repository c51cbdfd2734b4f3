package tessera.raytrace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/**
 * The OBJ reader on generated files: well-formed ones read to the triangles their faces make (a
 * face of k corners is k − 2 triangles, every corner naming a vertex that exists), and anything
 * else is a model that holds together or an {@link IllegalArgumentException} that says what is
 * wrong, never another exception.
 */
class ObjReaderProperties {
    private static final int MAX_TRIANGLES = 10_000;

    // Edge cases off: combined over several generators they would fill every try.
    @Property(seed = "20261207", edgeCases = EdgeCasesMode.NONE)
    void wellFormedFilesReadToTheTrianglesOfTheirFaces(@ForAll("wellFormed") Tuple.Tuple2<String, Integer> file) {
        ObjModel model = ObjReader.read(file.get1().getBytes(StandardCharsets.UTF_8), MAX_TRIANGLES);
        assertEquals((int) file.get2(), model.triangleCount, file.get1());
        holdsTogether(model);
    }

    // Edge cases off: combined over several generators they would fill every try.
    @Property(seed = "20261207", edgeCases = EdgeCasesMode.NONE)
    void anyLinesAreAModelThatHoldsTogetherOrARefusalInWords(@ForAll("objishLines") String text) {
        ObjModel model;
        try {
            model = ObjReader.read(text.getBytes(StandardCharsets.UTF_8), MAX_TRIANGLES);
        } catch (IllegalArgumentException refused) {
            assertFalse(refused.getMessage() == null || refused.getMessage().isBlank(), "a refusal says why");
            return;
        }
        holdsTogether(model);
    }

    @Property(seed = "20261207")
    void anyBytesAreAModelOrARefusal(@ForAll("anyBytes") byte[] bytes) {
        try {
            holdsTogether(ObjReader.read(bytes, MAX_TRIANGLES));
        } catch (IllegalArgumentException refused) {
            assertFalse(refused.getMessage() == null || refused.getMessage().isBlank(), "a refusal says why");
        }
    }

    private static void holdsTogether(ObjModel model) {
        assertTrue(model.triangleCount >= 1 && model.triangleCount <= MAX_TRIANGLES);
        for (int i = 0; i < 3 * model.triangleCount; i++) {
            assertTrue(model.cornerVertices[i] >= 0 && model.cornerVertices[i] < model.vertexCount, "corner " + i);
            assertTrue(model.cornerNormals[i] >= -1 && model.cornerNormals[i] < model.normalCount, "normal of corner " + i);
        }
        for (int i = 0; i < 3 * model.vertexCount; i++) {
            assertTrue(Double.isFinite(model.positions[i]), "vertex coordinate " + i);
        }
    }

    /** Vertices, then faces of 3 to 6 corners in any of the four corner forms, indices counted from either end; with the triangle count. */
    @Provide
    Arbitrary<Tuple.Tuple2<String, Integer>> wellFormed() {
        Arbitrary<Integer> vertexCount = Arbitraries.integers().between(3, 12);
        return vertexCount.flatMap(count -> {
            Arbitrary<String> face = Arbitraries.integers().between(0, count - 1).list().ofMinSize(3).ofMaxSize(6)
                    .flatMap(corners -> Arbitraries.of("%d", "%d/%d", "%d//%d", "%d/%d/%d").list().ofSize(corners.size())
                            .flatMap(forms -> Arbitraries.of(true, false).list().ofSize(corners.size()).map(fromEnd -> {
                                StringBuilder line = new StringBuilder("f");
                                for (int i = 0; i < corners.size(); i++) {
                                    int index = fromEnd.get(i) ? corners.get(i) - count : corners.get(i) + 1;
                                    String form = forms.get(i);
                                    line.append(' ').append(String.format(form, index, fromEnd.get(i) ? -1 : 1, fromEnd.get(i) ? -1 : 1));
                                }
                                return line + "\n" + "#" + (corners.size() - 2);
                            })));
            return face.list().ofMinSize(1).ofMaxSize(8).map(faces -> {
                StringBuilder text = new StringBuilder();
                for (int v = 0; v < count; v++) {
                    text.append("v ").append(v % 3).append(' ').append(v * 0.5).append(' ').append(-v).append('\n');
                }
                text.append("vt 0 0\nvn 0 0 1\n");
                int triangles = 0;
                for (String f : faces) {
                    int cut = f.lastIndexOf('#');
                    triangles += Integer.parseInt(f.substring(cut + 1));
                    text.append(f, 0, cut);
                }
                return Tuple.of(text.toString(), triangles);
            });
        });
    }

    @Provide
    Arbitrary<String> objishLines() {
        Arbitrary<String> number = Arbitraries.of("0", "1", "-1", "2.5", "1e308", "1e309", "-1e400", "nan", "inf", "0x10", "1e-320", ".5", "5.",
                "--1", "1e", "", "999999999999999999999999");
        Arbitrary<String> index = Arbitraries.of("1", "2", "3", "-1", "-2", "0", "4", "99", "1/1", "1//1", "2/2/1", "3//", "/", "1/1/1/1",
                "2147483648", "-2147483649", "a");
        Arbitrary<String> vertex = number.list().ofMinSize(0).ofMaxSize(5).map(n -> "v " + String.join(" ", n));
        Arbitrary<String> normal = number.list().ofMinSize(0).ofMaxSize(4).map(n -> "vn " + String.join(" ", n));
        Arbitrary<String> face = index.list().ofMinSize(0).ofMaxSize(6).map(n -> "f " + String.join(" ", n));
        Arbitrary<String> other = Arbitraries.of("# comment", "g group", "usemtl x", "mtllib a.mtl", "s 1", "o thing", "vt 0 0", "", " ",
                "\t", "\u0000", "l 1 2", "p 1", "\u001b]0;title\u0007");
        Arbitrary<String> line = Arbitraries.frequencyOf(Tuple.of(4, vertex), Tuple.of(1, normal), Tuple.of(3, face), Tuple.of(1, other));
        return Combinators.combine(line.list().ofMaxSize(25), Arbitraries.of("\n", "\r\n", "\r"))
                .as((lines, end) -> String.join(end, lines) + end);
    }

    @Provide
    Arbitrary<byte[]> anyBytes() {
        return Arbitraries.bytes().array(byte[].class).ofMaxSize(300);
    }
}
