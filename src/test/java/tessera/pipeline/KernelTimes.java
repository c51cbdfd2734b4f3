package tessera.pipeline;

import java.util.Arrays;
import java.util.Locale;
import tessera.render.FrameWindow;
import tessera.render.Tile;

/**
 * The JVM's side of {@code bin/ceiling}: times {@link BoxBlur} (radius 4, in bands of 64 rows) and
 * {@link Sepia} on the synthetic 4K frame that {@code src/test/ceiling/kernels.c} draws, and prints the
 * medians with a checksum of each result, to compare with the same loops compiled from C to
 * WebAssembly.
 */
public final class KernelTimes {
    private static final int WIDTH = 3840;
    private static final int HEIGHT = 2160;
    private static final int BAND = 64;
    private static final int RUNS = 15;

    private KernelTimes() {
    }

    public static void main(String[] args) {
        int[] frame = frame();
        int[] blurred = new int[WIDTH * HEIGHT];
        int[] scratch = new int[3 * WIDTH];
        BoxBlur blur = new BoxBlur(4);
        FrameWindow window = new FrameWindow().set(frame, 0, WIDTH, HEIGHT);
        double[] blurMs = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long started = System.nanoTime();
            for (int y = 0; y < HEIGHT; y += BAND) {
                Tile band = new Tile(0, 0, y, WIDTH, Math.min(BAND, HEIGHT - y));
                blur.apply(window, band, blurred, y * WIDTH, WIDTH, scratch);
            }
            blurMs[i] = (System.nanoTime() - started) / 1e6;
        }
        Sepia sepia = new Sepia();
        double[] sepiaMs = new double[RUNS];
        int[] toned = frame.clone();
        for (int i = 0; i < RUNS; i++) {
            System.arraycopy(frame, 0, toned, 0, frame.length);
            long started = System.nanoTime();
            sepia.apply(toned, 0, toned.length);
            sepiaMs[i] = (System.nanoTime() - started) / 1e6;
        }
        System.out.printf(Locale.ROOT, "JVM %s: blur %.1f ms (checksum %d), sepia %.1f ms (checksum %d), medians of %d%n",
                System.getProperty("java.version"), median(blurMs), checksum(blurred), median(sepiaMs), checksum(toned), RUNS);
    }

    private static int[] frame() {
        int[] frame = new int[WIDTH * HEIGHT];
        for (int y = 0; y < HEIGHT; y++) {
            for (int x = 0; x < WIDTH; x++) {
                frame[y * WIDTH + x] = 0xff000000 | ((((x >> 6) * 37 + (y >> 6) * 91) & 0xff) << 16)
                        | (((x >> 5) * 13 & 0xff) << 8) | ((y >> 4) * 29 & 0xff);
            }
        }
        return frame;
    }

    private static int checksum(int[] pixels) {
        int hash = 0;
        for (int p : pixels) {
            hash = hash * 31 + p;
        }
        return hash;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
