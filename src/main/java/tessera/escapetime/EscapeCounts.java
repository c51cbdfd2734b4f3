package tessera.escapetime;

/**
 * The sum of the escape counts of the pixels that escaped, as a thread's renderer tallies them:
 * the work a render did in iterations (what "iterations per second" counts, however many were
 * skipped or shortcut).
 */
public final class EscapeCounts {
    private long sum;

    /** A pixel escaped after this many iterations. */
    public void escaped(int iterations) {
        sum += iterations;
    }

    public long sum() {
        return sum;
    }
}
