package tessera;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The shared corpus of requests that must be refused, from {@code bad-requests.tsv}. */
public final class BadRequests {
    /** One refused request and the field its message must name. */
    public static final class Case {
        public final String field;
        public final String json;

        public Case(String field, String json) {
            this.field = field;
            this.json = json;
        }

        @Override
        public String toString() {
            return field + " ← " + (json.length() > 120 ? json.substring(0, 117) + "..." : json);
        }
    }

    private BadRequests() {
    }

    public static List<Case> all() throws Exception {
        List<Case> cases = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                BadRequests.class.getResourceAsStream("/bad-requests.tsv"), StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    int tab = line.indexOf('\t');
                    cases.add(new Case(line.substring(0, tab), line.substring(tab + 1)));
                }
            }
        }
        return cases;
    }
}
