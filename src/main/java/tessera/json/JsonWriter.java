package tessera.json;

import java.util.List;

/**
 * Writes JSON text: objects, arrays, strings, numbers and booleans, with the commas put in for you.
 * Numbers are written so that a JSON reader gets the same double back.
 */
public final class JsonWriter {
    private final StringBuilder out = new StringBuilder();
    /** Whether the next value in the current object or array needs a comma before it. */
    private boolean separate;

    public JsonWriter beginObject() {
        open('{');
        return this;
    }

    public JsonWriter endObject() {
        return close('}');
    }

    public JsonWriter beginArray() {
        open('[');
        return this;
    }

    public JsonWriter endArray() {
        return close(']');
    }

    /** The name of the next member of the current object. */
    public JsonWriter name(String name) {
        comma();
        quote(name);
        out.append(':');
        return this;
    }

    public JsonWriter value(String value) {
        comma();
        quote(value);
        separate = true;
        return this;
    }

    public JsonWriter value(double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("JSON has no " + value);
        }
        comma();
        out.append(NumberText.of(value));
        separate = true;
        return this;
    }

    /** A whole number, every digit of it (a double would round past 2⁵³). */
    public JsonWriter value(long value) {
        comma();
        out.append(value);
        separate = true;
        return this;
    }

    public JsonWriter value(boolean value) {
        comma();
        out.append(value);
        separate = true;
        return this;
    }

    public JsonWriter nullValue() {
        comma();
        out.append("null");
        separate = true;
        return this;
    }

    /** A value already written as JSON text, put in as it is. */
    public JsonWriter raw(String json) {
        comma();
        out.append(json);
        separate = true;
        return this;
    }

    public JsonWriter strings(List<String> values) {
        beginArray();
        for (String value : values) {
            value(value);
        }
        return endArray();
    }

    /** {@code {"min": min, "max": max, "default": value}}: a numeric field's range and default. */
    public JsonWriter range(double min, double max, double value) {
        return beginObject().name("min").value(min).name("max").value(max).name("default").value(value).endObject();
    }

    @Override
    public String toString() {
        return out.toString();
    }

    private void open(char bracket) {
        comma();
        out.append(bracket);
        separate = false;
    }

    private JsonWriter close(char bracket) {
        out.append(bracket);
        separate = true;
        return this;
    }

    /** A comma before a value or name that follows another in the same object or array. */
    private void comma() {
        if (separate) {
            out.append(',');
        }
        separate = false;
    }

    private void quote(String text) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20) {
                out.append("\\u00").append(Character.forDigit(c >> 4, 16)).append(Character.forDigit(c & 15, 16));
            } else {
                out.append(c);
            }
        }
        out.append('"');
    }
}
