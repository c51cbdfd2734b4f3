package tessera.pipeline;

/** Applies a per-channel lookup table (256 entries) to red, green and blue; alpha is kept. */
final class ChannelTable {
    private ChannelTable() {
    }

    static void apply(int[] table, int[] pixels, int offset, int count) {
        for (int i = offset, end = offset + count; i < end; i++) {
            int p = pixels[i];
            pixels[i] = (p & 0xff000000) | (table[(p >>> 16) & 0xff] << 16) | (table[(p >>> 8) & 0xff] << 8) | table[p & 0xff];
        }
    }
}
