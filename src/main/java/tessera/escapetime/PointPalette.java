package tessera.escapetime;

/** A palette that colours each pixel from its own escape data alone. */
public abstract class PointPalette implements Palette {
    /** The colour of a pixel with this escape data ({@link EscapeData}). */
    public abstract int color(int data, int maxIter);

    @Override
    public final int color(EscapeWindow escapes, int x, int y, int maxIter) {
        return color(escapes.at(x, y), maxIter);
    }
}
