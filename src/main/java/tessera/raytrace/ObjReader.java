package tessera.raytrace;

import java.util.Arrays;
import tessera.json.DecimalParser;
import tessera.json.ShownText;

/**
 * Reads Wavefront OBJ geometry: {@code v} positions, {@code vn} normals and {@code f} faces of any
 * size, cut into triangles as a fan from their first corner; a corner is {@code v}, {@code v/vt},
 * {@code v//vn} or {@code v/vt/vn}, with negative numbers counting back from the last one read.
 * Everything else (groups, materials, texture coordinates, comments) is passed over. Numbers are
 * read to the nearest double by the project's own parser, so that the JVM and the browser read the
 * same bits. A malformed file is refused with an {@link IllegalArgumentException} naming the line
 * and column.
 */
public final class ObjReader {
    /** Most vertices (and most normals) a file may have: twice as many as a mesh of the most triangles needs. */
    public static final int MAX_VERTICES = 4_000_000;
    /** Significant digits a number may have; no double needs more than 800 to decide its rounding. */
    private static final int MAX_DIGITS = 800;
    private final byte[] text;
    private final int maxTriangles;
    private int at;
    private int line = 1;
    private int lineStart;
    private double[] positions = new double[3 * 1024];
    private int vertexCount;
    private double[] normals = new double[0];
    private int normalCount;
    private int[] cornerVertices = new int[3 * 1024];
    private int[] cornerNormals = new int[3 * 1024];
    private int triangleCount;
    // The current face's corners, before it is cut into triangles.
    private int[] faceVertices = new int[16];
    private int[] faceNormals = new int[16];
    private final StringBuilder longNumber = new StringBuilder();

    private ObjReader(byte[] text, int maxTriangles) {
        this.text = text;
        this.maxTriangles = maxTriangles;
    }

    /**
     * @param maxTriangles the most triangles the model may have once its faces are cut
     * @throws IllegalArgumentException saying what is wrong and where
     */
    public static ObjModel read(byte[] text, int maxTriangles) {
        return new ObjReader(text, maxTriangles).model();
    }

    private ObjModel model() {
        // A UTF-8 byte-order mark, which some editors write first.
        if (text.length >= 3 && text[0] == (byte) 0xEF && text[1] == (byte) 0xBB && text[2] == (byte) 0xBF) {
            at = 3;
            lineStart = 3;
        }
        while (at < text.length) {
            statement();
        }
        if (triangleCount == 0) {
            throw new IllegalArgumentException("the file has no faces (f lines): there is nothing to draw");
        }
        return new ObjModel(positions, vertexCount, normals, normalCount, cornerVertices, cornerNormals, triangleCount);
    }

    private void statement() {
        skipBlanks();
        int start = at;
        while (at < text.length && !isBlank(text[at]) && !isLineEnd(text[at])) {
            at++;
        }
        int length = at - start;
        if (length == 1 && text[start] == 'v') {
            vertex();
        } else if (length == 2 && text[start] == 'v' && text[start + 1] == 'n') {
            normal();
        } else if (length == 1 && text[start] == 'f') {
            face();
        }
        skipToNextLine();
    }

    private void vertex() {
        if (vertexCount == MAX_VERTICES) {
            throw error(1, "the model has more than " + MAX_VERTICES + " vertices, the most a model may have");
        }
        if (3 * vertexCount + 3 > positions.length) {
            positions = Arrays.copyOf(positions, 2 * positions.length);
        }
        for (int k = 0; k < 3; k++) {
            positions[3 * vertexCount + k] = number("a vertex needs x, y and z");
        }
        vertexCount++;
        // A weight or a colour may follow; rendering needs neither.
    }

    private void normal() {
        if (normalCount == MAX_VERTICES) {
            throw error(1, "the model has more than " + MAX_VERTICES + " normals, the most a model may have");
        }
        if (3 * normalCount + 3 > normals.length) {
            normals = Arrays.copyOf(normals, Math.max(3 * 1024, 2 * normals.length));
        }
        for (int k = 0; k < 3; k++) {
            normals[3 * normalCount + k] = number("a normal needs x, y and z");
        }
        double x = normals[3 * normalCount];
        double y = normals[3 * normalCount + 1];
        double z = normals[3 * normalCount + 2];
        if (!(x * x + y * y + z * z > 0)) {
            throw error(column(), "a normal must not be the zero vector");
        }
        normalCount++;
    }

    private void face() {
        int corners = 0;
        while (true) {
            skipBlanks();
            if (at >= text.length || isLineEnd(text[at]) || text[at] == '#') {
                break;
            }
            if (corners == faceVertices.length) {
                faceVertices = Arrays.copyOf(faceVertices, 2 * corners);
                faceNormals = Arrays.copyOf(faceNormals, 2 * corners);
            }
            int column = column();
            faceVertices[corners] = index(vertexCount, "vertex", "vertices", column);
            int normal = -1;
            if (at < text.length && text[at] == '/') {
                at++;
                if (at < text.length && text[at] != '/' && !isBlank(text[at]) && !isLineEnd(text[at])) {
                    // A texture coordinate: its number is checked to be one, not used.
                    readInteger(column());
                }
                if (at < text.length && text[at] == '/') {
                    at++;
                    normal = index(normalCount, "normal", "normals", column());
                }
            }
            if (at < text.length && !isBlank(text[at]) && !isLineEnd(text[at]) && text[at] != '#') {
                throw error(column(), "a face corner is v, v/vt, v//vn or v/vt/vn; unexpected '" + ShownText.of(String.valueOf((char) text[at])) + "'");
            }
            faceNormals[corners] = normal;
            corners++;
        }
        if (corners < 3) {
            throw error(column(), "a face needs at least 3 corners, this one has " + corners);
        }
        for (int k = 1; k + 1 < corners; k++) {
            triangle(0, k, k + 1);
        }
    }

