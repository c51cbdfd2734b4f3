package tessera.render;

/**
 * What one worker computed while preparing a render that the others can take instead of
 * computing it again: a deep view's reference orbit. The page has the first worker prepare the
 * request, then hands {@link Workload#sharedState} to every worker with the render; a worker
 * offers it here just before creating its workload, which takes it if it is its own. On the JVM
 * the threads share one workload and nothing is offered.
 */
public final class SharedState {
    private static double[] offered;

    private SharedState() {
    }

    /** Offers the state for the next workload created on this worker (null: none). */
    public static synchronized void offer(double[] state) {
        offered = state;
    }

    /** The state on offer, or null; either way the offer ends. */
    public static synchronized double[] take() {
        double[] state = offered;
        offered = null;
        return state;
    }
}
