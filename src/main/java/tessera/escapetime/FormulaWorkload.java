package tessera.escapetime;

import tessera.render.Tile;

/**
 * Any {@link Formula} over a {@link ComplexView} in doubles: its Mandelbrot-like set (z from 0, the
 * pixel's point as c) or, given a constant, its Julia set (the pixel's point as the starting z).
 */
public final class FormulaWorkload extends EscapeTimeWorkload {
    private final ComplexView view;
    private final Formula formula;
    private final boolean ofConstant;
    private final double juliaX;
    private final double juliaY;

    private FormulaWorkload(int width, int height, ComplexView view, Formula formula, boolean ofConstant, double juliaX, double juliaY,
            int maxIter, Palette palette) {
        super(width, height, maxIter, palette);
        this.view = view;
        this.formula = formula;
        this.ofConstant = ofConstant;
        this.juliaX = juliaX;
        this.juliaY = juliaY;
    }

    /** The formula's set of parameters c, each iterated from z = 0. */
    public static FormulaWorkload parameters(int width, int height, ComplexView view, Formula formula, int maxIter, Palette palette) {
        return new FormulaWorkload(width, height, view, formula, false, 0.0, 0.0, maxIter, palette);
    }

    /** The formula's Julia set of the constant (cx, cy). */
    public static FormulaWorkload julia(int width, int height, ComplexView view, Formula formula, double cx, double cy, int maxIter,
            Palette palette) {
        return new FormulaWorkload(width, height, view, formula, true, cx, cy, maxIter, palette);
    }

    @Override
    protected EscapeTimeRenderer.Painter newPainter() {
        return this::paint;
    }

    @Override
    protected String escapeKey() {
        return "formula " + formula + (ofConstant ? " of a constant " : " of the plane ") + width + " " + height + " " + maxIter
                + bits(juliaX, juliaY, view.xMin, view.xSpan, view.yMin, view.ySpan);
    }

    private void paint(Tile tile, int[] pixels, int offset, int stride, EscapeCounts counts) {
        for (int y = 0; y < tile.height; y++) {
            double py = ((double) (tile.y + y) / (double) height) * view.ySpan + view.yMin;
            int row = offset + y * stride;
            for (int x = 0; x < tile.width; x++) {
                pixels[row + x] = pixel(((double) (tile.x + x) / (double) width) * view.xSpan + view.xMin, py, counts);
            }
        }
    }

    /** Pixel by pixel, as {@link #paint} iterates them. */
    @Override
    public PixelSampler sampler() {
        EscapeCounts counts = new EscapeCounts();
        return (px, py) -> pixel(((double) px / (double) width) * view.xSpan + view.xMin,
                ((double) py / (double) height) * view.ySpan + view.yMin, counts);
    }

    private int pixel(double x, double y, EscapeCounts counts) {
        return ofConstant ? formula.escape(x, y, juliaX, juliaY, maxIter, counts) : formula.escape(0.0, 0.0, x, y, maxIter, counts);
    }
}
