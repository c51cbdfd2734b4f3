package tessera.pipeline;

import tessera.render.Rgba;
import tessera.render.RustFloat;

/**
 * The article's contrast: {@code (((c / 255) − 0.5) · factor + 0.5).clamp(0, 1) · 255 as u8}, in f32,
 * worked out once for each of the 256 channel values.
 */
public final class Contrast implements PointFilter {
    private final int[] table = new int[256];

    public Contrast(float factor) {
        for (int c = 0; c < 256; c++) {
            float value = (float) c / 255.0f;
            float adjusted = RustFloat.clamp((value - 0.5f) * factor + 0.5f, 0.0f, 1.0f);
            table[c] = Rgba.saturatingByte(adjusted * 255.0f);
        }
    }

    @Override
    public void apply(int[] pixels, int offset, int count) {
        ChannelTable.apply(table, pixels, offset, count);
    }
}
