package tessera.pipeline;

import tessera.render.Rgba;

/**
 * The article's sepia matrix in f32, each row {@code .min(255.0) as u8}. The channels are finite and
 * non-negative, so the sums are too, and the saturating conversion alone gives the same byte: the
 * {@code min} is left out, which in WebAssembly saves three branches per pixel.
 */
public final class Sepia implements PointFilter {
    @Override
    public void apply(int[] pixels, int offset, int count) {
        for (int i = offset, end = offset + count; i < end; i++) {
            int p = pixels[i];
            float r = Rgba.red(p);
            float g = Rgba.green(p);
            float b = Rgba.blue(p);
            pixels[i] = Rgba.pack(
                    Rgba.saturatingByte(r * 0.393f + g * 0.769f + b * 0.189f),
                    Rgba.saturatingByte(r * 0.349f + g * 0.686f + b * 0.168f),
                    Rgba.saturatingByte(r * 0.272f + g * 0.534f + b * 0.131f),
                    Rgba.alpha(p));
        }
    }
}
