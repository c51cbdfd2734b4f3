package tessera.raytrace;

import tessera.render.Picture;
import tessera.render.Rgba;

/**
 * An image wrapped over the surface as the reference crate does: texture coordinates scaled by the
 * image size, truncated and wrapped, and the sRGB bytes decoded with gamma 2.2.
 */
public final class ImageTexture implements Coloration {
    private final Picture image;

    public ImageTexture(Picture image) {
        this.image = image;
    }

    @Override
    public void color(float u, float v, float[] rgb) {
        int pixel = image.pixels[wrap(v, image.height) * image.width + wrap(u, image.width)];
        rgb[0] = Gamma.decode(Rgba.red(pixel));
        rgb[1] = Gamma.decode(Rgba.green(pixel));
        rgb[2] = Gamma.decode(Rgba.blue(pixel));
    }

    /** The crate's {@code wrap}: {@code (val * bound) as i32 % bound}, made non-negative. */
    static int wrap(float value, int bound) {
        int wrapped = saturatingInt(value * (float) bound) % bound;
        return wrapped < 0 ? wrapped + bound : wrapped;
    }

    /** Rust's {@code f32 as i32}: truncation, saturating at the int range, NaN to 0. Java's cast does exactly this. */
    private static int saturatingInt(float value) {
        return (int) value;
    }
}
