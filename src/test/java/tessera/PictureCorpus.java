package tessera;

import java.awt.Transparency;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.awt.image.BufferedImage;
import java.awt.image.ComponentColorModel;
import java.awt.image.DataBuffer;
import java.awt.image.IndexColorModel;
import java.awt.image.WritableRaster;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.zip.CRC32;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import org.w3c.dom.Node;
import tessera.render.Rgba;

/**
 * Picture files of every kind Tessera reads, written by the JDK's own encoders (an implementation
 * independent of Tessera's decoder), with, for PNGs, the pixels the one decoding rule gives their
 * samples: every PNG colour type and bit depth, with and without transparency and interlacing;
 * baseline, progressive, 4:2:0, 4:4:4 and grey JPEGs, all eight EXIF orientations, an ICC profile,
 * and the kinds that are refused.
 */
public final class PictureCorpus {
    public static final int WIDTH = 37;
    public static final int HEIGHT = 21;

    /** A file: its name, its bytes, and for a PNG the expected pixels (RGBA packed), else null. */
    public static final class Entry {
        public final String name;
        public final byte[] bytes;
        public final int[] expected;

        Entry(String name, byte[] bytes, int[] expected) {
            this.name = name;
            this.bytes = bytes;
            this.expected = expected;
        }

        @Override
        public String toString() {
            return name;
        }
    }

    private PictureCorpus() {
    }

    /** Every PNG colour type × bit depth × interlacing, plus tRNS variants, with their expected pixels. */
    public static List<Entry> pngs() throws IOException {
        List<Entry> all = new ArrayList<>();
        for (boolean interlaced : new boolean[] {false, true}) {
            String suffix = interlaced ? "-interlaced" : "";
            for (int depth : new int[] {1, 2, 4, 8, 16}) {
                all.add(png("grey" + depth + suffix, grey(depth), 0, depth, interlaced, null));
            }
            for (int depth : new int[] {1, 2, 4, 8}) {
                all.add(png("palette" + depth + suffix, palette(depth, false), 3, depth, interlaced, null));
                all.add(png("palette" + depth + "-alpha" + suffix, palette(depth, true), 3, depth, interlaced, null));
            }
            for (int depth : new int[] {8, 16}) {
                all.add(png("rgb" + depth + suffix, component(ColorSpace.CS_sRGB, false, depth), 2, depth, interlaced, null));
                all.add(png("grey-alpha" + depth + suffix, component(ColorSpace.CS_GRAY, true, depth), 4, depth, interlaced, null));
                all.add(png("rgba" + depth + suffix, component(ColorSpace.CS_sRGB, true, depth), 6, depth, interlaced, null));
                all.add(png("rgb" + depth + "-trns" + suffix, component(ColorSpace.CS_sRGB, false, depth), 2, depth, interlaced,
                        "tRNS"));
                all.add(png("grey" + depth + "-trns" + suffix, depth == 8 ? grey(8) : grey(16), 0, depth, interlaced, "tRNS"));
            }
        }
        return all;
    }

    /** JPEGs: colour 4:2:0 and 4:4:4, baseline and progressive, grey, with an ICC profile, and each EXIF orientation. */
    public static List<Entry> jpegs() throws IOException {
        List<Entry> all = new ArrayList<>();
        BufferedImage colour = photo(BufferedImage.TYPE_3BYTE_BGR);
        all.add(new Entry("colour-420.jpg", jpeg(colour, false, false), null));
        all.add(new Entry("colour-444.jpg", jpeg(colour, false, true), null));
        all.add(new Entry("colour-420-progressive.jpg", jpeg(colour, true, false), null));
        all.add(new Entry("colour-444-progressive.jpg", jpeg(colour, true, true), null));
        all.add(new Entry("grey.jpg", jpeg(photo(BufferedImage.TYPE_BYTE_GRAY), false, false), null));
        all.add(new Entry("grey-progressive.jpg", jpeg(photo(BufferedImage.TYPE_BYTE_GRAY), true, false), null));
        byte[] plain = jpeg(colour, false, false);
        all.add(new Entry("colour-icc.jpg", withIccProfile(plain), null));
        for (int orientation = 1; orientation <= 8; orientation++) {
            all.add(new Entry("orientation-" + orientation + ".jpg", withExifOrientation(plain, orientation, orientation % 2 == 0), null));
        }
        return all;
    }

