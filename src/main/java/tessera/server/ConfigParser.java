package tessera.server;

import java.util.ArrayList;
import java.util.List;

/** Parses nginx configuration syntax (directives, blocks, quoted strings, # comments) into a directive tree. */
final class ConfigParser {
    private final String text;
    private final String source;
    private int pos;
    private int line = 1;

    private ConfigParser(String text, String source) {
        this.text = text;
        this.source = source;
    }

    static List<ConfigDirective> parse(String text, String source) {
        ConfigParser parser = new ConfigParser(text, source);
        List<ConfigDirective> directives = parser.block(false);
        return directives;
    }

    private List<ConfigDirective> block(boolean nested) {
        List<ConfigDirective> directives = new ArrayList<>();
        List<String> words = new ArrayList<>();
        int start = line;
        while (true) {
            String token = next();
            if (token == null) {
                if (nested) {
                    throw error("missing '}' at the end of the file");
                }
                if (!words.isEmpty()) {
                    throw error("directive \"" + words.get(0) + "\" is not ended by ';'");
                }
                return directives;
            }
            switch (token) {
                case ";":
                    if (words.isEmpty()) {
                        throw error("unexpected ';'");
                    }
                    directives.add(new ConfigDirective(words.get(0), new ArrayList<>(words.subList(1, words.size())), List.of(), start));
                    words.clear();
                    break;
                case "{":
                    if (words.isEmpty()) {
                        throw error("unexpected '{'");
                    }
                    int blockLine = start;
                    List<String> header = new ArrayList<>(words);
                    words.clear();
                    directives.add(new ConfigDirective(header.get(0), header.subList(1, header.size()), block(true), blockLine));
                    break;
                case "}":
                    if (!nested) {
                        throw error("unexpected '}'");
                    }
                    if (!words.isEmpty()) {
                        throw error("directive \"" + words.get(0) + "\" is not ended by ';'");
                    }
                    return directives;
                default:
                    if (words.isEmpty()) {
                        start = line;
                    }
                    words.add(token);
            }
        }
    }

    /** The next token: a word, a quoted string's contents, or one of ; { }. Null at the end. */
    private String next() {
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (c == '#') {
                while (pos < text.length() && text.charAt(pos) != '\n') {
                    pos++;
                }
            } else if (Character.isWhitespace(c)) {
                if (c == '\n') {
                    line++;
                }
                pos++;
            } else {
                break;
            }
        }
        if (pos >= text.length()) {
            return null;
        }
        char c = text.charAt(pos);
        if (c == ';' || c == '{' || c == '}') {
            pos++;
            return String.valueOf(c);
        }
        if (c == '"' || c == '\'') {
            int end = text.indexOf(c, pos + 1);
            if (end < 0) {
                throw error("unterminated quoted string");
            }
            String value = text.substring(pos + 1, end);
            line += (int) value.chars().filter(ch -> ch == '\n').count();
            pos = end + 1;
            return value;
        }
        int start = pos;
        while (pos < text.length() && !Character.isWhitespace(text.charAt(pos)) && ";{}".indexOf(text.charAt(pos)) < 0) {
            pos++;
        }
        return text.substring(start, pos);
    }

    private IllegalArgumentException error(String problem) {
        return new IllegalArgumentException(source + ":" + line + ": " + problem);
    }
}
