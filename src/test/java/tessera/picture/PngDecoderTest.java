package tessera.picture;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import org.junit.jupiter.api.Test;
import tessera.PictureCorpus;
import tessera.render.Picture;
import tessera.render.Rgba;

/** PNGs written by the JDK's encoder decode to the pixels the one rule gives their samples. */
class PngDecoderTest {
    @Test
    void everyColourTypeBitDepthTransparencyAndInterlacingDecodesByTheRule() throws Exception {
        List<PictureCorpus.Entry> corpus = PictureCorpus.pngs();
        List<String> wrong = new ArrayList<>();
        for (PictureCorpus.Entry entry : corpus) {
            Picture picture = PictureFile.read(entry.bytes).decode();
            if (picture.width != PictureCorpus.WIDTH || !Arrays.equals(entry.expected, picture.pixels)) {
                wrong.add(entry.name);
            }
        }
        assertEquals(List.of(), wrong);
        assertEquals(2 * (5 + 2 * 4 + 5 * 2), corpus.size());
    }

    @Test
    void transparencyIsTakenFromTheSamplesAtTheirOwnDepthAndNotPremultiplied() throws Exception {
        PictureCorpus.Entry rgba = PictureCorpus.pngs().stream().filter(e -> e.name.equals("rgba8.png")).findFirst().orElseThrow();
        int[] pixels = PictureFile.read(rgba.bytes).decode().pixels;
        long partial = Arrays.stream(pixels).filter(p -> Rgba.alpha(p) > 0 && Rgba.alpha(p) < 255).count();
        assertTrue(partial > pixels.length / 2, "the corpus has partial alpha: " + partial);
        PictureCorpus.Entry trns = PictureCorpus.pngs().stream().filter(e -> e.name.equals("rgb16-trns.png")).findFirst().orElseThrow();
        int[] keyed = PictureFile.read(trns.bytes).decode().pixels;
        assertEquals(3, Arrays.stream(keyed).filter(p -> Rgba.alpha(p) == 0).count(), "the three places holding the tRNS colour");
        assertTrue(Rgba.red(keyed[2 * PictureCorpus.WIDTH + 3]) + Rgba.green(keyed[2 * PictureCorpus.WIDTH + 3]) > 0,
                "a transparent pixel keeps its colour");
    }

    @Test
    void sixteenBitSamplesRoundToTheNearestEightBitOne() {
        assertEquals(0, PngDecoder.to8(128, 16));
        assertEquals(1, PngDecoder.to8(129, 16));
        assertEquals(128, PngDecoder.to8(0x8080, 16));
        assertEquals(255, PngDecoder.to8(65535, 16));
        for (int v = 0; v < 65536; v++) {
            assertEquals(Math.round(v * 255.0 / 65535), PngDecoder.to8(v, 16), "v = " + v);
        }
    }

    @Test
    void anExifChunkTurnsThePicture() throws Exception {
        byte[] plain = PictureCorpus.pngs().get(3).bytes;
        Picture upright = PictureFile.read(plain).decode();
        for (int orientation = 1; orientation <= 8; orientation++) {
            byte[] tagged = PictureCorpus.withChunk(plain, "eXIf", PictureCorpus.exifBlock(orientation, orientation > 4));
            PictureFile file = PictureFile.read(tagged);
            Picture turned = file.decode();
            assertEquals(orientation, file.orientation());
            assertEquals(orientation >= 5 ? upright.height : upright.width, file.width());
            assertArrayEquals(Orientation.apply(upright, orientation).pixels, turned.pixels, "orientation " + orientation);
        }
    }

    @Test
    void aPaletteIndexPastTheEndOfThePaletteIsOpaqueBlack() throws Exception {
        byte[] png = png(2, 1, 3, 8, new byte[] {0, 0, 1}, chunk("PLTE", new byte[] {10, 20, 30}));
        assertArrayEquals(new int[] {Rgba.pack(10, 20, 30, 255), Rgba.pack(0, 0, 0, 255)}, PictureFile.read(png).decode().pixels);
    }

    @Test
    void everyFilterTypeIsUndone() throws Exception {
        // Two rows of two RGB pixels, the second row filtered with each type in turn against the first.
        byte[] first = {10, 20, 30, (byte) 200, (byte) 210, (byte) 220};
        byte[] second = {5, 6, 7, 100, (byte) 250, 3};
        for (int type = 0; type <= 4; type++) {
            byte[] filtered = filter(type, second, first, 3);
            byte[] raw = new byte[2 + 2 * 6];
            System.arraycopy(first, 0, raw, 1, 6);
            raw[7] = (byte) type;
            System.arraycopy(filtered, 0, raw, 8, 6);
            int[] pixels = PictureFile.read(png(2, 2, 2, 8, raw)).decode().pixels;
            assertEquals(Rgba.pack(5, 6, 7, 255), pixels[2], "filter " + type);
            assertEquals(Rgba.pack(100, 250, 3, 255), pixels[3], "filter " + type);
        }
    }

