package tessera.escapetime;

/** The escape data ({@link EscapeData}) a workload gives pixel (px, py) of its frame, computed on its own: for looking over a view before rendering it. */
@FunctionalInterface
public interface PixelSampler {
    int sample(int px, int py);
}
