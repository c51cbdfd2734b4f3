package tessera.pipeline;

import tessera.render.Rgba;

/** Moves each colour away from (factor > 1) or towards (factor < 1) its Rec. 601 luma; 0 is grey. */
public final class Saturation implements PointFilter {
    private final float factor;

    public Saturation(float factor) {
        this.factor = factor;
    }

    static float luma(int pixel) {
        return 0.299f * Rgba.red(pixel) + 0.587f * Rgba.green(pixel) + 0.114f * Rgba.blue(pixel);
    }

    @Override
    public void apply(int[] pixels, int offset, int count) {
        for (int i = offset, end = offset + count; i < end; i++) {
            int p = pixels[i];
            float luma = luma(p);
            pixels[i] = Rgba.pack(mix(luma, Rgba.red(p)), mix(luma, Rgba.green(p)), mix(luma, Rgba.blue(p)), Rgba.alpha(p));
        }
    }

    private int mix(float luma, int channel) {
        return Rgba.roundedByte(luma + (channel - luma) * factor);
    }
}