    @Test
    void damagedFilesAreRefusedInWordsAndDamagedAncillaryChunksAreSkipped() throws Exception {
        byte[] good = PictureCorpus.pngs().get(3).bytes;
        byte[] cut = Arrays.copyOf(good, good.length - 30);
        assertEquals(37, PictureFile.read(cut).width(), "the size of a file cut short is known");
        assertEquals("it is not a complete PNG: it ends in the middle of a chunk",
                assertThrows(PictureFormatException.class, () -> PictureFile.read(cut).decode()).getMessage());
        assertEquals("its image data ends early (2 × 2 pixels were promised)",
                assertThrows(PictureFormatException.class, () -> PictureFile.read(png(2, 2, 0, 8, new byte[] {0, 1, 2, 0})).decode())
                        .getMessage());
        byte[] badIdat = good.clone();
        badIdat[badIdat.length - 20] ^= 1;
        assertEquals("it is a damaged PNG: the checksum of its IDAT chunk is wrong",
                assertThrows(PictureFormatException.class, () -> PictureFile.read(badIdat)).getMessage());
        byte[] withText = PictureCorpus.withChunk(good, "tEXt", "Comment\0hello".getBytes());
        int at = indexOf(withText, "tEXt");
        withText[at + 6] ^= 1;
        assertArrayEquals(PictureFile.read(good).decode().pixels, PictureFile.read(withText).decode().pixels);
        assertEquals("its image data is damaged (a row has filter type 9; PNG has 0 to 4)",
                assertThrows(PictureFormatException.class, () -> PictureFile.read(png(1, 1, 0, 8, new byte[] {9, 0})).decode())
                        .getMessage());
        assertEquals("it is a palette PNG without a palette (PLTE)",
                assertThrows(PictureFormatException.class, () -> PictureFile.read(png(1, 1, 3, 8, new byte[] {0, 0}))).getMessage());
        assertEquals("its PNG header gives colour type 2 with 4 bits, which PNG does not allow",
                assertThrows(PictureFormatException.class, () -> PictureFile.read(png(1, 1, 2, 4, new byte[] {0, 0}))).getMessage());
    }

    /** Adam7 passes that have no pixels in a small picture have no rows in the file either (found by mutation testing). */
    @Test
    void interlacedPicturesSmallerThanAPassDecode() throws Exception {
        for (int[] size : new int[][] {{1, 1}, {2, 1}, {1, 3}, {3, 2}, {5, 5}}) {
            java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(size[0], size[1], java.awt.image.BufferedImage.TYPE_INT_RGB);
            int[] expected = new int[size[0] * size[1]];
            for (int i = 0; i < expected.length; i++) {
                int rgb = 0x102030 * (i + 1) & 0xffffff;
                image.setRGB(i % size[0], i / size[0], rgb);
                expected[i] = Rgba.pack(rgb >> 16 & 0xff, rgb >> 8 & 0xff, rgb & 0xff, 255);
            }
            javax.imageio.ImageWriter writer = javax.imageio.ImageIO.getImageWritersByFormatName("png").next();
            javax.imageio.ImageWriteParam param = writer.getDefaultWriteParam();
            param.setProgressiveMode(javax.imageio.ImageWriteParam.MODE_DEFAULT);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (javax.imageio.stream.ImageOutputStream stream = javax.imageio.ImageIO.createImageOutputStream(out)) {
                writer.setOutput(stream);
                writer.write(null, new javax.imageio.IIOImage(image, null, null), param);
            }
            byte[] png = out.toByteArray();
            assertEquals(1, png[8 + 8 + 12], "interlaced");
            assertArrayEquals(expected, PictureFile.read(png).decode().pixels, size[0] + " × " + size[1]);
        }
    }

    /** The PNG specification's Paeth predictor, word for word, on every triple of bytes: ties go to left, then up. */
    @Test
    void paethPredictsAsTheSpecificationSaysOnEveryTriple() {
        for (int a = 0; a < 256; a++) {
            for (int b = 0; b < 256; b++) {
                for (int c = 0; c < 256; c++) {
                    int p = a + b - c;
                    int pa = Math.abs(p - a);
                    int pb = Math.abs(p - b);
                    int pc = Math.abs(p - c);
                    int expected = pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
                    if (PngDecoder.paeth(a, b, c) != expected) {
                        assertEquals(expected, PngDecoder.paeth(a, b, c), "left " + a + ", up " + b + ", up-left " + c);
                    }
                }
            }
        }
    }

    /** Found by mutation testing: a damaged header checksum and an unknown critical chunk were never tried. */
    @Test
    void aDamagedHeaderAndAnUnknownCriticalChunkAreRefusedInWords() throws Exception {
        byte[] good = png(1, 1, 0, 8, new byte[] {0, 7});
        byte[] badHeader = good.clone();
        badHeader[8 + 8 + 12] ^= 1;
        assertEquals("it is a damaged PNG: the checksum of its IHDR chunk is wrong",
                assertThrows(PictureFormatException.class, () -> PictureFile.read(badHeader)).getMessage());
        assertEquals("its PNG has a critical chunk QUUX that Tessera does not know",
                assertThrows(PictureFormatException.class, () -> PictureFile.read(png(1, 1, 0, 8, new byte[] {0, 7}, chunk("QUUX", new byte[3]))))
                        .getMessage());
        assertEquals("its PNG has a critical chunk Q?UX that Tessera does not know",
                assertThrows(PictureFormatException.class, () -> PictureFile.read(png(1, 1, 0, 8, new byte[] {0, 7},
                        chunk("Q\u007fUX", new byte[0])))).getMessage());
    }

