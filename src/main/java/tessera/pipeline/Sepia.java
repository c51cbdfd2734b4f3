package tessera.pipeline;

import tessera.render.Rgba;
import tessera.render.RustFloat;

/** The article's sepia matrix in f32, each row {@code .min(255.0) as u8}. */
public final class Sepia implements PointFilter {
    @Override
    public void apply(int[] pixels, int offset, int count) {
        for (int i = offset, end = offset + count; i < end; i++) {
            int p = pixels[i];
            float r = Rgba.red(p);
            float g = Rgba.green(p);
            float b = Rgba.blue(p);
            pixels[i] = Rgba.pack(
                    Rgba.saturatingByte(RustFloat.min(r * 0.393f + g * 0.769f + b * 0.189f, 255.0f)),
                    Rgba.saturatingByte(RustFloat.min(r * 0.349f + g * 0.686f + b * 0.168f, 255.0f)),
                    Rgba.saturatingByte(RustFloat.min(r * 0.272f + g * 0.534f + b * 0.131f, 255.0f)),
                    Rgba.alpha(p));
        }
    }
}
