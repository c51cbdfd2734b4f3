package tessera.pipeline;

import tessera.render.Rgba;

/** The article's brightness: each colour channel {@code (c as f32 * factor).min(255.0) as u8}. */
public final class Brightness implements PointFilter {
    private final float factor;

    public Brightness(float factor) {
        this.factor = factor;
    }

    @Override
    public void apply(int[] pixels, int offset, int count) {
        for (int i = offset, end = offset + count; i < end; i++) {
            int p = pixels[i];
            pixels[i] = Rgba.pack(scale(Rgba.red(p)), scale(Rgba.green(p)), scale(Rgba.blue(p)), Rgba.alpha(p));
        }
    }

    private int scale(int channel) {
        return ArticleMath.toByte(ArticleMath.min((float) channel * factor, 255.0f));
    }
}
