package tessera.pipeline;

import tessera.render.Rgba;
import tessera.render.RustFloat;

/**
 * The article's brightness: each colour channel {@code (c as f32 * factor).min(255.0) as u8}. The
 * result depends on the channel's byte alone, so it is worked out once for all 256 values.
 */
public final class Brightness implements PointFilter {
    private final int[] table = new int[256];

    public Brightness(float factor) {
        for (int c = 0; c < 256; c++) {
            table[c] = Rgba.saturatingByte(RustFloat.min((float) c * factor, 255.0f));
        }
    }

    @Override
    public void apply(int[] pixels, int offset, int count) {
        ChannelTable.apply(table, pixels, offset, count);
    }
}
