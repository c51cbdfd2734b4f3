package tessera.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * What {@link DecimalShape} tells from a decimal's text alone agrees with BigDecimal's arithmetic on
 * it: whether it is one, whether it is zero, and the power of ten of its leading digit (saturated
 * far out). Texts are drawn from the grammar, with leading zeros, long digit runs and exponents of
 * every size; and from near-decimals that either reader may refuse.
 */
class DecimalShapeProperties {
    @Property(seed = JsonReaderProperties.SEED, edgeCases = EdgeCasesMode.NONE)
    void theShapeOfADecimalIsWhatBigDecimalMakesOfIt(@ForAll("decimals") String text) {
        DecimalShape shape = DecimalShape.of(text);
        BigDecimal value = new BigDecimal(text);
        assertEquals(true, shape.valid, text);
        assertEquals(value.signum() == 0, shape.zero, text);
        if (!shape.zero) {
            long lead = (long) value.precision() - value.scale() - 1;
            long saturated = Math.max(-2L * DecimalShape.MAX_EXPONENT, Math.min(2L * DecimalShape.MAX_EXPONENT, lead));
            assertEquals(saturated, shape.leadExponent, text);
        }
    }

    @Property(seed = JsonReaderProperties.SEED, edgeCases = EdgeCasesMode.NONE)
    void aTextIsADecimalExactlyWhenBigDecimalReadsIt(@ForAll("nearDecimals") String text) {
        boolean readable;
        try {
            new BigDecimal(text);
            readable = true;
        } catch (NumberFormatException e) {
            readable = false;
        }
        assertEquals(readable, DecimalShape.of(text).valid, text);
    }

    @Provide
    Arbitrary<String> decimals() {
        Arbitrary<String> sign = Arbitraries.of("", "-", "+");
        Arbitrary<String> whole = Arbitraries.strings().withChars("0000123456789").ofMinLength(0).ofMaxLength(30);
        Arbitrary<String> fraction = Arbitraries.oneOf(Arbitraries.just(""),
                Arbitraries.strings().withChars("0000000123456789").ofMinLength(0).ofMaxLength(30).map(d -> "." + d));
        Arbitrary<String> exponent = Arbitraries.oneOf(Arbitraries.just(""),
                Arbitraries.integers().between(-400, 400).map(e -> "e" + e),
                Arbitraries.integers().between(-999_999_999, 999_999_999).map(e -> "E" + (e >= 0 ? "+" : "") + e),
                Arbitraries.integers().between(99_990, 100_010).map(e -> "e-" + e));
        return Combinators.combine(sign, whole, fraction, exponent).as((s, w, f, e) -> s + w + f + e)
                .filter(t -> t.chars().anyMatch(Character::isDigit) && !t.matches("[+-]?\\.?([eE].*)?"))
                .filter(t -> hasDigitBeforeExponent(t));
    }

    /** Decimal-looking text with a character changed, dropped or doubled: both readers must say the same of it. */
    @Provide
    Arbitrary<String> nearDecimals() {
        return Combinators.combine(decimals(), Arbitraries.integers().between(0, 40), Arbitraries.of("", ".", "e", "-", "+", "x", "ee", " "))
                .as((text, at, insert) -> {
                    int i = Math.min(at, text.length());
                    return text.substring(0, i) + insert + text.substring(Math.min(text.length(), i + (at % 2)));
                })
                .filter(t -> !t.isEmpty() && t.length() < 80 && !t.contains(" ") && exponentFitsAnInt(t));
    }

    private static boolean hasDigitBeforeExponent(String text) {
        int e = Math.max(text.indexOf('e'), text.indexOf('E'));
        String mantissa = e < 0 ? text : text.substring(0, e);
        return mantissa.chars().anyMatch(Character::isDigit);
    }

    /** BigDecimal refuses exponents past an int's range; DecimalShape takes them (and saturates). */
    private static boolean exponentFitsAnInt(String text) {
        int e = Math.max(text.indexOf('e'), text.indexOf('E'));
        if (e < 0) {
            return true;
        }
        String digits = text.substring(e + 1).replaceFirst("^[+-]", "");
        return digits.length() < 10;
    }
}
