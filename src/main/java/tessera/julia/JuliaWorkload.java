package tessera.julia;

import tessera.escapetime.ComplexView;
import tessera.escapetime.EscapeCounts;
import tessera.escapetime.EscapeData;
import tessera.escapetime.EscapeTimeRenderer;
import tessera.escapetime.EscapeTimeWorkload;
import tessera.escapetime.Palette;
import tessera.escapetime.PixelSampler;
import tessera.render.Tile;

/**
 * The filled Julia set of z ↦ z² + c: each pixel's point is the starting z, iterated until
 * |z|² reaches 4 or maxIter, and coloured like the Mandelbrot set's pixels.
 */
public final class JuliaWorkload extends EscapeTimeWorkload {
    private final ComplexView view;
    private final double cx;
    private final double cy;

    public JuliaWorkload(int width, int height, ComplexView view, double cx, double cy, int maxIter, Palette palette) {
        super(width, height, maxIter, palette);
        this.view = view;
        this.cx = cx;
        this.cy = cy;
    }

    @Override
    protected EscapeTimeRenderer.Painter newPainter() {
        return this::paint;
    }

    @Override
    protected String escapeKey() {
        return "julia " + width + " " + height + " " + maxIter + bits(cx, cy, view.xMin, view.xSpan, view.yMin, view.ySpan);
    }

    /** The workload itself keeps no state, so one instance paints for every thread; each thread's renderer keeps its counts. */
    void paint(Tile tile, int[] pixels, int offset, int stride, EscapeCounts counts) {
        for (int y = 0; y < tile.height; y++) {
            double zy0 = ((double) (tile.y + y) / (double) height) * view.ySpan + view.yMin;
            int row = offset + y * stride;
            for (int x = 0; x < tile.width; x++) {
                double zx0 = ((double) (tile.x + x) / (double) width) * view.xSpan + view.xMin;
                pixels[row + x] = pixel(zx0, zy0, counts);
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

    /** Iterates from z = (zx, zy) while |z|² < 4, as the Mandelbrot loop does from 0. */
    int pixel(double zx, double zy, EscapeCounts counts) {
        double zx2 = zx * zx;
        double zy2 = zy * zy;
        int iterations = 0;
        while (iterations < maxIter && zx2 + zy2 < 4.0) {
            double next = zx2 - zy2 + cx;
            zy = 2.0 * zx * zy + cy;
            zx = next;
            zx2 = zx * zx;
            zy2 = zy * zy;
            iterations++;
        }
        if (iterations == maxIter) {
            return EscapeData.inside(maxIter);
        }
        counts.escaped(iterations);
        return EscapeData.escaped(iterations, zx, zy, cx, cy);
    }
}
