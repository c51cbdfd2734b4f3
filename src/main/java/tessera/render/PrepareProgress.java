package tessera.render;

/**
 * Where a host hears how far preparing a request has come: a deep view's reference orbit takes
 * a minute at 10¹⁰⁰⁰⁰, and a user waiting for it should see it advance. Reports come often (every
 * few hundred iterations); a host shows as many of them as it likes.
 */
@FunctionalInterface
public interface PrepareProgress {
    /** For a host that shows nothing while preparing. */
    PrepareProgress NONE = (step, unit, done, total) -> { };

    /**
     * @param step  what is being prepared, in words ("reference orbit")
     * @param unit  what {@code done} and {@code total} count ("iterations")
     * @param done  how many are done
     * @param total how many there are at most (a reference orbit may end early)
     */
    void report(String step, String unit, long done, long total);
}
