package tessera.render;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import tessera.json.DecimalShape;
import tessera.json.JsonValue;
import tessera.json.NumberText;
import tessera.json.ShownText;

/**
 * Reads the fields of one JSON object with their allowed ranges and refuses anything it was not
 * asked about, so that a typo such as {@code maxIterations} is reported instead of ignored.
 * Every error names the field's full path and what would have been accepted.
 */
public final class FieldReader {
    private static final int MAX_SHOWN_NAME = 64;
    private final JsonValue object;
    private final String path;
    private final Set<String> known = new LinkedHashSet<>();

    private FieldReader(JsonValue object, String path) {
        this.object = object;
        this.path = path;
    }

    /** @param path the object's own path, empty for the top level */
    public static FieldReader of(JsonValue value, String path) {
        if (!value.is(JsonValue.Kind.OBJECT)) {
            throw new InvalidRequestException(path.isEmpty() ? "request" : path,
                    "must be a JSON object, got " + value.describe(), value);
        }
        return new FieldReader(value, path);
    }

    public String path(String name) {
        return path.isEmpty() ? shown(name) : path + "." + shown(name);
    }

    /** A field name as messages show it: a name longer than anyone types is cut, with its length. */
    private static String shown(String name) {
        return ShownText.of(name, MAX_SHOWN_NAME);
    }

    public boolean has(String name) {
        known.add(name);
        return object.members().containsKey(name);
    }

    public JsonValue get(String name) {
        known.add(name);
        return object.members().get(name);
    }

    public JsonValue require(String name, String expectation) {
        JsonValue value = get(name);
        if (value == null) {
            String lookalike = lookalike(name);
            throw new InvalidRequestException(path(name), "missing; " + expectation
                    + (lookalike == null ? "" : " (there is a field \"" + lookalike + "\": a typo?)"));
        }
        return value;
    }

    /** A field of the object whose name is one or two edits from {@code name}, or null. */
    private String lookalike(String name) {
        for (String candidate : object.members().keySet()) {
            if (!candidate.equals(name) && editDistance(candidate.toLowerCase(), name.toLowerCase()) <= 2) {
                return candidate;
            }
        }
        return null;
    }

    public int requiredInt(String name, int min, int max) {
        String expectation = integerRange(min, max);
        return toInt(name, require(name, expectation), min, max, expectation);
    }

    public int optionalInt(String name, int min, int max, int fallback) {
        JsonValue value = get(name);
        return value == null ? fallback : toInt(name, value, min, max, integerRange(min, max));
    }

    public double requiredDouble(String name, double min, double max) {
        String expectation = numberRange(min, max);
        return toDouble(name, require(name, expectation), min, max, expectation);
    }

    public double optionalDouble(String name, double min, double max, double fallback) {
        JsonValue value = get(name);
        return value == null ? fallback : toDouble(name, value, min, max, numberRange(min, max));
    }

    public String requiredString(String name) {
        JsonValue value = require(name, "must be a string");
        if (!value.is(JsonValue.Kind.STRING)) {
            throw new InvalidRequestException(path(name), "must be a string, got " + value.describe(), value);
        }
        return value.asString();
    }

    /** A string that must be one of {@code allowed}; absent means {@code fallback}. */
    public String optionalChoice(String name, List<String> allowed, String fallback) {
        JsonValue value = get(name);
        return value == null ? fallback : toChoice(name, value, allowed);
    }

    public String requiredChoice(String name, List<String> allowed) {
        return toChoice(name, require(name, "must be one of " + quoted(allowed)), allowed);
    }

    public boolean optionalBoolean(String name, boolean fallback) {
        JsonValue value = get(name);
        if (value == null) {
            return fallback;
        }
        if (!value.is(JsonValue.Kind.BOOLEAN)) {
            throw new InvalidRequestException(path(name), "must be true or false, got " + value.describe(), value);
        }
        return value.asBoolean();
    }

