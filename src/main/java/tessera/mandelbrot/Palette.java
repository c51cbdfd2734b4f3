package tessera.mandelbrot;

/**
 * Colours one pixel of an escape-time fractal (the Mandelbrot set, a Julia set) from its escape
 * iteration count. A point that never escaped ({@code iterations == maxIter}) must get a colour that
 * does not depend on {@code zx} and {@code zy}: the renderer may know a point is inside without
 * iterating it (the main cardioid, an orbit that cycles) and then passes 0 for z.
 */
public interface Palette {
    /**
     * @param iterations iterations done; equal to {@code maxIter} for points that never escaped
     * @param zx         real part of z when the loop stopped
     * @param zy         imaginary part of z when the loop stopped
     * @param cx         real part of c, the constant added at each iteration (the pixel's point, for the Mandelbrot set)
     * @param cy         imaginary part of c
     * @return the pixel packed by {@link tessera.render.Rgba}
     */
    int color(int iterations, int maxIter, double zx, double zy, double cx, double cy);
}