    /** {@link #flatGreyJpeg()} as an entry of the corpus. */
    public static Entry flatGrey() throws IOException {
        return new Entry("flat-grey.jpg", flatGreyJpeg(), null);
    }

    /** A flat grey JPEG of value 128 (decoded exactly by any JPEG decoder): it must stay 128. */
    public static byte[] flatGreyJpeg() throws IOException {
        BufferedImage image = new BufferedImage(16, 16, BufferedImage.TYPE_BYTE_GRAY);
        WritableRaster raster = image.getRaster();
        for (int y = 0; y < 16; y++) {
            for (int x = 0; x < 16; x++) {
                raster.setSample(x, y, 0, 128);
            }
        }
        return jpeg(image, false, false);
    }

    /** A four-component (CMYK) JPEG. */
    public static byte[] cmykJpeg() throws IOException {
        WritableRaster raster = WritableRaster.createInterleavedRaster(DataBuffer.TYPE_BYTE, 16, 16, 4, null);
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (MemoryCacheImageOutputStream stream = new MemoryCacheImageOutputStream(out)) {
            writer.setOutput(stream);
            writer.write(null, new IIOImage(raster, null, null), writer.getDefaultWriteParam());
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }

    /** The chunk {@code type} with {@code data}, put just before the first IDAT of {@code png}. */
    public static byte[] withChunk(byte[] png, String type, byte[] data) {
        int at = 8;
        while (!new String(png, at + 4, 4, java.nio.charset.StandardCharsets.ISO_8859_1).equals("IDAT")) {
            at += 12 + ByteBuffer.wrap(png, at, 4).getInt();
        }
        ByteBuffer chunk = ByteBuffer.allocate(12 + data.length);
        chunk.putInt(data.length).put(type.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1)).put(data);
        CRC32 crc = new CRC32();
        crc.update(chunk.array(), 4, 4 + data.length);
        chunk.putInt((int) crc.getValue());
        byte[] out = new byte[png.length + chunk.capacity()];
        System.arraycopy(png, 0, out, 0, at);
        System.arraycopy(chunk.array(), 0, out, at, chunk.capacity());
        System.arraycopy(png, at, out, at + chunk.capacity(), png.length - at);
        return out;
    }

    /** A TIFF block (as in EXIF) whose first directory holds only the orientation tag. */
    public static byte[] exifBlock(int orientation, boolean bigEndian) {
        ByteBuffer tiff = ByteBuffer.allocate(8 + 2 + 12 + 4)
                .order(bigEndian ? java.nio.ByteOrder.BIG_ENDIAN : java.nio.ByteOrder.LITTLE_ENDIAN);
        tiff.put(bigEndian ? (byte) 'M' : (byte) 'I').put(bigEndian ? (byte) 'M' : (byte) 'I').putShort((short) 42).putInt(8);
        tiff.putShort((short) 1).putShort((short) 0x0112).putShort((short) 3).putInt(1).putShort((short) orientation).putShort((short) 0);
        tiff.putInt(0);
        return tiff.array();
    }

    /** {@code jpeg} with an APP1 EXIF segment giving {@code orientation}, after its JFIF segment. */
    public static byte[] withExifOrientation(byte[] jpeg, int orientation, boolean bigEndian) {
        byte[] tiff = exifBlock(orientation, bigEndian);
        byte[] payload = new byte[6 + tiff.length];
        System.arraycopy(new byte[] {'E', 'x', 'i', 'f', 0, 0}, 0, payload, 0, 6);
        System.arraycopy(tiff, 0, payload, 6, tiff.length);
        return withSegment(jpeg, 0xe1, payload);
    }

