package tessera.escapetime;

import java.util.Map;
import tessera.render.FrameWindow;
import tessera.render.Tile;
import tessera.render.TileJob;
import tessera.render.TileRenderer;

/**
 * A thread's renderer for an escape-time fractal. Its one pass iterates a tile (and, for a palette
 * that reads neighbours, a ring of pixels around it, iterated again but not counted), colours it,
 * and leaves the tile's escape data as its side output, which a host keeps in the spare buffer.
 * The reuse pass colours from that kept escape data alone: a new palette over the same view
 * recolours without iterating.
 */
public final class EscapeTimeRenderer implements TileRenderer {
    public static final int RENDER = 0;
    /** The reuse pass's index: one past the plan's passes (see {@link tessera.render.RenderPlan#reuse}). */
    public static final int RECOLOUR = 1;

    /** Writes the escape data of a tile as {@link TileRenderer#render} writes pixels, reporting escaped pixels to {@code counts}. */
    @FunctionalInterface
    public interface Painter {
        void paint(Tile tile, int[] data, int offset, int stride, EscapeCounts counts);
    }

    private final Painter painter;
    private final Palette palette;
    private final int maxIter;
    private final int frameWidth;
    private final int frameHeight;
    private final EscapeCounts counts = new EscapeCounts();
    /** The ring's pixels are iterated for their neighbours' colours; their own tiles count them. */
    private final EscapeCounts ringCounts = new EscapeCounts();
    private final EscapeWindow window = new EscapeWindow();
    private int[] escapes = new int[0];

    public EscapeTimeRenderer(Painter painter, Palette palette, int maxIter, int frameWidth, int frameHeight) {
        this.painter = painter;
        this.palette = palette;
        this.maxIter = maxIter;
        this.frameWidth = frameWidth;
        this.frameHeight = frameHeight;
    }

    /** The counter of the escape counts of the pixels drawn that escaped. */
    public static final String ITERATIONS = "iterations";

    @Override
    public void render(TileJob job) {
        Tile tile = job.tile;
        int[] pixels = job.output.data;
        int offset = job.output.offset;
        int stride = job.output.stride;
        if (job.pass == RECOLOUR) {
            FrameWindow input = job.input;
            colour(tile, window.set(input.pixels, 0, input.firstRow, input.width, frameWidth, frameHeight), pixels, offset, stride);
            return;
        }
        int ring = palette.halo();
        int left = Math.max(0, tile.x - ring);
        int top = Math.max(0, tile.y - ring);
        int right = Math.min(frameWidth, tile.x + tile.width + ring);
        int bottom = Math.min(frameHeight, tile.y + tile.height + ring);
        int across = right - left;
        if (escapes.length < across * (bottom - top)) {
            escapes = new int[across * (bottom - top)];
        }
        painter.paint(tile, escapes, (tile.y - top) * across + tile.x - left, across, counts);
        if (ring > 0) {
            paintRing(new Tile(-1, left, top, across, tile.y - top), left, top, across);
            paintRing(new Tile(-1, left, tile.y + tile.height, across, bottom - tile.y - tile.height), left, top, across);
            paintRing(new Tile(-1, left, tile.y, tile.x - left, tile.height), left, top, across);
            paintRing(new Tile(-1, tile.x + tile.width, tile.y, right - tile.x - tile.width, tile.height), left, top, across);
        }
        colour(tile, window.set(escapes, left, top, across, frameWidth, frameHeight), pixels, offset, stride);
        if (job.side.data != null) {
            for (int y = 0; y < tile.height; y++) {
                System.arraycopy(escapes, (tile.y + y - top) * across + tile.x - left, job.side.data, job.side.offset + y * job.side.stride,
                        tile.width);
            }
        }
    }

    private void paintRing(Tile strip, int left, int top, int across) {
        if (strip.width > 0 && strip.height > 0) {
            painter.paint(strip, escapes, (strip.y - top) * across + strip.x - left, across, ringCounts);
        }
    }

    private void colour(Tile tile, EscapeWindow escapes, int[] pixels, int offset, int stride) {
        for (int y = 0; y < tile.height; y++) {
            int row = offset + y * stride;
            for (int x = 0; x < tile.width; x++) {
                pixels[row + x] = palette.color(escapes, tile.x + x, tile.y + y, maxIter);
            }
        }
    }

    @Override
    public Map<String, Long> counters() {
        return Map.of(ITERATIONS, counts.sum());
    }
}
