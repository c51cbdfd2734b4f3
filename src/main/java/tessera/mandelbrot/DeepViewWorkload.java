package tessera.mandelbrot;

import tessera.render.FrameWindow;
import tessera.render.Tile;
import tessera.render.TileRenderer;
import tessera.render.Workload;

/** A deep view coloured a pixel at a time from the pixel's offset to the view's centre; stateless, so one instance serves every thread. */
abstract class DeepViewWorkload implements Workload, TileRenderer {
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
        return this;
    }

    @Override
    public void render(int pass, Tile tile, FrameWindow input, int[] pixels, int offset, int stride) {
        for (int y = 0; y < tile.height; y++) {
            double dcy = view.offset(tile.y + y, view.height);
            for (int x = 0; x < tile.width; x++) {
                pixels[offset + y * stride + x] = pixel(view.offset(tile.x + x, view.width), dcy);
            }
        }
    }

    /** The colour of the point at (dcx, dcy) from the centre. */
    abstract int pixel(double dcx, double dcy);
}
