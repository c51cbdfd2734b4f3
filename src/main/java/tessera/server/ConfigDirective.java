package tessera.server;

import java.util.List;

/** One nginx directive: its name, its arguments and, for a block such as {@code types { … }}, the directives inside. */
final class ConfigDirective {
    final String name;
    final List<String> args;
    final List<ConfigDirective> children;
    final int line;

    ConfigDirective(String name, List<String> args, List<ConfigDirective> children, int line) {
        this.name = name;
        this.args = args;
        this.children = children;
        this.line = line;
    }
}
