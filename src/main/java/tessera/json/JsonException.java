package tessera.json;

/** Text that is not well-formed JSON, with the 1-based position of the first problem. */
public final class JsonException extends RuntimeException {
    private final int line;
    private final int column;

    public JsonException(String problem, int line, int column) {
        super("invalid JSON at line " + line + ", column " + column + ": " + problem);
        this.line = line;
        this.column = column;
    }

    public int line() {
        return line;
    }

    public int column() {
        return column;
    }
}
