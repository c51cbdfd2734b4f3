package tessera.picture;

import tessera.render.Picture;
import tessera.render.RenderLimits;

/**
 * A picture file as Tessera reads it, the same on the JVM and in the browser. PNGs are decoded here
 * ({@link PngDecoder}); JPEGs are decoded by the platform from {@link #jpegForDecoder()} and finished
 * here ({@link #fromDecodedJpeg}); other formats are refused, naming the format. The size is known
 * from the header alone, so limits are checked before any pixel is decoded.
 */
public final class PictureFile {
    private final PngFile png;
    private final JpegFile jpeg;

    private PictureFile(PngFile png, JpegFile jpeg) {
        this.png = png;
        this.jpeg = jpeg;
    }

    /** Reads the headers. @throws PictureFormatException naming what is wrong, in the user's words */
    public static PictureFile read(byte[] bytes) {
        if (PngFile.matches(bytes)) {
            return new PictureFile(new PngFile(bytes), null);
        }
        if (JpegFile.matches(bytes)) {
            return new PictureFile(null, new JpegFile(bytes));
        }
        throw new PictureFormatException(otherFormat(bytes));
    }

    public boolean isJpeg() {
        return jpeg != null;
    }

    /** The width as shown, after the EXIF orientation. */
    public int width() {
        return png != null ? (Orientation.swapsSides(png.orientation) ? png.height : png.width) : jpeg.width();
    }

    public int height() {
        return png != null ? (Orientation.swapsSides(png.orientation) ? png.width : png.height) : jpeg.height();
    }

    public int orientation() {
        return png != null ? png.orientation : jpeg.orientation;
    }

    /** A PNG's pixels; refused for its size first, whoever calls, before the pixels take the memory. */
    public Picture decode() {
        if (png == null) {
            throw new IllegalStateException("a JPEG is decoded by the platform: see jpegForDecoder()");
        }
        try {
            RenderLimits.checkPicture(png.width, png.height);
        } catch (IllegalArgumentException tooLarge) {
            throw new PictureFormatException(tooLarge.getMessage());
        }
        return PngDecoder.decode(png);
    }

    /** The bytes to hand the platform's JPEG decoder: the file without what would make it turn or colour-manage. */
    public byte[] jpegForDecoder() {
        return jpeg.forDecoder;
    }

    /**
     * The picture from the platform's decoding of {@link #jpegForDecoder()}, stored width × height
     * pixels of packed RGBA, turned upright.
     */
    public Picture fromDecodedJpeg(int[] pixels, int width, int height) {
        if (width != jpeg.storedWidth || height != jpeg.storedHeight) {
            throw new PictureFormatException("its JPEG header promises " + jpeg.storedWidth + " × " + jpeg.storedHeight
                    + " pixels but it decodes to " + width + " × " + height);
        }
        return Orientation.apply(new Picture(width, height, pixels), jpeg.orientation);
    }

    private static String otherFormat(byte[] bytes) {
        if (bytes.length == 0) {
            return "the file is empty";
        }
        String format = null;
        if (Bytes.startsWith(bytes, 0, Bytes.ascii("GIF8"))) {
            format = "a GIF";
        } else if (Bytes.startsWith(bytes, 0, Bytes.ascii("BM"))) {
            format = "a BMP";
        } else if (Bytes.startsWith(bytes, 0, Bytes.ascii("RIFF")) && Bytes.startsWith(bytes, 8, Bytes.ascii("WEBP"))) {
            format = "a WebP";
        } else if (Bytes.startsWith(bytes, 4, Bytes.ascii("ftypavif"))) {
            format = "an AVIF";
        } else if (Bytes.startsWith(bytes, 4, Bytes.ascii("ftyphei")) || Bytes.startsWith(bytes, 4, Bytes.ascii("ftypmif1"))) {
            format = "a HEIF";
        } else if (Bytes.startsWith(bytes, 0, Bytes.ascii("II*\0")) || Bytes.startsWith(bytes, 0, Bytes.ascii("MM\0*"))) {
            format = "a TIFF";
        } else if (Bytes.startsWith(bytes, 0, new byte[] {(byte) 0xff, (byte) 0x0a})) {
            format = "a JPEG XL";
        }
        if (format == null) {
            return "it is not a PNG or JPEG picture";
        }
        return "it is " + format + " picture; Tessera reads PNG and JPEG pictures";
    }
}
