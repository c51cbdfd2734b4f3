package tessera.escapetime;

import java.util.List;
import tessera.render.Pass;
import tessera.render.TileGrid;
import tessera.render.TileRenderer;
import tessera.render.Workload;

/**
 * An escape-time fractal (the Mandelbrot set at any depth, a Julia set): a pass that iterates
 * each pixel to its {@link EscapeData} and colours it with the palette, leaving the escape data
 * for a recolouring pass (see {@link EscapeTimeRenderer}). Subclasses say how a thread iterates a
 * tile and what its escape data depends on.
 */
public abstract class EscapeTimeWorkload implements Workload {
    protected final int width;
    protected final int height;
    protected final int maxIter;
    protected final Palette palette;

    protected EscapeTimeWorkload(int width, int height, int maxIter, Palette palette) {
        this.width = width;
        this.height = height;
        this.maxIter = maxIter;
        this.palette = palette;
    }

    @Override
    public final int width() {
        return width;
    }

    @Override
    public final int height() {
        return height;
    }

    /** One pass, which leaves the escape data for {@link #reusePass}. */
    @Override
    public final List<Pass> passes(int tileSize) {
        return List.of(new Pass(new TileGrid(width, height, tileSize), 0, false, escapeKey()));
    }

    /** Colours the kept escape data, reading as many rows around each tile as the palette does. */
    @Override
    public final Pass reusePass(int tileSize) {
        return new Pass(new TileGrid(width, height, tileSize), palette.halo(), true);
    }

    @Override
    public final TileRenderer newTileRenderer() {
        return new EscapeTimeRenderer(newPainter(), palette, maxIter, width, height);
    }

    /** A thread's own iterating pass; it may keep scratch state between tiles. */
    protected abstract EscapeTimeRenderer.Painter newPainter();

    /** The escape data of pixel (px, py), computed on its own: for looking over the view before rendering it. */
    public abstract PixelSampler sampler();

    /** Everything the escape data depends on (the kind of fractal, the view, the frame, maxIter, options), but not the palette. */
    protected abstract String escapeKey();

    /** Looks over the view if the palette colours by the view's own distribution ({@link EqualisedPalette}). */
    public final void learnView() {
        if (palette instanceof EqualisedPalette) {
            ((EqualisedPalette) palette).learn(sampler(), width, height, maxIter);
        }
    }

    /** The exact bits of some doubles, for a key: two keys are equal only when every double is. */
    protected static String bits(double... values) {
        StringBuilder text = new StringBuilder();
        for (double value : values) {
            text.append(' ').append(Long.toHexString(Double.doubleToLongBits(value)));
        }
        return text.toString();
    }
}
