package tessera.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JsonReaderTest {
    @Test
    void readsEveryKindOfValue() {
        JsonValue root = JsonReader.parse("{\"a\": [1, -2.5e3, true, false, null], \"s\": \"x\\ty\\u00e9\\\"\", \"o\": {}}");
        List<JsonValue> a = root.members().get("a").elements();
        assertEquals(1.0, a.get(0).asDouble());
        assertEquals(-2500.0, a.get(1).asDouble());
        assertEquals("-2.5e3", a.get(1).asString());
        assertTrue(a.get(2).asBoolean());
        assertFalse(a.get(3).asBoolean());
        assertTrue(a.get(4).is(JsonValue.Kind.NULL));
        assertEquals("x\tyé\"", root.members().get("s").asString());
        assertTrue(root.members().get("o").members().isEmpty());
    }

    @Test
    void keepsMembersInSourceOrder() {
        JsonValue root = JsonReader.parse("{\"z\": 1, \"a\": 2, \"m\": 3}");
        assertEquals(List.of("z", "a", "m"), List.copyOf(root.members().keySet()));
    }

    @Test
    void recordsWhereEachValueStarts() {
        JsonValue root = JsonReader.parse("{\n  \"radius\": \"big\",\n\t\"n\": 12\n}");
        JsonValue radius = root.members().get("radius");
        assertEquals(2, radius.line());
        assertEquals(13, radius.column());
        assertEquals(3, root.members().get("n").line());
        assertEquals(7, root.members().get("n").column());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "{\"a\": 1,}                 | 1 | 9  | expected a field name",
        "{\"a\" 1}                   | 1 | 6  | expected ':'",
        "[1, 2                       | 1 | 6  | expected ',' or ']'",
        "{\"a\": NaN}                | 1 | 7  | NaN and Infinity are not JSON numbers",
        "{\"a\": Infinity}           | 1 | 7  | NaN and Infinity",
        "{\"a\": 01}                 | 1 | 8  | expected ',' or '}'",
        "{\"a\": -}                  | 1 | 8  | digits after '-'",
        "{\"a\": 1.}                 | 1 | 9  | digits after '.'",
        "{\"a\": \"x}                | 1 | 10 | unterminated string",
        "{\"a\": 1, \"a\": 2}        | 1 | 10 | appears twice",
        "{\"a\": 1} x                | 1 | 10 | after the end of the value",
        "''                          | 1 | 1  | unexpected end of text",
        "{\"a\": tru}                | 1 | 7  | expected a value",
        "\"\\q\"                     | 1 | 2  | unknown escape",
    })
    void reportsSyntaxErrorsWithTheirPosition(String text, int line, int column, String problem) {
        JsonException e = assertThrows(JsonException.class, () -> JsonReader.parse(text));
        assertEquals(line, e.line(), e.getMessage());
        assertEquals(column, e.column(), e.getMessage());
        assertTrue(e.getMessage().contains(problem), e.getMessage());
    }

    @Test
    void reportsPositionsOnLaterLines() {
        JsonException e = assertThrows(JsonException.class, () -> JsonReader.parse("{\n \"a\": 1\n \"b\": 2}"));
        assertEquals(3, e.line());
        assertEquals(2, e.column());
    }

    @Test
    void refusesNestingBeyondTheLimitWithoutOverflowingTheStack() {
        String deep = "[".repeat(100_000) + "]".repeat(100_000);
        JsonException e = assertThrows(JsonException.class, () -> JsonReader.parse(deep));
        assertTrue(e.getMessage().contains("nested deeper than " + JsonReader.MAX_DEPTH), e.getMessage());
        String allowed = "[".repeat(JsonReader.MAX_DEPTH) + "]".repeat(JsonReader.MAX_DEPTH);
        assertEquals(JsonValue.Kind.ARRAY, JsonReader.parse(allowed).kind());
    }

    @Test
    void refusesTextOverTheSizeLimit() {
        String huge = " ".repeat(JsonReader.MAX_LENGTH + 1);
        JsonException e = assertThrows(JsonException.class, () -> JsonReader.parse(huge));
        assertTrue(e.getMessage().contains("limit"), e.getMessage());
    }
}
