package tessera.escapetime;

import tessera.render.Rgba;

/**
 * The origin article's colouring, exactly: black inside, otherwise with t = iterations / maxIter
 * the polynomials 9(1−t)t³, 15(1−t)²t², 8.5(1−t)³t scaled by 255 and truncated to bytes. The
 * products are written in the article's order so the doubles round identically.
 */
public final class SeedPalette extends PointPalette {
    @Override
    public int color(int data, int maxIter) {
        int iterations = EscapeData.iterations(data);
        if (iterations == maxIter) {
            return Rgba.pack(0, 0, 0, 255);
        }
        double t = (double) iterations / (double) maxIter;
        int red = Rgba.saturatingByte(9.0 * (1.0 - t) * t * t * t * 255.0);
        int green = Rgba.saturatingByte(15.0 * (1.0 - t) * (1.0 - t) * t * t * 255.0);
        int blue = Rgba.saturatingByte(8.5 * (1.0 - t) * (1.0 - t) * (1.0 - t) * t * 255.0);
        return Rgba.pack(red, green, blue, 255);
    }
}
