package tessera.json;

import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * One parsed JSON value and where it started in the source text, so that a validation error
 * about a value can point at the line and column the user typed it on.
 */
public final class JsonValue {
    public enum Kind { OBJECT, ARRAY, STRING, NUMBER, BOOLEAN, NULL }

    private final Kind kind;
    private final int line;
    private final int column;
    private final String text;
    private final double number;
    private final Map<String, JsonValue> members;
    private final List<JsonValue> elements;

    private JsonValue(Kind kind, int line, int column, String text, double number,
            Map<String, JsonValue> members, List<JsonValue> elements) {
        this.kind = kind;
        this.line = line;
        this.column = column;
        this.text = text;
        this.number = number;
        this.members = members;
        this.elements = elements;
    }

    static JsonValue object(Map<String, JsonValue> members, int line, int column) {
        return new JsonValue(Kind.OBJECT, line, column, null, 0, Collections.unmodifiableMap(members), null);
    }

    static JsonValue array(List<JsonValue> elements, int line, int column) {
        return new JsonValue(Kind.ARRAY, line, column, null, 0, null, Collections.unmodifiableList(elements));
    }

    static JsonValue string(String value, int line, int column) {
        return new JsonValue(Kind.STRING, line, column, value, 0, null, null);
    }

    static JsonValue number(String literal, double value, int line, int column) {
        return new JsonValue(Kind.NUMBER, line, column, literal, value, null, null);
    }

    /** A string, standing at no place in any text: for requests a program adjusts. */
    public static JsonValue of(String value) {
        return string(value, 0, 0);
    }

    /** A number written as {@code literal} (a JSON number), standing at no place in any text. */
    public static JsonValue ofNumber(String literal) {
        return number(literal, Double.parseDouble(literal), 0, 0);
    }

    /** true or false, standing at no place in any text: for requests a program adjusts. */
    public static JsonValue of(boolean value) {
        return bool(value, 0, 0);
    }

    static JsonValue bool(boolean value, int line, int column) {
        return new JsonValue(Kind.BOOLEAN, line, column, value ? "true" : "false", 0, null, null);
    }

    static JsonValue nullValue(int line, int column) {
        return new JsonValue(Kind.NULL, line, column, "null", 0, null, null);
    }

    public Kind kind() {
        return kind;
    }

    public boolean is(Kind expected) {
        return kind == expected;
    }

    /** 1-based line of the value's first character. */
    public int line() {
        return line;
    }

    /** 1-based column of the value's first character. */
    public int column() {
        return column;
    }

    public String asString() {
        return text;
    }

    public double asDouble() {
        return number;
    }

    public boolean asBoolean() {
        return kind == Kind.BOOLEAN && text.equals("true");
    }

    /** Members in source order. */
    public Map<String, JsonValue> members() {
        return members;
    }

    public List<JsonValue> elements() {
        return elements;
    }

    /** A copy of this object with {@code name} set to {@code value} (added at the end if it is new). */
    public JsonValue with(String name, JsonValue value) {
        if (kind != Kind.OBJECT) {
            throw new IllegalStateException("with() on " + describe());
        }
        Map<String, JsonValue> copy = new java.util.LinkedHashMap<>(members);
        copy.put(name, value);
        return object(copy, line, column);
    }

    /** The value as compact JSON text; numbers keep the literal they were written with. */
    public String toJson() {
        StringBuilder out = new StringBuilder();
        write(out);
        return out.toString();
    }

    private void write(StringBuilder out) {
        switch (kind) {
            case OBJECT:
                out.append('{');
                boolean first = true;
                for (Map.Entry<String, JsonValue> member : members.entrySet()) {
                    out.append(first ? "" : ",");
                    first = false;
                    writeString(member.getKey(), out);
                    out.append(':');
                    member.getValue().write(out);
                }
                out.append('}');
                break;
            case ARRAY:
                out.append('[');
                for (int i = 0; i < elements.size(); i++) {
                    out.append(i == 0 ? "" : ",");
                    elements.get(i).write(out);
                }
                out.append(']');
                break;
            case STRING:
                writeString(text, out);
                break;
            default:
                out.append(text);
        }
    }

    private static void writeString(String value, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20) {
                String hex = Integer.toHexString(c);
                out.append("\\u").append("0000", hex.length(), 4).append(hex);
            } else {
                out.append(c);
            }
        }
        out.append('"');
    }

    /** A short rendering of the value for error messages: {@code "abc"}, {@code 2.5}, {@code an object}. */
    public String describe() {
        switch (kind) {
            case OBJECT:
                return "an object";
            case ARRAY:
                return "an array";
            case STRING:
                return "\"" + ShownText.of(text, 40) + "\"";
            default:
                return text;
        }
    }
}
