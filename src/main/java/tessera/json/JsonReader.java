package tessera.json;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small strict JSON reader (RFC 8259) shared by the JVM and the TeaVM builds.
 *
 * <p>Tessera keeps its own reader rather than a library because every value must carry the
 * line and column it came from (a scene editor points at {@code "radius": "big"}, not only at
 * syntax errors), because hostile input must be refused by explicit limits on size and nesting
 * before it can exhaust a worker's stack, and because it must compile unchanged to WebAssembly.
 */
public final class JsonReader {
    /** Deeper nesting than this is refused: no request or scene needs it, and recursion must stay bounded. */
    public static final int MAX_DEPTH = 64;
    /** Longer text than this is refused before parsing (characters). */
    public static final int MAX_LENGTH = 16 * 1024 * 1024;

    private final String text;
    private int pos;
    private int line = 1;
    private int lineStart;

    private JsonReader(String text) {
        this.text = text;
    }

    public static JsonValue parse(String text) {
        if (text == null) {
            throw new JsonException("no text", 1, 1);
        }
        if (text.length() > MAX_LENGTH) {
            throw new JsonException("text is " + text.length() + " characters long; the limit is " + MAX_LENGTH, 1, 1);
        }
        JsonReader reader = new JsonReader(text);
        reader.skipWhitespace();
        JsonValue value = reader.readValue(0);
        reader.skipWhitespace();
        if (reader.pos < text.length()) {
            throw reader.error("unexpected " + reader.describeNext() + " after the end of the value");
        }
        return value;
    }

    private JsonValue readValue(int depth) {
        if (pos >= text.length()) {
            throw error("unexpected end of text, expected a value");
        }
        char c = text.charAt(pos);
        switch (c) {
            case '{':
                return readObject(depth + 1);
            case '[':
                return readArray(depth + 1);
            case '"':
                int startColumn = column();
                return JsonValue.string(readString(), line, startColumn);
            case 't':
                return readKeyword("true", JsonValue.bool(true, line, column()));
            case 'f':
                return readKeyword("false", JsonValue.bool(false, line, column()));
            case 'n':
                return readKeyword("null", JsonValue.nullValue(line, column()));
            default:
                if (c == '-' || (c >= '0' && c <= '9')) {
                    return readNumber();
                }
                if (text.startsWith("NaN", pos) || text.startsWith("Infinity", pos)) {
                    throw error("NaN and Infinity are not JSON numbers");
                }
                throw error("unexpected " + describeNext() + ", expected a value");
        }
    }

    private JsonValue readObject(int depth) {
        checkDepth(depth);
        int startLine = line;
        int startColumn = column();
        pos++;
        Map<String, JsonValue> members = new LinkedHashMap<>();
        skipWhitespace();
        if (peek() == '}') {
            pos++;
            return JsonValue.object(members, startLine, startColumn);
        }
        while (true) {
            skipWhitespace();
            if (peek() != '"') {
                throw error("unexpected " + describeNext() + ", expected a field name in double quotes");
            }
            int keyLine = line;
            int keyColumn = column();
            String key = readString();
            if (members.containsKey(key)) {
                throw new JsonException("field \"" + key + "\" appears twice", keyLine, keyColumn);
            }
            skipWhitespace();
            expect(':');
            skipWhitespace();
            members.put(key, readValue(depth));
            skipWhitespace();
            char c = peek();
            if (c == ',') {
                pos++;
            } else if (c == '}') {
                pos++;
                return JsonValue.object(members, startLine, startColumn);
            } else {
                throw error("unexpected " + describeNext() + ", expected ',' or '}'");
            }
        }
    }

