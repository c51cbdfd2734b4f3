package tessera.cli;

/** The command line's documented exit codes. */
public final class ExitCode {
    public static final int OK = 0;
    /** An unexpected failure inside Tessera. */
    public static final int INTERNAL = 1;
    /** The command line itself is wrong: unknown command or option, missing value. */
    public static final int USAGE = 2;
    /** The render request was refused; the message names the field. */
    public static final int INVALID_REQUEST = 3;
    /** A file could not be read or written, or the server could not start. */
    public static final int IO = 4;

    private ExitCode() {
    }
}