    private void triangle(int a, int b, int c) {
        if (triangleCount == maxTriangles) {
            throw error(1, "the model has more than " + maxTriangles + " triangles, the most a model may have");
        }
        if (3 * triangleCount + 3 > cornerVertices.length) {
            cornerVertices = Arrays.copyOf(cornerVertices, 2 * cornerVertices.length);
            cornerNormals = Arrays.copyOf(cornerNormals, 2 * cornerNormals.length);
        }
        int base = 3 * triangleCount;
        cornerVertices[base] = faceVertices[a];
        cornerVertices[base + 1] = faceVertices[b];
        cornerVertices[base + 2] = faceVertices[c];
        boolean smooth = faceNormals[a] >= 0 && faceNormals[b] >= 0 && faceNormals[c] >= 0;
        cornerNormals[base] = smooth ? faceNormals[a] : -1;
        cornerNormals[base + 1] = smooth ? faceNormals[b] : -1;
        cornerNormals[base + 2] = smooth ? faceNormals[c] : -1;
        triangleCount++;
    }

    /** A 1-based (or negative, counting back) reference to one of the {@code count} items read so far, as a 0-based index. */
    private int index(int count, String one, String many, int column) {
        long value = readInteger(column);
        long index = value > 0 ? value - 1 : count + value;
        if (value == 0 || index < 0 || index >= count) {
            throw error(column, "the face names " + one + " " + value + ", but " + (count == 0 ? "no " + many + " come"
                    : "only " + count + " " + (count == 1 ? one : many) + " come") + " before it");
        }
        return (int) index;
    }

    private long readInteger(int column) {
        boolean negative = at < text.length && text[at] == '-';
        if (negative) {
            at++;
        }
        int start = at;
        long value = 0;
        while (at < text.length && text[at] >= '0' && text[at] <= '9') {
            value = Math.min(1L << 40, value * 10 + (text[at] - '0'));
            at++;
        }
        if (at == start) {
            throw error(column, "expected a whole number in a face corner, found " + token(column));
        }
        return negative ? -value : value;
    }

    /** The next number on the line, to the nearest double. */
    private double number(String needs) {
        skipBlanks();
        int column = column();
        if (at >= text.length || isLineEnd(text[at]) || text[at] == '#') {
            throw error(column, needs);
        }
        boolean negative = text[at] == '-';
        if (text[at] == '-' || text[at] == '+') {
            at++;
        }
        long significand = 0;
        int digits = 0;
        int exponent = 0;
        boolean any = false;
        boolean point = false;
        longNumber.setLength(0);
        for (; at < text.length; at++) {
            byte c = text[at];
            if (c == '.' && !point) {
                point = true;
                continue;
            }
            if (c < '0' || c > '9') {
                break;
            }
            any = true;
            if (point) {
                exponent--;
            }
            if (digits == 0 && c == '0') {
                continue;
            }
            if (digits < 15) {
                significand = significand * 10 + (c - '0');
            }
            if (digits == MAX_DIGITS) {
                throw error(column, "a number has more than " + MAX_DIGITS + " significant digits");
            }
            longNumber.append((char) c);
            digits++;
        }
        if (any && at < text.length && (text[at] == 'e' || text[at] == 'E')) {
            at++;
            boolean negativeExponent = at < text.length && text[at] == '-';
            if (at < text.length && (text[at] == '-' || text[at] == '+')) {
                at++;
            }
            int start = at;
            int value = 0;
            while (at < text.length && text[at] >= '0' && text[at] <= '9') {
                value = Math.min(100_000, value * 10 + (text[at] - '0'));
                at++;
            }
            any = at > start;
            exponent += negativeExponent ? -value : value;
        }
        if (!any || (at < text.length && !isBlank(text[at]) && !isLineEnd(text[at]) && text[at] != '#')) {
            throw error(column, "expected a number, found " + token(column));
        }
        double magnitude = digits == 0 ? 0.0
                : digits <= 15 && Math.abs(exponent) <= 22 ? DecimalParser.fastPath(significand, exponent)
                : DecimalParser.parse(longNumber + "e" + exponent);
        if (Double.isInfinite(magnitude)) {
            throw error(column, "the number " + token(column) + " is too large");
        }
        return negative ? -magnitude : magnitude;
    }

    private String token(int column) {
        int start = lineStart + column - 1;
        int end = start;
        while (end < text.length && end < start + 40 && !isBlank(text[end]) && !isLineEnd(text[end])) {
            end++;
        }
        return end == start ? "the end of the line"
                : "\"" + ShownText.of(new String(text, start, end - start, java.nio.charset.StandardCharsets.UTF_8)) + "\"";
    }

    private void skipBlanks() {
        while (at < text.length && isBlank(text[at])) {
            at++;
        }
    }

    /** Past the end of the line: \n, \r\n or a lone \r (old Mac files). */
    private void skipToNextLine() {
        while (at < text.length && !isLineEnd(text[at])) {
            at++;
        }
        if (at < text.length) {
            at += text[at] == '\r' && at + 1 < text.length && text[at + 1] == '\n' ? 2 : 1;
            line++;
            lineStart = at;
        }
    }

    private int column() {
        return at - lineStart + 1;
    }

    private IllegalArgumentException error(int column, String message) {
        return new IllegalArgumentException("line " + line + ", column " + column + ": " + message);
    }

    private static boolean isBlank(byte c) {
        return c == ' ' || c == '\t';
    }

    private static boolean isLineEnd(byte c) {
        return c == '\n' || c == '\r';
    }
}
