package tessera.pipeline;

import tessera.render.Rgba;

/** The article's contrast: {@code (((c / 255) − 0.5) · factor + 0.5).clamp(0, 1) · 255 as u8}, in f32. */
public final class Contrast implements PointFilter {
    private final float factor;

    public Contrast(float factor) {
        this.factor = factor;
    }

    @Override
    public void apply(int[] pixels, int offset, int count) {
        for (int i = offset, end = offset + count; i < end; i++) {
            int p = pixels[i];
            pixels[i] = Rgba.pack(adjust(Rgba.red(p)), adjust(Rgba.green(p)), adjust(Rgba.blue(p)), Rgba.alpha(p));
        }
    }

    private int adjust(int channel) {
        float value = (float) channel / 255.0f;
        float adjusted = ArticleMath.clamp((value - 0.5f) * factor + 0.5f, 0.0f, 1.0f);
        return ArticleMath.toByte(adjusted * 255.0f);
    }
}
