package tessera.cli;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Locale;
import tessera.jvm.BandRenderer;
import tessera.jvm.JvmRenderer;
import tessera.jvm.RenderResult;
import tessera.render.FrameLimits;
import tessera.render.Picture;
import tessera.render.RenderPlan;

/**
 * Renders a plan into a PNG file (see {@link OutputFile}). A plan of one pass goes a band of tile
 * rows at a time straight into the PNG, the next band rendering while the last is compressed, so
 * a poster far larger than a frame in memory needs only two bands of it; others are rendered
 * whole, within {@link FrameLimits#WHOLE}.
 */
final class PngRender {
    /** How often a long render says how far it is. */
    private static final long PROGRESS_EVERY_NANOS = 2_000_000_000L;

    private PngRender() {
    }

    /**
     * @param source   the picture the first pass reads, or null
     * @param progress where to say how far a long render is, every few seconds, or null
     */
    static RenderResult render(RenderPlan plan, Picture source, Path outFile, Path requestFile, PrintStream progress)
            throws IOException, InterruptedException {
        if (!BandRenderer.canRender(plan)) {
            FrameLimits.WHOLE.check(plan.width, plan.height);
            RenderResult whole = JvmRenderer.render(plan, source);
            OutputFile.write(outFile, requestFile, png -> PngWriter.write(whole.frame, whole.width, whole.height, png));
            return whole;
        }
        RenderResult[] result = new RenderResult[1];
        long started = System.nanoTime();
        long[] reported = {started};
        OutputFile.write(outFile, requestFile, stream -> {
            try (PngWriter png = new PngWriter(stream, plan.width, plan.height)) {
                result[0] = BandRenderer.render(plan, (pixels, firstRow, rows) -> {
                    png.rows(pixels, 0, rows);
                    long now = System.nanoTime();
                    if (progress != null && now - reported[0] > PROGRESS_EVERY_NANOS) {
                        reported[0] = now;
                        int done = firstRow + rows;
                        progress.printf(Locale.ROOT, "tessera: %d of %d rows (%d %%) in %.1f s%n", done, plan.height,
                                (int) (100L * done / plan.height), (now - started) / 1e9);
                    }
                });
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InterruptedIOException("interrupted");
            }
        });
        return result[0];
    }
}