    private JsonValue readArray(int depth) {
        checkDepth(depth);
        int startLine = line;
        int startColumn = column();
        pos++;
        List<JsonValue> elements = new ArrayList<>();
        skipWhitespace();
        if (peek() == ']') {
            pos++;
            return JsonValue.array(elements, startLine, startColumn);
        }
        while (true) {
            skipWhitespace();
            elements.add(readValue(depth));
            skipWhitespace();
            char c = peek();
            if (c == ',') {
                pos++;
            } else if (c == ']') {
                pos++;
                return JsonValue.array(elements, startLine, startColumn);
            } else {
                throw error("unexpected " + describeNext() + ", expected ',' or ']'");
            }
        }
    }

    private String readString() {
        pos++;
        StringBuilder out = new StringBuilder();
        while (true) {
            if (pos >= text.length()) {
                throw error("unterminated string");
            }
            char c = text.charAt(pos);
            if (c == '"') {
                pos++;
                return out.toString();
            }
            if (c < 0x20) {
                throw error("control character in string (write it as an escape such as \\n)");
            }
            if (c == '\\') {
                pos++;
                out.append(readEscape());
            } else {
                out.append(c);
                pos++;
            }
        }
    }

    private char readEscape() {
        if (pos >= text.length()) {
            throw error("unterminated string");
        }
        char c = text.charAt(pos++);
        switch (c) {
            case '"':
            case '\\':
            case '/':
                return c;
            case 'b':
                return '\b';
            case 'f':
                return '\f';
            case 'n':
                return '\n';
            case 'r':
                return '\r';
            case 't':
                return '\t';
            case 'u':
                if (pos + 4 > text.length()) {
                    throw error("unterminated \\u escape");
                }
                int code = 0;
                for (int i = 0; i < 4; i++) {
                    int digit = Character.digit(text.charAt(pos), 16);
                    if (digit < 0) {
                        throw error("\\u escape needs four hexadecimal digits");
                    }
                    code = code * 16 + digit;
                    pos++;
                }
                return (char) code;
            default:
                pos -= 2;
                throw error("unknown escape \\" + c);
        }
    }

    private JsonValue readNumber() {
        int startColumn = column();
        int start = pos;
        if (peek() == '-') {
            pos++;
        }
        if (peek() == '0') {
            pos++;
        } else if (isDigit(peek())) {
            skipDigits();
        } else {
            throw error("a number needs digits after '-'");
        }
        if (peek() == '.') {
            pos++;
            if (!isDigit(peek())) {
                throw error("a number needs digits after '.'");
            }
            skipDigits();
        }
        if (peek() == 'e' || peek() == 'E') {
            pos++;
            if (peek() == '+' || peek() == '-') {
                pos++;
            }
            if (!isDigit(peek())) {
                throw error("a number needs digits in its exponent");
            }
            skipDigits();
        }
        String literal = text.substring(start, pos);
        return JsonValue.number(literal, DecimalParser.parse(literal), line, startColumn);
    }

    private JsonValue readKeyword(String word, JsonValue value) {
        if (!text.startsWith(word, pos)) {
            throw error("unexpected " + describeNext() + ", expected a value");
        }
        pos += word.length();
        return value;
    }

    private void checkDepth(int depth) {
        if (depth > MAX_DEPTH) {
            throw error("nested deeper than " + MAX_DEPTH + " levels");
        }
    }

    private void expect(char c) {
        if (peek() != c) {
            throw error("unexpected " + describeNext() + ", expected '" + c + "'");
        }
        pos++;
    }

    private void skipDigits() {
        while (isDigit(peek())) {
            pos++;
        }
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private void skipWhitespace() {
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (c == '\n') {
                line++;
                lineStart = pos + 1;
            } else if (c != ' ' && c != '\t' && c != '\r') {
                return;
            }
            pos++;
        }
    }

    private char peek() {
        return pos < text.length() ? text.charAt(pos) : '\0';
    }

    private int column() {
        return pos - lineStart + 1;
    }

    private String describeNext() {
        if (pos >= text.length()) {
            return "end of text";
        }
        char c = text.charAt(pos);
        return c < 0x20 ? "control character" : "'" + c + "'";
    }

    private JsonException error(String problem) {
        return new JsonException(problem, line, column());
    }
}
