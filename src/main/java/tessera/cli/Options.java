package tessera.cli;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code --name value} options of one command, and {@code --flag}s without a value, each allowed at
 * most once and only if the command knows it.
 */
final class Options {
    private final Map<String, String> values = new HashMap<>();

    Options(List<String> args, List<String> known) {
        this(args, known, List.of());
    }

    Options(List<String> args, List<String> known, List<String> flags) {
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.startsWith("--") && flags.contains(arg.substring(2))) {
                if (values.put(arg.substring(2), "true") != null) {
                    throw new UsageException(arg + " is given twice");
                }
                continue;
            }
            if (!arg.startsWith("--") || !known.contains(arg.substring(2))) {
                List<String> all = new java.util.ArrayList<>(known);
                all.addAll(flags);
                throw new UsageException("unknown option \"" + arg + "\"; options here: --" + String.join(", --", all));
            }
            if (i + 1 >= args.size()) {
                throw new UsageException(arg + " needs a value");
            }
            if (values.put(arg.substring(2), args.get(++i)) != null) {
                throw new UsageException(arg + " is given twice");
            }
        }
    }

    String get(String name, String fallback) {
        return values.getOrDefault(name, fallback);
    }

    String require(String name) {
        String value = values.get(name);
        if (value == null) {
            throw new UsageException("--" + name + " is required");
        }
        return value;
    }

    boolean has(String name) {
        return values.containsKey(name);
    }

    int intValue(String name, int min, int max, int fallback) {
        if (!values.containsKey(name)) {
            return fallback;
        }
        try {
            int value = Integer.parseInt(values.get(name));
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new UsageException("--" + name + " must be an integer from " + min + " to " + max + ", got \"" + values.get(name) + "\"");
    }
}
