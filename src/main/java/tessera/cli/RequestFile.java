package tessera.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import tessera.json.JsonReader;
import tessera.render.InvalidRequestException;

/**
 * Reads a request file: at most the reader's limit, so a huge or endless file ({@code /dev/zero})
 * is refused at once instead of filling the memory, and as UTF-8 text, naming the first byte that is not.
 */
final class RequestFile {
    private RequestFile() {
    }

    static String read(Path file) throws IOException {
        if (file.toString().isEmpty()) {
            throw new UsageException("--request needs a file name, got \"\"");
        }
        if (Files.isDirectory(file)) {
            throw new IOException("--request " + file + " is a folder, not a request file");
        }
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            bytes = in.readNBytes(JsonReader.MAX_LENGTH + 1);
        }
        if (bytes.length > JsonReader.MAX_LENGTH) {
            throw new InvalidRequestException("request", "the file " + file + " is longer than " + JsonReader.MAX_LENGTH
                    + " bytes, the limit for a request");
        }
        CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        try {
            return utf8.decode(buffer).toString();
        } catch (CharacterCodingException e) {
            throw new InvalidRequestException("request", "the file " + file + " is not UTF-8 text: byte "
                    + (buffer.position() + 1) + " of " + bytes.length + " (0x"
                    + Integer.toHexString(bytes[buffer.position()] & 0xff) + ") starts no UTF-8 character");
        }
    }
}
