package tessera.mandelbrot;

/**
 * Brent's cycle detection over the states of a pixel's orbit right after a rebase (the reference
 * started again from Z₀): a state met again at a later rebase repeats for ever, so the point is
 * inside. Each state is compared with the one kept at the last power-of-two rebase.
 */
final class RebaseCycles {
    private int rebases;
    private int nextKept;
    private boolean keptScaled;
    private double keptX;
    private double keptY;
    private int keptExponent;

    /** Forgets the states of the pixel before. */
    void start() {
        rebases = 0;
        nextKept = 1;
        keptX = Double.NaN;
    }

    /** Whether the orbit, just rebased into this state (dz = (x, y), times 2^exponent if scaled), was in it at an earlier rebase. */
    boolean repeats(boolean scaled, double x, double y, int exponent) {
        if (x == keptX && y == keptY && exponent == keptExponent && scaled == keptScaled) {
            return true;
        }
        if (++rebases == nextKept) {
            keptScaled = scaled;
            keptX = x;
            keptY = y;
            keptExponent = exponent;
            nextKept <<= 1;
        }
        return false;
    }
}
