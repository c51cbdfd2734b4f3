package tessera.render;

import java.util.Map;
import java.util.TreeMap;
import tessera.json.JsonWriter;

/** Sums the counters renderers report ({@link TileRenderer#counters}) by name, whatever the names are. */
public final class Counters {
    private final Map<String, Long> totals = new TreeMap<>();

    public Counters add(Map<String, Long> counted) {
        for (Map.Entry<String, Long> entry : counted.entrySet()) {
            totals.merge(entry.getKey(), entry.getValue(), Long::sum);
        }
        return this;
    }

    /** {@code {"name": count, …}}, the names in alphabetical order. */
    public static String json(Map<String, Long> counters) {
        JsonWriter json = new JsonWriter().beginObject();
        for (Map.Entry<String, Long> entry : new TreeMap<>(counters).entrySet()) {
            json.name(entry.getKey()).value(entry.getValue().longValue());
        }
        return json.endObject().toString();
    }

    /** The totals, by name in alphabetical order. */
    public Map<String, Long> totals() {
        return java.util.Collections.unmodifiableMap(totals);
    }
}
