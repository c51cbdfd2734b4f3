package tessera.escapetime;

/**
 * The rectangle of the complex plane shown by the frame. Pixel (px, py) maps to
 * c = (px / width · xSpan + xMin, py / height · ySpan + yMin), the seed's mapping: for the seed
 * view (x ∈ [−2.5, 1], y ∈ [−1, 1]) this is bit for bit its {@code (px / width) * 3.5 - 2.5}.
 * Row 0 is at yMin, as in the seed.
 */
public final class ComplexView {
    public static final ComplexView SEED = new ComplexView(-2.5, 1.0, -1.0, 1.0);
    /** The centre used when a request gives a zoom but no centre: the middle of the seed view. */
    public static final double DEFAULT_CENTER_X = -0.75;
    public static final double DEFAULT_CENTER_Y = 0.0;

    public final double xMin;
    public final double xSpan;
    public final double yMin;
    public final double ySpan;

    public ComplexView(double xMin, double xMax, double yMin, double yMax) {
        this.xMin = xMin;
        this.xSpan = xMax - xMin;
        this.yMin = yMin;
        this.ySpan = yMax - yMin;
    }

    /**
     * The view centred on (x, y) at the given zoom, with square pixels: zoom 1 shows 2 units of the
     * imaginary axis over the frame's height, like the seed view.
     */
    public static ComplexView centered(double x, double y, double zoom, int width, int height) {
        double halfHeight = 1.0 / zoom;
        double halfWidth = halfHeight * width / height;
        return new ComplexView(x - halfWidth, x + halfWidth, y - halfHeight, y + halfHeight);
    }
}
