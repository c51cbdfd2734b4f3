package tessera.json;

/**
 * Text from a user (a file name, a field's value, a line of a model) as a message shows it: every
 * control character and bidirectional override written as an escape such as {@code \u001b}, so
 * that nothing in it reaches a terminal raw or turns a message round, and anything longer than
 * anyone types cut, with its length.
 */
public final class ShownText {
    /** Characters shown of a text before it is cut. */
    public static final int MAX_SHOWN = 80;

    private ShownText() {
    }

    /** The text escaped, and cut past {@link #MAX_SHOWN} characters. */
    public static String of(String text) {
        return of(text, MAX_SHOWN);
    }

    /** The text escaped, and cut past {@code max} characters. */
    public static String of(String text, int max) {
        int shown = Math.min(text.length(), max);
        StringBuilder out = new StringBuilder(shown + 16);
        for (int i = 0; i < shown; i++) {
            char c = text.charAt(i);
            if (isHidden(c)) {
                out.append("\\u");
                String hex = Integer.toHexString(c);
                for (int pad = hex.length(); pad < 4; pad++) {
                    out.append('0');
                }
                out.append(hex);
            } else {
                out.append(c);
            }
        }
        if (text.length() > max) {
            out.append("… (").append(text.length()).append(" characters)");
        }
        return out.toString();
    }

    /** The whole text escaped, never cut: for a message already made of shown parts. */
    public static String escaped(String text) {
        return of(text, Integer.MAX_VALUE);
    }

    private static boolean isHidden(char c) {
        return c < 0x20 || (c >= 0x7f && c < 0xa0) || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069);
    }
}
