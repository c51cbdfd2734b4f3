package tessera.mandelbrot;

/** The origin article's per-pixel code transcribed line by line, as an independent reference. */
final class SeedReference {
    private SeedReference() {
    }

    static int pixel(int px, int py, int width, int height, int maxIter) {
        double cx = ((double) px / (double) width) * 3.5 - 2.5;
        double cy = ((double) py / (double) height) * 2.0 - 1.0;
        double zx = 0.0;
        double zy = 0.0;
        int iter = 0;
        while (iter < maxIter && zx * zx + zy * zy < 4.0) {
            double tmp = zx * zx - zy * zy + cx;
            zy = 2.0 * zx * zy + cy;
            zx = tmp;
            iter += 1;
        }
        if (iter == maxIter) {
            return 0xff000000;
        }
        double t = (double) iter / (double) maxIter;
        int r = (int) (9.0 * (1.0 - t) * t * t * t * 255.0);
        int g = (int) (15.0 * (1.0 - t) * (1.0 - t) * t * t * 255.0);
        int b = (int) (8.5 * (1.0 - t) * (1.0 - t) * (1.0 - t) * t * 255.0);
        return 0xff000000 | (b << 16) | (g << 8) | r;
    }
}
