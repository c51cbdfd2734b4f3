package tessera.mandelbrot;

import tessera.render.FrameWindow;
import tessera.render.Tile;
import tessera.render.TileRenderer;
import tessera.render.Workload;

/** The Mandelbrot set over a {@link ComplexView}, escape-time iteration as in the seed. */
public final class MandelbrotWorkload implements Workload, TileRenderer {
    private final int width;
    private final int height;
    private final ComplexView view;
    private final int maxIter;
    private final Palette palette;

    public MandelbrotWorkload(int width, int height, ComplexView view, int maxIter, Palette palette) {
        this.width = width;
        this.height = height;
        this.view = view;
        this.maxIter = maxIter;
        this.palette = palette;
    }

    @Override
    public int width() {
        return width;
    }

    @Override
    public int height() {
        return height;
    }

    /** Stateless, so one instance serves every thread. */
    @Override
    public TileRenderer newTileRenderer() {
        return this;
    }

    @Override
    public void render(int pass, Tile tile, FrameWindow input, int[] pixels, int offset, int stride) {
        for (int y = 0; y < tile.height; y++) {
            double cy = ((double) (tile.y + y) / (double) height) * view.ySpan + view.yMin;
            int row = offset + y * stride;
            int x = 0;
            for (; x + 1 < tile.width; x += 2) {
                renderPair(cx(tile.x + x), cx(tile.x + x + 1), cy, pixels, row + x);
            }
            if (x < tile.width) {
                pixels[row + x] = pixel(cx(tile.x + x), cy);
            }
        }
    }

    private double cx(int px) {
        return ((double) px / (double) width) * view.xSpan + view.xMin;
    }

    /** The seed's escape loop; squares are kept between iterations but computed by the same products. */
    int pixel(double cx, double cy) {
        return escape(cx, cy, 0.0, 0.0, 0.0, 0.0, 0);
    }

    /**
     * Two neighbouring points iterated side by side while both are still running, then each finished
     * on its own. Each point goes through exactly the operations {@link #pixel} does, so the colours
     * are the same; but one point's iterations form a chain of dependent multiplications that leaves
     * the processor waiting, and two independent chains fill those waits: the seed frame renders
     * about 1.6–1.8 times as fast (BENCHMARKS.md).
     */
    private void renderPair(double cxA, double cxB, double cy, int[] pixels, int at) {
        double ax = 0.0;
        double ay = 0.0;
        double ax2 = 0.0;
        double ay2 = 0.0;
        double bx = 0.0;
        double by = 0.0;
        double bx2 = 0.0;
        double by2 = 0.0;
        int iterations = 0;
        while (iterations < maxIter && ax2 + ay2 < 4.0 && bx2 + by2 < 4.0) {
            double nextAx = ax2 - ay2 + cxA;
            ay = 2.0 * ax * ay + cy;
            ax = nextAx;
            ax2 = ax * ax;
            ay2 = ay * ay;
            double nextBx = bx2 - by2 + cxB;
            by = 2.0 * bx * by + cy;
            bx = nextBx;
            bx2 = bx * bx;
            by2 = by * by;
            iterations++;
        }
        pixels[at] = escape(cxA, cy, ax, ay, ax2, ay2, iterations);
        pixels[at + 1] = escape(cxB, cy, bx, by, bx2, by2, iterations);
    }

    /** Goes on iterating from the given state until the point escapes or reaches maxIter; returns its colour. */
    private int escape(double cx, double cy, double zx, double zy, double zx2, double zy2, int iterations) {
        while (iterations < maxIter && zx2 + zy2 < 4.0) {
            double next = zx2 - zy2 + cx;
            zy = 2.0 * zx * zy + cy;
            zx = next;
            zx2 = zx * zx;
            zy2 = zy * zy;
            iterations++;
        }
        return palette.color(iterations, maxIter, zx, zy, cx, cy);
    }
}
