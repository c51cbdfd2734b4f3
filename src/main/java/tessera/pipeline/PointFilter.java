package tessera.pipeline;

/** A filter whose output pixel depends on the same input pixel only; it works in place. */
public interface PointFilter extends Filter {
    /** Filters {@code count} packed RGBA pixels from {@code offset}, in place; alpha is kept. */
    void apply(int[] pixels, int offset, int count);
}
