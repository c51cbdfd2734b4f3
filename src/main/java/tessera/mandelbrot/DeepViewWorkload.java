package tessera.mandelbrot;

import tessera.render.EscapeTimeRenderer;
import tessera.render.Tile;
import tessera.render.TileRenderer;
import tessera.render.Workload;

/** A deep view coloured a pixel at a time from the pixel's offset to the view's centre; stateless, so one instance paints for every thread. */
abstract class DeepViewWorkload implements Workload {
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

    @Override
    public TileRenderer newTileRenderer() {
        return new EscapeTimeRenderer(this::paint);
    }

    private void paint(Tile tile, int[] pixels, int offset, int stride, EscapeTimeRenderer counts) {
        for (int y = 0; y < tile.height; y++) {
            double offsetY = view.offset(tile.y + y, view.height);
            for (int x = 0; x < tile.width; x++) {
                pixels[offset + y * stride + x] = pixel(view.offset(tile.x + x, view.width), offsetY, counts);
            }
        }
    }

    /** The colour of the point whose offsets from the centre have these mantissas (see {@link DeepView#offset}). */
    abstract int pixel(double offsetX, double offsetY, EscapeTimeRenderer counts);
}
