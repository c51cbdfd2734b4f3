package tessera.raytrace;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tessera.json.DecimalParser;

class ObjReaderTest {
    private static ObjModel read(String text) {
        return ObjReader.read(text.getBytes(StandardCharsets.UTF_8), 1000);
    }

    private static String refusal(String text) {
        return assertThrows(IllegalArgumentException.class, () -> read(text)).getMessage();
    }

    @Test
    void facesOfAnySizeAreCutIntoAFanFromTheirFirstCorner() {
        ObjModel model = read("v 0 0 0\nv 1 0 0\nv 1 1 0\nv 0 1 0\nv -1 0.5 0\nf 1 2 3 4\nf 1 4 5\nf 1 2 3 4 5\n");
        assertEquals(6, model.triangleCount);
        assertArrayEquals(new int[] {0, 1, 2, 0, 2, 3, 0, 3, 4, 0, 1, 2, 0, 2, 3, 0, 3, 4},
                Arrays.copyOf(model.cornerVertices, 18));
        assertEquals(5, model.vertexCount);
        assertEquals(-1, model.cornerNormals[0], "no normals given: flat");
    }

    @Test
    void readsEveryCornerFormAndCountsNegativeNumbersBack() {
        ObjModel model = read("# a comment\no thing\ng group\nmtllib x.mtl\nusemtl red\ns 1\n"
                + "v 0 0 0\nv 1 0 0\nv 0 1 0\nvt 0 0\nvt 1 0\nvt 0 1\nvn 0 0 1\nvn 0 0.6 0.8\n"
                + "f 1/1/1 2/2/2 3/3/1\nf 1//2 2//2 3//2\nf 1/1 2/2 3/3\nf -3//-1 -2//-2 -1//-1 # trailing comment\n");
        assertEquals(4, model.triangleCount);
        assertArrayEquals(new int[] {0, 1, 0, 1, 1, 1, -1, -1, -1, 1, 0, 1}, Arrays.copyOf(model.cornerNormals, 12));
        assertArrayEquals(new int[] {0, 1, 2}, Arrays.copyOfRange(model.cornerVertices, 9, 12));
        assertEquals(0.6, model.normals[4]);
    }

    @Test
    void aFaceWithSomeCornersWithoutNormalsIsFlat() {
        ObjModel model = read("v 0 0 0\nv 1 0 0\nv 0 1 0\nvn 0 0 1\nf 1//1 2 3//1\n");
        assertArrayEquals(new int[] {-1, -1, -1}, Arrays.copyOf(model.cornerNormals, 3));
    }

    @Test
    void windowsLineEndsTabsAndExtraVertexValuesAreFine() {
        ObjModel model = read("v\t0 0 0 1\r\nv 1 0 0 0.5 0.5 0.5\r\nv 0 1 0\r\nf 1 2 3\r\n");
        assertEquals(1, model.triangleCount);
        assertEquals(1.0, model.positions[3]);
    }