    /**
     * A decimal of any length, given as a JSON number (its text, every digit kept) or as a string
     * such as {@code "-0.7436438870371587047521915061"} or {@code "3.2e1234"}; absent means null.
     */
    public java.math.BigDecimal optionalDecimal(String name, int maxLength) {
        JsonValue value = get(name);
        if (value == null) {
            return null;
        }
        String expectation = "must be a decimal number, as a number or a string such as \"-0.75\" or \"1e300\"";
        if (!value.is(JsonValue.Kind.NUMBER) && !value.is(JsonValue.Kind.STRING)) {
            throw new InvalidRequestException(path(name), expectation + ", got " + value.describe(), value);
        }
        String text = value.asString().trim();
        if (text.length() > maxLength) {
            throw new InvalidRequestException(path(name), "may have at most " + maxLength + " characters, got " + text.length(),
                    value);
        }
        DecimalShape shape = DecimalShape.of(text);
        if (!shape.valid) {
            throw new InvalidRequestException(path(name), expectation + ", got " + value.describe(), value);
        }
        if (shape.zero) {
            // 0e999999999 is 0: its exponent must not reach the arithmetic.
            return java.math.BigDecimal.ZERO;
        }
        if (!shape.withinRange()) {
            throw new InvalidRequestException(path(name), "must be 0 or between 1e-" + DecimalShape.MAX_EXPONENT + " and 1e"
                    + DecimalShape.MAX_EXPONENT + " in size (far past any view), got " + ShownText.of(text, 40), value);
        }
        return new java.math.BigDecimal(text.startsWith("+") ? text.substring(1) : text);
    }

    /** A single-precision number: the range check keeps it finite as a float. */
    public float requiredFloat(String name, double min, double max) {
        return (float) requiredDouble(name, min, max);
    }

    /** The elements of an array field, at most {@code maxLength} of them. */
    public java.util.List<JsonValue> requiredArray(String name, int maxLength) {
        JsonValue value = require(name, "must be an array");
        if (!value.is(JsonValue.Kind.ARRAY)) {
            throw new InvalidRequestException(path(name), "must be an array, got " + value.describe(), value);
        }
        if (value.elements().size() > maxLength) {
            throw new InvalidRequestException(path(name), "has " + value.elements().size()
                    + " entries; the limit is " + maxLength, value);
        }
        return value.elements();
    }

    public FieldReader object(String name) {
        return of(require(name, "must be an object"), path(name));
    }

    /** Call after reading every field this object may have. */
    public void rejectUnknownFields() {
        for (String name : object.members().keySet()) {
            if (!known.contains(name)) {
                String hint = name.length() <= MAX_SHOWN_NAME ? closest(name) : null;
                throw new InvalidRequestException(path(name), "unknown field"
                        + (hint == null ? "" : "; did you mean \"" + hint + "\"?")
                        + " Known fields here: " + quoted(new ArrayList<>(known)), object.members().get(name));
            }
        }
    }

    private int toInt(String name, JsonValue value, int min, int max, String expectation) {
        if (!value.is(JsonValue.Kind.NUMBER) || value.asDouble() != Math.floor(value.asDouble())
                || value.asDouble() < min || value.asDouble() > max) {
            throw new InvalidRequestException(path(name), expectation + ", got " + value.describe(), value);
        }
        return (int) value.asDouble();
    }

    private double toDouble(String name, JsonValue value, double min, double max, String expectation) {
        double number = value.asDouble();
        if (!value.is(JsonValue.Kind.NUMBER) || Double.isInfinite(number) || number < min || number > max) {
            throw new InvalidRequestException(path(name), expectation + ", got " + value.describe(), value);
        }
        return number;
    }

    private String toChoice(String name, JsonValue value, List<String> allowed) {
        if (!value.is(JsonValue.Kind.STRING) || !allowed.contains(value.asString())) {
            throw new InvalidRequestException(path(name), "must be one of " + quoted(allowed) + ", got " + value.describe(), value);
        }
        return value.asString();
    }

    private static String integerRange(int min, int max) {
        return "must be an integer from " + min + " to " + max;
    }

    private static String numberRange(double min, double max) {
        if (min == -Double.MAX_VALUE && max == Double.MAX_VALUE) {
            return "must be a finite number";
        }
        return "must be a number from " + NumberText.of(min) + " to " + NumberText.of(max);
    }

    private static String quoted(List<String> names) {
        StringBuilder out = new StringBuilder();
        for (String name : names) {
            out.append(out.length() == 0 ? "" : ", ").append('"').append(name).append('"');
        }
        return out.toString();
    }

    private String closest(String name) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : known) {
            int distance = editDistance(name.toLowerCase(), candidate.toLowerCase());
            if (distance < bestDistance) {
                bestDistance = distance;
                best = candidate;
            }
        }
        boolean plausible = best != null && (bestDistance <= Math.max(2, best.length() / 3)
                || name.toLowerCase().startsWith(best.toLowerCase()));
        return plausible ? best : null;
    }

    private static int editDistance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
