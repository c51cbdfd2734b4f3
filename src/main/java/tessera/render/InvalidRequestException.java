package tessera.render;

import tessera.json.JsonValue;

/**
 * A render request (or part of one) that Tessera refuses. The message always starts with the
 * field's path, e.g. {@code params.maxIter: must be an integer from 1 to 10000000, got 2.5}.
 */
public final class InvalidRequestException extends RuntimeException {
    private final String field;
    private final String problem;
    private final int line;
    private final int column;

    public InvalidRequestException(String field, String problem) {
        this(field, problem, 0, 0);
    }

    public InvalidRequestException(String field, String problem, JsonValue at) {
        this(field, problem, at == null ? 0 : at.line(), at == null ? 0 : at.column());
    }

    public InvalidRequestException(String field, String problem, int line, int column) {
        super(field + ": " + problem);
        this.field = field;
        this.problem = problem;
        this.line = line;
        this.column = column;
    }

    public String field() {
        return field;
    }

    /** What is wrong with the field, without its name. */
    public String problem() {
        return problem;
    }

    /** 1-based line of the offending value in the request text, or 0 when it has none (a missing field). */
    public int line() {
        return line;
    }

    public int column() {
        return column;
    }
}
