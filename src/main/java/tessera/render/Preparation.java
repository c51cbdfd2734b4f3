package tessera.render;

/**
 * What a factory is given besides the request, all of it the host's: the files the request names,
 * what another worker computed preparing the same request (a deep view's reference orbit, see
 * {@link Workload#sharedState}), the cache of prepared views, and where to report how far
 * preparing has come. Nothing reaches a workload through a static channel.
 */
public final class Preparation {
    public final RequestFiles files;
    public final PreparedViews views;
    public final PrepareProgress progress;
    private final double[] shared;

    public Preparation(RequestFiles files, double[] shared, PreparedViews views, PrepareProgress progress) {
        this.files = files;
        this.shared = shared;
        this.views = views;
        this.progress = progress;
    }

    /** Reporting no progress. */
    public Preparation(RequestFiles files, double[] shared, PreparedViews views) {
        this(files, shared, views, PrepareProgress.NONE);
    }

    /** The files, nothing shared, and a cache of its own: for a host that renders one request. */
    public static Preparation of(RequestFiles files) {
        return new Preparation(files, null, new PreparedViews());
    }

    /** No files, nothing shared, a cache of its own. */
    public static Preparation none() {
        return of(RequestFiles.NONE);
    }

    /** What another worker computed preparing this request ({@link Workload#sharedState}), or null. */
    public double[] shared() {
        return shared;
    }
}
