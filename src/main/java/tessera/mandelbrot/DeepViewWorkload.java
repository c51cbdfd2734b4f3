package tessera.mandelbrot;

import tessera.escapetime.EscapeCounts;
import tessera.escapetime.EscapeTimeRenderer;
import tessera.escapetime.EscapeTimeWorkload;
import tessera.escapetime.Palette;
import tessera.escapetime.PixelSampler;
import tessera.render.Tile;

/** A deep view iterated a pixel at a time from the pixel's offset to the view's centre. */
abstract class DeepViewWorkload extends EscapeTimeWorkload {
    /** Iterates pixels for one thread; it may keep scratch state between pixels. */
    interface PixelOrbits {
        /** The escape data of the point whose offsets from the centre have these mantissas (see {@link DeepView#offset}). */
        int pixel(double offsetX, double offsetY, EscapeCounts counts);
    }

    final DeepView view;

    DeepViewWorkload(DeepView view, int maxIter, Palette palette) {
        super(view.width, view.height, maxIter, palette);
        this.view = view;
    }

    /** A thread's own pixel iterator. */
    abstract PixelOrbits newPixelOrbits();

    @Override
    protected EscapeTimeRenderer.Painter newPainter() {
        PixelOrbits orbits = newPixelOrbits();
        return (tile, data, offset, stride, counts) -> paint(orbits, tile, data, offset, stride, counts);
    }

    /** Pixel by pixel, as the tiles are iterated. */
    @Override
    public PixelSampler sampler() {
        PixelOrbits orbits = newPixelOrbits();
        EscapeCounts counts = new EscapeCounts();
        return (px, py) -> orbits.pixel(view.offset(px, view.width), view.offset(py, view.height), counts);
    }

    private void paint(PixelOrbits orbits, Tile tile, int[] data, int offset, int stride, EscapeCounts counts) {
        for (int y = 0; y < tile.height; y++) {
            double offsetY = view.offset(tile.y + y, view.height);
            for (int x = 0; x < tile.width; x++) {
                data[offset + y * stride + x] = orbits.pixel(view.offset(tile.x + x, view.width), offsetY, counts);
            }
        }
    }
}
