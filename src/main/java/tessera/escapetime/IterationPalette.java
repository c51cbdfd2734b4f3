package tessera.escapetime;

import tessera.render.Rgba;

/**
 * Not colours but data: the escape count itself, as desktop explorers export their iteration maps.
 * count = R·65536 + G·256 + B with alpha 255; a point that never escaped holds maxIter. Read back
 * from a PNG, every count up to 16,777,215 is exact.
 */
final class IterationPalette extends PointPalette {
    @Override
    public int color(int data, int maxIter) {
        int iterations = EscapeData.iterations(data);
        return Rgba.pack((iterations >>> 16) & 0xff, (iterations >>> 8) & 0xff, iterations & 0xff, 255);
    }
}
