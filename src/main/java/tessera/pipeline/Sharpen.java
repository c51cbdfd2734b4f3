package tessera.pipeline;

import tessera.render.FrameWindow;
import tessera.render.Rgba;
import tessera.render.Tile;

/**
 * Unsharp mask: each colour channel becomes c + amount · (c − blurred c), rounded and clamped, where
 * the blur is the {@link BoxBlur} of the given radius.
 */
public final class Sharpen implements NeighbourhoodFilter {
    private final float amount;
    private final BoxBlur blur;

    public Sharpen(float amount, int radius) {
        this.amount = amount;
        this.blur = new BoxBlur(radius);
    }

    @Override
    public int radius() {
        return blur.radius();
    }

    @Override
    public int scratchSize(int width) {
        return blur.scratchSize(width);
    }

    @Override
    public void apply(FrameWindow input, Tile band, int[] out, int offset, int stride, int[] scratch) {
        blur.apply(input, band, out, offset, stride, scratch);
        for (int y = band.y; y < band.y + band.height; y++) {
            int row = offset + (y - band.y) * stride;
            int source = input.index(0, y);
            for (int x = 0; x < input.width; x++) {
                int original = input.pixels[source + x];
                int blurred = out[row + x];
                out[row + x] = Rgba.pack(sharpen(Rgba.red(original), Rgba.red(blurred)),
                        sharpen(Rgba.green(original), Rgba.green(blurred)),
                        sharpen(Rgba.blue(original), Rgba.blue(blurred)), Rgba.alpha(original));
            }
        }
    }

    private int sharpen(int original, int blurred) {
        return Rgba.roundedByte(original + amount * (original - blurred));
    }
}
