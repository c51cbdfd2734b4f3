package tessera.e2e;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Writes what a page script returned (maps, lists, strings, numbers, booleans) back as JSON. */
final class JsonText {
    private JsonText() {
    }

    static String of(Object value) {
        if (value == null) {
            return "null";
        }
        if (value instanceof Map) {
            return ((Map<?, ?>) value).entrySet().stream().map(e -> of(String.valueOf(e.getKey())) + ":" + of(e.getValue()))
                    .collect(Collectors.joining(",", "{", "}"));
        }
        if (value instanceof List) {
            return ((List<?>) value).stream().map(JsonText::of).collect(Collectors.joining(",", "[", "]"));
        }
        if (value instanceof String) {
            return "\"" + ((String) value).replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
        }
        return String.valueOf(value);
    }
}
