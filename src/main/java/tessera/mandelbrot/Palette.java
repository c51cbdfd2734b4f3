package tessera.mandelbrot;

/** Colours one pixel of an escape-time fractal (the Mandelbrot set, a Julia set) from its escape iteration count. */
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
