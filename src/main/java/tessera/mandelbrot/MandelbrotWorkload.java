package tessera.mandelbrot;

import tessera.escapetime.ComplexView;
import tessera.escapetime.EscapeCounts;
import tessera.escapetime.EscapeData;
import tessera.escapetime.EscapeTimeRenderer;
import tessera.escapetime.EscapeTimeWorkload;
import tessera.escapetime.Palette;
import tessera.escapetime.PixelSampler;
import tessera.render.Tile;

/**
 * The Mandelbrot set over a {@link ComplexView}, escape-time iteration as in the seed. With
 * {@code shortcuts} (the default) a point is known to stay bounded without iterating it to the end
 * when it lies in the main cardioid or the period-2 bulb, or when its orbit comes back exactly to
 * a value it had (Brent's cycle detection): the seed's loop would have run to {@code maxIter} for
 * it, so the picture is the same, byte for byte. Without them every point runs the seed's loop to
 * the end: the benchmark's kernel for comparing engines.
 */
public final class MandelbrotWorkload extends EscapeTimeWorkload {
    /**
     * How far inside the cardioid's and the bulb's boundaries (in the squared quantities the tests
     * compare) a point must lie to be taken as inside unseen; points nearer the boundary are iterated.
     */
    private static final double INSIDE_MARGIN = 1e-9;

    private final ComplexView view;
    private final boolean shortcuts;

    public MandelbrotWorkload(int width, int height, ComplexView view, int maxIter, Palette palette, boolean shortcuts) {
        super(width, height, maxIter, palette);
        this.view = view;
        this.shortcuts = shortcuts;
    }

    /** Whether c lies in the main cardioid or the period-2 bulb, by a margin: its orbit never escapes. */
    static boolean knownInside(double x, double y) {
        double y2 = y * y;
        double shifted = x - 0.25;
        double q = shifted * shifted + y2;
        if (q * (q + shifted) < 0.25 * y2 - INSIDE_MARGIN) {
            return true;
        }
        double fromBulb = x + 1.0;
        return fromBulb * fromBulb + y2 < 0.0625 - INSIDE_MARGIN;
    }

    @Override
    protected EscapeTimeRenderer.Painter newPainter() {
        return this::paint;
    }

    @Override
    protected String escapeKey() {
        return "mandelbrot " + width + " " + height + " " + maxIter + " " + shortcuts + bits(view.xMin, view.xSpan, view.yMin, view.ySpan);
    }

    /** The workload itself keeps no state, so one instance paints for every thread; each thread's renderer keeps its counts. */
    void paint(Tile tile, int[] pixels, int offset, int stride, EscapeCounts counts) {
        for (int y = 0; y < tile.height; y++) {
            double cy = ((double) (tile.y + y) / (double) height) * view.ySpan + view.yMin;
            int row = offset + y * stride;
            int x = 0;
            for (; x + 1 < tile.width; x += 2) {
                double cxA = cx(tile.x + x);
                double cxB = cx(tile.x + x + 1);
                if (shortcuts && knownInside(cxA, cy)) {
                    pixels[row + x] = inside();
                    pixels[row + x + 1] = pixel(cxB, cy, counts);
                } else if (shortcuts && knownInside(cxB, cy)) {
                    pixels[row + x] = pixel(cxA, cy, counts);
                    pixels[row + x + 1] = inside();
                } else {
                    renderPair(cxA, cxB, cy, pixels, row + x, counts);
                }
            }
            if (x < tile.width) {
                pixels[row + x] = pixel(cx(tile.x + x), cy, counts);
            }
        }
    }

    private double cx(int px) {
        return ((double) px / (double) width) * view.xSpan + view.xMin;
    }

    /** Pixel by pixel, as {@link #paint} iterates them. */
    @Override
    public PixelSampler sampler() {
        EscapeCounts counts = new EscapeCounts();
        return (px, py) -> pixel(cx(px), ((double) py / (double) height) * view.ySpan + view.yMin, counts);
    }

    /** The seed's escape loop; squares are kept between iterations but computed by the same products. */
    int pixel(double cx, double cy, EscapeCounts counts) {
        if (shortcuts && knownInside(cx, cy)) {
            return inside();
        }
        return escape(cx, cy, 0.0, 0.0, 0.0, 0.0, 0, counts);
    }

    /** The escape data of a point that never escapes. */
    private int inside() {
        return EscapeData.inside(maxIter);
    }

    /**
     * Two neighbouring points iterated side by side while both are still running, then each finished
     * on its own. Each point goes through exactly the operations {@link #pixel} does, so the escape data
     * is the same; but one point's iterations form a chain of dependent multiplications that leaves
     * the processor waiting, and two independent chains fill those waits: the seed frame renders
     * about 1.6–1.8 times as fast (BENCHMARKS.md).
     */
    private void renderPair(double cxA, double cxB, double cy, int[] pixels, int at, EscapeCounts counts) {
        double ax = 0.0;
        double ay = 0.0;
        double ax2 = 0.0;
        double ay2 = 0.0;
        double bx = 0.0;
        double by = 0.0;
        double bx2 = 0.0;
        double by2 = 0.0;
        int iterations = 0;
        // Brent: each orbit is compared with its value at the last power of two; an exact match is a cycle.
        double aSeenX = 0.0;
        double aSeenY = 0.0;
        double bSeenX = 0.0;
        double bSeenY = 0.0;
        int nextSeen = 1;
        boolean aCycles = false;
        boolean bCycles = false;
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
            if (shortcuts) {
                aCycles = ax == aSeenX && ay == aSeenY;
                bCycles = bx == bSeenX && by == bSeenY;
                if (aCycles || bCycles) {
                    break;
                }
                if (iterations == nextSeen) {
                    aSeenX = ax;
                    aSeenY = ay;
                    bSeenX = bx;
                    bSeenY = by;
                    nextSeen <<= 1;
                }
            }
        }
        pixels[at] = aCycles ? inside() : escape(cxA, cy, ax, ay, ax2, ay2, iterations, counts);
        pixels[at + 1] = bCycles ? inside() : escape(cxB, cy, bx, by, bx2, by2, iterations, counts);
    }

    /**
     * Goes on iterating from the given state until the point escapes or reaches maxIter; returns its
     * escape data. With shortcuts, an orbit that comes back exactly to an earlier value cycles for ever:
     * it is inside, as the loop would have found at maxIter.
     */
    private int escape(double cx, double cy, double zx, double zy, double zx2, double zy2, int iterations, EscapeCounts counts) {
        double seenX = zx;
        double seenY = zy;
        int nextSeen = iterations + 1;
        while (iterations < maxIter && zx2 + zy2 < 4.0) {
            double next = zx2 - zy2 + cx;
            zy = 2.0 * zx * zy + cy;
            zx = next;
            zx2 = zx * zx;
            zy2 = zy * zy;
            iterations++;
            if (shortcuts) {
                if (zx == seenX && zy == seenY) {
                    return inside();
                }
                if (iterations == nextSeen) {
                    seenX = zx;
                    seenY = zy;
                    nextSeen += nextSeen;
                }
            }
        }
        if (iterations == maxIter) {
            return EscapeData.inside(maxIter);
        }
        counts.escaped(iterations);
        return EscapeData.escaped(iterations, zx, zy, cx, cy);
    }
}