    /** {@code jpeg} with the JDK's linear-light RGB profile in an APP2 ICC segment: applied, it would change every colour. */
    public static byte[] withIccProfile(byte[] jpeg) {
        byte[] profile = ICC_Profile.getInstance(ColorSpace.CS_LINEAR_RGB).getData();
        byte[] payload = new byte[14 + profile.length];
        System.arraycopy("ICC_PROFILE\0".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1), 0, payload, 0, 12);
        payload[12] = 1;
        payload[13] = 1;
        System.arraycopy(profile, 0, payload, 14, profile.length);
        return withSegment(jpeg, 0xe2, payload);
    }

    private static byte[] withSegment(byte[] jpeg, int marker, byte[] payload) {
        int at = 2;
        if ((jpeg[3] & 0xff) == 0xe0) {
            at += 2 + (((jpeg[4] & 0xff) << 8) | (jpeg[5] & 0xff));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(jpeg, 0, at);
        out.write(0xff);
        out.write(marker);
        out.write((payload.length + 2) >>> 8);
        out.write((payload.length + 2) & 0xff);
        out.write(payload, 0, payload.length);
        out.write(jpeg, at, jpeg.length - at);
        return out.toByteArray();
    }

    private static Entry png(String name, BufferedImage image, int colourType, int depth, boolean interlaced, String extra)
            throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
        ImageWriteParam param = writer.getDefaultWriteParam();
        param.setProgressiveMode(interlaced ? ImageWriteParam.MODE_DEFAULT : ImageWriteParam.MODE_DISABLED);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (MemoryCacheImageOutputStream stream = new MemoryCacheImageOutputStream(out)) {
            writer.setOutput(stream);
            writer.write(null, new IIOImage(image, null, null), param);
        } finally {
            writer.dispose();
        }
        byte[] bytes = out.toByteArray();
        if (bytes[24] != depth || bytes[25] != colourType || bytes[28] != (interlaced ? 1 : 0)) {
            throw new IllegalStateException(name + ": the JDK wrote colour type " + bytes[25] + ", depth " + bytes[24]
                    + ", interlace " + bytes[28]);
        }
        int[] transparentSample = null;
        if ("tRNS".equals(extra)) {
            WritableRaster raster = image.getRaster();
            int bands = raster.getNumBands();
            transparentSample = new int[bands];
            ByteBuffer data = ByteBuffer.allocate(2 * bands);
            for (int b = 0; b < bands; b++) {
                transparentSample[b] = raster.getSample(3, 2, b);
                data.putShort((short) transparentSample[b]);
            }
            bytes = withChunk(bytes, "tRNS", data.array());
        }
        return new Entry(name + ".png", bytes, expected(image, depth, transparentSample));
    }

    /** The pixels the rule gives the image's samples. */
    private static int[] expected(BufferedImage image, int depth, int[] transparentSample) {
        WritableRaster raster = image.getRaster();
        int[] pixels = new int[WIDTH * HEIGHT];
        int[] sample = new int[raster.getNumBands()];
        int max = (1 << depth) - 1;
        for (int y = 0; y < HEIGHT; y++) {
            for (int x = 0; x < WIDTH; x++) {
                raster.getPixel(x, y, sample);
                int pixel;
                if (image.getColorModel() instanceof IndexColorModel) {
                    IndexColorModel palette = (IndexColorModel) image.getColorModel();
                    int i = sample[0];
                    boolean greyRamp = image.getType() == BufferedImage.TYPE_BYTE_BINARY && isGreyRamp(palette);
                    pixel = greyRamp
                            ? grey(Math.round(sample[0] * 255f / max), 255)
                            : Rgba.pack(palette.getRed(i), palette.getGreen(i), palette.getBlue(i), palette.getAlpha(i));
                } else if (sample.length == 1) {
                    pixel = grey(to8(sample[0], depth), Arrays.equals(sample, transparentSample) ? 0 : 255);
                } else if (sample.length == 2) {
                    pixel = grey(to8(sample[0], depth), to8(sample[1], depth));
                } else {
                    int alpha = sample.length == 4 ? to8(sample[3], depth) : Arrays.equals(sample, transparentSample) ? 0 : 255;
                    pixel = Rgba.pack(to8(sample[0], depth), to8(sample[1], depth), to8(sample[2], depth), alpha);
                }
                pixels[y * WIDTH + x] = pixel;
            }
        }
        return pixels;
    }

    private static int to8(int value, int depth) {
        return depth == 16 ? (int) Math.round(value * 255.0 / 65535.0) : value;
    }

    private static int grey(int value, int alpha) {
        return Rgba.pack(value, value, value, alpha);
    }

    private static boolean isGreyRamp(IndexColorModel palette) {
        int n = palette.getMapSize();
        for (int i = 0; i < n; i++) {
            int level = Math.round(i * 255f / (n - 1));
            if (palette.getRed(i) != level || palette.getGreen(i) != level || palette.getBlue(i) != level) {
                return false;
            }
        }
        return true;
    }

    private static BufferedImage grey(int depth) {
        BufferedImage image;
        if (depth == 8) {
            image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_BYTE_GRAY);
        } else if (depth == 16) {
            image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_USHORT_GRAY);
        } else {
            int n = 1 << depth;
            byte[] levels = new byte[n];
            for (int i = 0; i < n; i++) {
                levels[i] = (byte) Math.round(i * 255f / (n - 1));
            }
            image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_BYTE_BINARY, new IndexColorModel(depth, n, levels, levels, levels));
        }
        return fill(image, depth);
    }

    private static BufferedImage palette(int depth, boolean alpha) {
        int n = 1 << depth;
        Random random = new Random(depth * 31 + (alpha ? 1 : 0));
        byte[] r = new byte[n];
        byte[] g = new byte[n];
        byte[] b = new byte[n];
        byte[] a = new byte[n];
        random.nextBytes(r);
        random.nextBytes(g);
        random.nextBytes(b);
        random.nextBytes(a);
        r[0] = (byte) 200; // not a grey ramp, so the JDK writes a palette
        IndexColorModel model = alpha ? new IndexColorModel(depth, n, r, g, b, a) : new IndexColorModel(depth, n, r, g, b);
        BufferedImage image = depth == 8
                ? new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_BYTE_INDEXED, model)
                : new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_BYTE_BINARY, model);
        return fill(image, depth);
    }

    private static BufferedImage component(int colourSpace, boolean alpha, int depth) {
        ComponentColorModel model = new ComponentColorModel(ColorSpace.getInstance(colourSpace), alpha, false,
                alpha ? Transparency.TRANSLUCENT : Transparency.OPAQUE, depth == 16 ? DataBuffer.TYPE_USHORT : DataBuffer.TYPE_BYTE);
        return fill(new BufferedImage(model, model.createCompatibleWritableRaster(WIDTH, HEIGHT), false, null), depth);
    }

    /** Random samples, and the sample at (3, 2) repeated at a few places so that a tRNS colour is met more than once. */
    private static BufferedImage fill(BufferedImage image, int depth) {
        WritableRaster raster = image.getRaster();
        Random random = new Random(depth * 7919L + raster.getNumBands());
        int bound = 1 << depth;
        for (int y = 0; y < HEIGHT; y++) {
            for (int x = 0; x < WIDTH; x++) {
                for (int band = 0; band < raster.getNumBands(); band++) {
                    raster.setSample(x, y, band, random.nextInt(bound));
                }
            }
        }
        for (int band = 0; band < raster.getNumBands(); band++) {
            int value = raster.getSample(3, 2, band);
            raster.setSample(WIDTH - 1, HEIGHT - 1, band, value);
            raster.setSample(0, HEIGHT - 1, band, value);
        }
        return image;
    }

    /** A smooth picture with some detail, in a JPEG-friendly type. */
    private static BufferedImage photo(int type) {
        BufferedImage image = new BufferedImage(WIDTH * 2, HEIGHT * 2 + 3, type);
        Random random = new Random(5);
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int red = (x * 255 / image.getWidth() + random.nextInt(24)) & 0xff;
                int green = (y * 255 / image.getHeight()) & 0xff;
                int blue = ((x ^ y) * 8 + random.nextInt(16)) & 0xff;
                image.setRGB(x, y, (red << 16) | (green << 8) | blue);
            }
        }
        return image;
    }

    private static byte[] jpeg(BufferedImage image, boolean progressive, boolean fullChroma) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ImageWriteParam param = writer.getDefaultWriteParam();
        param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
        param.setCompressionQuality(0.9f);
        if (progressive) {
            param.setProgressiveMode(ImageWriteParam.MODE_DEFAULT);
        }
        IIOMetadata metadata = writer.getDefaultImageMetadata(new ImageTypeSpecifier(image), param);
        if (fullChroma) {
            Node tree = metadata.getAsTree("javax_imageio_jpeg_image_1.0");
            for (Node spec = ((IIOMetadataNode) tree).getElementsByTagName("componentSpec").item(0); spec != null;
                    spec = spec.getNextSibling()) {
                ((IIOMetadataNode) spec).setAttribute("HsamplingFactor", "1");
                ((IIOMetadataNode) spec).setAttribute("VsamplingFactor", "1");
            }
            metadata.setFromTree("javax_imageio_jpeg_image_1.0", tree);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (MemoryCacheImageOutputStream stream = new MemoryCacheImageOutputStream(out)) {
            writer.setOutput(stream);
            writer.write(null, new IIOImage(image, null, metadata), param);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }
}