    @Test
    void aByteOrderMarkAndOldMacLineEndsAreFine() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] body = "v 0 0 0\rv 1 0 0\rv 0 1 0\rf 1 2 3\r".getBytes(StandardCharsets.UTF_8);
        byte[] text = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, text, 0, bom.length);
        System.arraycopy(body, 0, text, bom.length, body.length);
        ObjModel model = ObjReader.read(text, 10);
        assertEquals(3, model.vertexCount);
        assertEquals(1, model.triangleCount);
        assertEquals("line 3, column 5: expected a number, found \"y\"", refusal("v 0 0 0\rv 1 0 0\rv 0 y 0\r"));
    }

    @Test
    void absurdNumbersAreRefusedBeforeTheyTakeTheMemory() {
        String digits = "1".repeat(900);
        assertEquals("line 1, column 3: a number has more than 800 significant digits", refusal("v " + digits + " 0 0\n"));
    }

    @Test
    void numbersAreReadToTheNearestDoubleLikeJson() {
        Random random = new Random(7);
        StringBuilder text = new StringBuilder();
        String[] literals = new String[3000];
        for (int i = 0; i < literals.length; i++) {
            double value = (random.nextDouble() - 0.5) * Math.pow(10, random.nextInt(60) - 30);
            literals[i] = i % 3 == 0 ? String.format("%.17g", value) : i % 3 == 1 ? Double.toString(value)
                    : String.format("%.6f", value);
        }
        for (int i = 0; i < literals.length; i += 3) {
            text.append("v ").append(literals[i]).append(' ').append(literals[i + 1]).append(' ').append(literals[i + 2]).append('\n');
        }
        text.append("f 1 2 3\n");
        ObjModel model = read(text.toString());
        for (int i = 0; i < literals.length; i++) {
            String json = literals[i].replace("E", "e").replaceFirst("^(-?)0*(\\d)", "$1$2");
            assertEquals(Double.parseDouble(literals[i]), model.positions[i], literals[i]);
            assertEquals(DecimalParser.parse(json), model.positions[i], literals[i]);
        }
        assertEquals(1.5, read("v .5e1 +1. -0.25E-0\nv 0 0 0\nv 0 1 0\nf 1 2 3\n").positions[0] / 3.3333333333333335);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "v 0 0\\nf 1 1 1|line 1, column 6: a vertex needs x, y and z",
        "v 0 0 zero\\n|line 1, column 7: expected a number, found \"zero\"",
        "v 0 0 1e999\\n|line 1, column 7: the number \"1e999\" is too large",
        "v 0 0 0\\nv 1 0 0\\nv 0 1 0\\nf 1 2 4\\n|line 4, column 7: the face names vertex 4, but only 3 vertices come before it",
        "v 0 0 0\\nv 1 0 0\\nv 0 1 0\\nf 0 1 2\\n|line 4, column 3: the face names vertex 0, but only 3 vertices come before it",
        "v 0 0 0\\nv 1 0 0\\nv 0 1 0\\nf -4 1 2\\n|line 4, column 3: the face names vertex -4, but only 3 vertices come before it",
        "f 1 2 3\\n|line 1, column 3: the face names vertex 1, but no vertices come before it",
        "v 0 0 0\\nv 1 0 0\\nf 1 2\\n|line 3, column 6: a face needs at least 3 corners, this one has 2",
        "v 0 0 0\\nv 1 0 0\\nv 0 1 0\\nf 1//1 2 3\\n|line 4, column 6: the face names normal 1, but no normals come before it",
        "v 0 0 0\\nv 1 0 0\\nv 0 1 0\\nf 1/a 2 3\\n|line 4, column 5: expected a whole number in a face corner, found \"a\"",
        "v 0 0 0\\nv 1 0 0\\nv 0 1 0\\nf 1;2 2 3\\n|line 4, column 4: a face corner is v, v/vt, v//vn or v/vt/vn; unexpected ';'",
        "vn 0 0 0\\n|line 1, column 9: a normal must not be the zero vector",
        "v 0 0 0\\n# nothing else\\n|the file has no faces (f lines): there is nothing to draw",
    })
    void malformedFilesAreRefusedWithTheirLineAndColumn(String text, String message) {
        assertEquals(message, refusal(text.replace("\\n", "\n")));
    }

    @Test
    void theTriangleLimitIsCountedAfterFacesAreCut() {
        String quad = "v 0 0 0\nv 1 0 0\nv 1 1 0\nv 0 1 0\nf 1 2 3 4\nf 1 2 3 4\n";
        assertEquals(4, ObjReader.read(quad.getBytes(StandardCharsets.UTF_8), 4).triangleCount);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ObjReader.read(quad.getBytes(StandardCharsets.UTF_8), 3));
        assertEquals("line 6, column 1: the model has more than 3 triangles, the most a model may have", e.getMessage());
    }
}