    /** Found by PngDecoderProperties: a file cut inside its header, and a header whose size overflows an int when decoded. */
    @Test
    void aFileCutInItsHeaderAndAPictureTooLargeToHoldAreRefusedInWords() throws Exception {
        byte[] good = PictureCorpus.pngs().get(0).bytes;
        for (int length : new int[] {8, 9, 20, 32}) {
            byte[] cut = Arrays.copyOf(good, length);
            assertEquals("it is not a complete PNG: its header (IHDR) is missing",
                    assertThrows(PictureFormatException.class, () -> PictureFile.read(cut)).getMessage(), length + " bytes");
        }
        byte[] headerOnly = Arrays.copyOf(good, 33);
        assertEquals("it is not a complete PNG: it ends before its image data",
                assertThrows(PictureFormatException.class, () -> PictureFile.read(headerOnly).decode()).getMessage());
        byte[] huge = png(65536, 65536, 0, 8, new byte[] {0, 0});
        assertEquals("it is 65536 × 65536 pixels; a picture may have at most 16384 pixels a side and 40000000 in all",
                assertThrows(PictureFormatException.class, () -> PictureFile.read(huge).decode()).getMessage());
    }

    @Test
    void otherFormatsAreNamed() {
        assertEquals("it is a GIF picture; Tessera reads PNG and JPEG pictures",
                assertThrows(PictureFormatException.class, () -> PictureFile.read("GIF89a....".getBytes())).getMessage());
        assertEquals("it is a WebP picture; Tessera reads PNG and JPEG pictures",
                assertThrows(PictureFormatException.class, () -> PictureFile.read("RIFF\0\0\0\0WEBPVP8 ".getBytes())).getMessage());
        assertEquals("the file is empty", assertThrows(PictureFormatException.class, () -> PictureFile.read(new byte[0])).getMessage());
        assertEquals("it is not a PNG or JPEG picture",
                assertThrows(PictureFormatException.class, () -> PictureFile.read("hello".getBytes())).getMessage());
    }

    private static int indexOf(byte[] bytes, String text) {
        for (int i = 0; i + 4 <= bytes.length; i++) {
            if (new String(bytes, i, 4, java.nio.charset.StandardCharsets.ISO_8859_1).equals(text)) {
                return i;
            }
        }
        return -1;
    }

    private static byte[] filter(int type, byte[] row, byte[] above, int stride) {
        byte[] out = new byte[row.length];
        for (int i = 0; i < row.length; i++) {
            int left = i >= stride ? row[i - stride] & 0xff : 0;
            int up = above[i] & 0xff;
            int upLeft = i >= stride ? above[i - stride] & 0xff : 0;
            int predictor;
            switch (type) {
                case 1: predictor = left; break;
                case 2: predictor = up; break;
                case 3: predictor = (left + up) / 2; break;
                case 4: {
                    int p = left + up - upLeft;
                    int pa = Math.abs(p - left);
                    int pb = Math.abs(p - up);
                    int pc = Math.abs(p - upLeft);
                    predictor = pa <= pb && pa <= pc ? left : pb <= pc ? up : upLeft;
                    break;
                }
                default: predictor = 0;
            }
            out[i] = (byte) (row[i] - predictor);
        }
        return out;
    }

    /** A PNG of the given header, raw (filtered) scanlines and extra chunks before IDAT. */
    private static byte[] png(int width, int height, int colourType, int depth, byte[] raw, byte[]... extra) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
        out.write(chunk("IHDR", ByteBuffer.allocate(13).putInt(width).putInt(height)
                .put(new byte[] {(byte) depth, (byte) colourType, 0, 0, 0}).array()));
        for (byte[] chunk : extra) {
            out.write(chunk);
        }
        Deflater deflater = new Deflater();
        deflater.setInput(raw);
        deflater.finish();
        byte[] compressed = new byte[raw.length + 64];
        int n = deflater.deflate(compressed);
        out.write(chunk("IDAT", Arrays.copyOf(compressed, n)));
        out.write(chunk("IEND", new byte[0]));
        return out.toByteArray();
    }

    private static byte[] chunk(String type, byte[] data) {
        ByteBuffer chunk = ByteBuffer.allocate(12 + data.length);
        chunk.putInt(data.length).put(type.getBytes()).put(data);
        CRC32 crc = new CRC32();
        crc.update(chunk.array(), 4, 4 + data.length);
        return chunk.putInt((int) crc.getValue()).array();
    }
}
