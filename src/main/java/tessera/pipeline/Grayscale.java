package tessera.pipeline;

import tessera.render.Rgba;

/** Luma by the Rec. 601 weights 0.299, 0.587, 0.114, rounded to the nearest byte. */
public final class Grayscale implements PointFilter {
    @Override
    public void apply(int[] pixels, int offset, int count) {
        for (int i = offset, end = offset + count; i < end; i++) {
            int p = pixels[i];
            int luma = Rgba.roundedByte(Saturation.luma(p));
            pixels[i] = Rgba.pack(luma, luma, luma, Rgba.alpha(p));
        }
    }
}
