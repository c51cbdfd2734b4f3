package tessera.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

class ShownTextTest {
    @Test
    void controlCharactersAndOverridesAreEscapedAndLongTextIsCutWithItsLength() {
        assertEquals("a\\u001b]0;x\\u0007b", ShownText.of("a\u001b]0;x\u0007b"));
        assertEquals("\\u202eevil", ShownText.of("\u202eevil"));
        assertEquals("tab\\u0009and\\u000anewline", ShownText.of("tab\tand\nnewline"));
        assertEquals("Ünïcödé ≥ ∞", ShownText.of("Ünïcödé ≥ ∞"));
        assertEquals("abc… (10 characters)", ShownText.of("abcdefghij", 3));
        assertEquals("x".repeat(ShownText.MAX_SHOWN) + "… (10000000 characters)", ShownText.of("x".repeat(10_000_000)));
    }

    @Test
    void whatIsShownHasNoControlCharacterAndReadsBackToTheTextItShows() {
        Random random = new Random(20261207);
        for (int trial = 0; trial < 2000; trial++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(120);
            for (int i = 0; i < length; i++) {
                text.append((char) (random.nextInt(4) == 0 ? random.nextInt(0x40) : random.nextInt(0x3000)));
            }
            String shown = ShownText.of(text.toString());
            assertTrue(shown.chars().noneMatch(c -> c < 0x20 || (c >= 0x7f && c < 0xa0) || (c >= 0x202a && c <= 0x202e)), shown);
            String kept = text.length() > ShownText.MAX_SHOWN ? text.substring(0, ShownText.MAX_SHOWN) : text.toString();
            String body = text.length() > ShownText.MAX_SHOWN ? shown.substring(0, shown.lastIndexOf("… (")) : shown;
            assertEquals(kept, unescape(body), "trial " + trial);
        }
    }

    private static String unescape(String shown) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < shown.length(); i++) {
            if (shown.startsWith("\\u", i) && i + 6 <= shown.length()) {
                out.append((char) Integer.parseInt(shown.substring(i + 2, i + 6), 16));
                i += 5;
            } else {
                out.append(shown.charAt(i));
            }
        }
        return out.toString();
    }
}
