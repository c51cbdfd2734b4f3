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
    public void render(int stage, Tile tile, FrameWindow input, int[] pixels, int offset, int stride) {
        for (int y = 0; y < tile.height; y++) {
            double cy = ((double) (tile.y + y) / (double) height) * view.ySpan + view.yMin;
            int row = offset + y * stride;
            for (int x = 0; x < tile.width; x++) {
                double cx = ((double) (tile.x + x) / (double) width) * view.xSpan + view.xMin;
                pixels[row + x] = pixel(cx, cy);
            }
        }
    }

    /** The seed's escape loop; squares are kept between iterations but computed by the same products. */
    int pixel(double cx, double cy) {
        double zx = 0.0;
        double zy = 0.0;
        double zx2 = 0.0;
        double zy2 = 0.0;
        int iterations = 0;
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
