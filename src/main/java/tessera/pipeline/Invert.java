package tessera.pipeline;

/** The negative: each colour channel becomes 255 − c, alpha stays. */
public final class Invert implements PointFilter {
    @Override
    public void apply(int[] pixels, int offset, int count) {
        for (int i = offset, end = offset + count; i < end; i++) {
            pixels[i] ^= 0x00ffffff;
        }
    }
}
