package tessera.mandelbrot;

import tessera.render.EscapeTimeRenderer;
import tessera.render.Tile;
import tessera.render.TileRenderer;
import tessera.render.Workload;

/** A deep view coloured a pixel at a time from the pixel's offset to the view's centre. */
abstract class DeepViewWorkload implements Workload {
    /** Colours pixels for one thread; it may keep scratch state between pixels. */
    interface PixelColors {
        /** The colour of the point whose offsets from the centre have these mantissas (see {@link DeepView#offset}). */
        int pixel(double offsetX, double offsetY, EscapeTimeRenderer counts);
    }

    final DeepView view;

    DeepViewWorkload(DeepView view) {
        this.view = view;
    }

    @Override
    public int width() {
        return view.width;
    }

    @Override
    public int height() {
        return view.height;
    }

    /** A thread's own pixel colourer. */
    abstract PixelColors newPixelColors();

    @Override
    public TileRenderer newTileRenderer() {
        PixelColors colors = newPixelColors();
        return new EscapeTimeRenderer((tile, pixels, offset, stride, counts) -> paint(colors, tile, pixels, offset, stride, counts));
    }

    /** Pixel by pixel, as the tiles colour them. */
    PixelSampler sampler() {
        PixelColors colors = newPixelColors();
        EscapeTimeRenderer counts = new EscapeTimeRenderer(null);
        return (px, py) -> colors.pixel(view.offset(px, view.width), view.offset(py, view.height), counts);
    }

    private void paint(PixelColors colors, Tile tile, int[] pixels, int offset, int stride, EscapeTimeRenderer counts) {
        for (int y = 0; y < tile.height; y++) {
            double offsetY = view.offset(tile.y + y, view.height);
            for (int x = 0; x < tile.width; x++) {
                pixels[offset + y * stride + x] = colors.pixel(view.offset(tile.x + x, view.width), offsetY, counts);
            }
        }
    }
}
