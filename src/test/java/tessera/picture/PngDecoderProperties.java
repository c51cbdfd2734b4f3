package tessera.picture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.zip.CRC32;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import tessera.PictureCorpus;
import tessera.render.Picture;

/**
 * The PNG reader on damaged files: any byte string is a picture (as many pixels as its size says)
 * or a {@link PictureFormatException} in the user's words, never another exception, and never a
 * picture so large it would take the memory. The files are the corpus's PNGs of every colour type
 * and depth with bytes changed, cut, inserted or header fields rewritten, chunk checksums mended
 * half of the time so that the damage reaches the decoder past the checksum test.
 */
class PngDecoderProperties {
    private static final List<byte[]> CORPUS = corpus();

    // Edge cases off: combined over several generators they would fill every try.
    @Property(seed = "20261207", edgeCases = EdgeCasesMode.NONE)
    void anyDamagedPngIsAPictureOrARefusalInWords(@ForAll("damagedPngs") byte[] bytes) {
        Picture picture;
        try {
            picture = PictureFile.read(bytes).decode();
        } catch (PictureFormatException refused) {
            assertFalse(refused.getMessage() == null || refused.getMessage().isBlank(), "a refusal says why");
            return;
        }
        assertEquals((long) picture.width * picture.height, picture.pixels.length);
    }

    @Property(seed = "20261207")
    void anyBytesAtAllAreAPictureOrARefusalInWords(@ForAll("anyBytes") byte[] bytes) {
        try {
            PictureFile.read(bytes).decode();
        } catch (PictureFormatException refused) {
            assertFalse(refused.getMessage() == null || refused.getMessage().isBlank(), "a refusal says why");
        }
    }

    @Provide
    Arbitrary<byte[]> anyBytes() {
        Arbitrary<byte[]> signature = Arbitraries.just(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
        return Arbitraries.oneOf(Arbitraries.bytes().array(byte[].class).ofMaxSize(200),
                net.jqwik.api.Combinators.combine(signature, Arbitraries.bytes().array(byte[].class).ofMaxSize(200))
                        .as((s, rest) -> concat(s, rest)));
    }

    @Provide
    Arbitrary<byte[]> damagedPngs() {
        return net.jqwik.api.Combinators.combine(Arbitraries.integers().between(0, CORPUS.size() - 1), Arbitraries.longs(),
                Arbitraries.integers().between(1, 6), Arbitraries.of(true, false))
                .as((index, seed, damages, mend) -> damage(CORPUS.get(index), new Random(seed), damages, mend));
    }

    private static byte[] damage(byte[] png, Random random, int damages, boolean mend) {
        byte[] bytes = png.clone();
        for (int i = 0; i < damages; i++) {
            switch (random.nextInt(5)) {
                case 0:
                    bytes[8 + random.nextInt(bytes.length - 8)] ^= (byte) (1 << random.nextInt(8));
                    break;
                case 1:
                    bytes = Arrays.copyOf(bytes, 8 + random.nextInt(bytes.length - 8));
                    break;
                case 2: {
                    int at = 8 + random.nextInt(bytes.length - 8);
                    byte[] inserted = new byte[1 + random.nextInt(16)];
                    random.nextBytes(inserted);
                    bytes = concat(concat(Arrays.copyOf(bytes, at), inserted), Arrays.copyOfRange(bytes, at, bytes.length));
                    break;
                }
                case 3: {
                    // a header field (width, height, depth, colour type, interlace) set to an edge value
                    int field = random.nextInt(5);
                    int[] offsets = {16, 20, 24, 25, 28};
                    int[] edges = {0, 1, 2, 3, 4, 6, 7, 8, 16, 255, 0x7fffffff, -1, 65535, 1 << 20};
                    int value = edges[random.nextInt(edges.length)];
                    if (offsets[field] + 4 <= bytes.length && field < 2) {
                        ByteBuffer.wrap(bytes).putInt(offsets[field], value);
                    } else if (offsets[field] < bytes.length) {
                        bytes[offsets[field]] = (byte) value;
                    }
                    break;
                }
                default:
                    bytes[8 + random.nextInt(bytes.length - 8)] = (byte) random.nextInt(256);
                    break;
            }
            if (bytes.length <= 8) {
                break;
            }
        }
        return mend ? mendChecksums(bytes) : bytes;
    }

    /** Every whole chunk's CRC recomputed, so that the damage inside it is read. */
    private static byte[] mendChecksums(byte[] bytes) {
        int at = 8;
        while (at + 12 <= bytes.length) {
            int length = ByteBuffer.wrap(bytes).getInt(at);
            if (length < 0 || at + 12L + length > bytes.length) {
                break;
            }
            CRC32 crc = new CRC32();
            crc.update(bytes, at + 4, 4 + length);
            ByteBuffer.wrap(bytes).putInt(at + 8 + length, (int) crc.getValue());
            at += 12 + length;
        }
        return bytes;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] joined = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, joined, a.length, b.length);
        return joined;
    }

    private static List<byte[]> corpus() {
        try {
            return PictureCorpus.pngs().stream().map(entry -> entry.bytes).toList();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
