package tessera.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import tessera.json.JsonReader;

class FieldReaderTest {
    private static java.math.BigDecimal decimal(String json) {
        return FieldReader.of(JsonReader.parse("{\"v\": " + json + "}"), "params").optionalDecimal("v", 100);
    }

    @Test
    void decimalsKeepEveryDigitAsNumbersOrStrings() {
        assertEquals(new java.math.BigDecimal("-0.74364388703715870475219150611477"), decimal("-0.74364388703715870475219150611477"));
        assertEquals(new java.math.BigDecimal("-0.74364388703715870475219150611477"), decimal("\"-0.74364388703715870475219150611477\""));
        for (String good : new String[] {"\".5\"", "\"5.\"", "\"+3\"", "\"1e-300\"", "\"3.2E1234\"", "12"}) {
            decimal(good);
        }
        for (String bad : new String[] {"\"1e\"", "\"e5\"", "\".\"", "\"0x10\"", "\"1,5\"", "\" \"", "true",
                "\"١٢\""}) {
            InvalidRequestException e = assertThrows(InvalidRequestException.class, () -> decimal(bad), bad);
            assertTrue(e.getMessage().contains(": must be a decimal number"), e.getMessage());
        }
        assertTrue(assertThrows(InvalidRequestException.class, () -> decimal("\"" + "1".repeat(101) + "\"")).getMessage()
                .contains(": may have at most 100 characters"));
    }
    @Test
    void aDecimalOfAbsurdSizeIsRefusedFromItsTextAndZeroIsZeroWhateverItsExponent() {
        for (String absurd : new String[] {"\"1e1234567890\"", "\"1e-99999999\"", "\"-2.5e100001\"", "\"0.001e-99998\"", "1e999999999"}) {
            InvalidRequestException e = assertThrows(InvalidRequestException.class, () -> decimal(absurd), absurd);
            assertTrue(e.getMessage().startsWith("params.v: must be 0 or between 1e-100000 and 1e100000 in size (far past any view), got "),
                    e.getMessage());
        }
        for (String zero : new String[] {"\"0e999999999\"", "\"-0.000e-99999999999\"", "0E+5"}) {
            assertEquals(java.math.BigDecimal.ZERO, decimal(zero), zero);
        }
        assertEquals(new java.math.BigDecimal("1e-100000"), decimal("\"1e-100000\""));
    }

    @Test
    void controlCharactersInAValueOrAFieldNameAreShownAsEscapes() {
        InvalidRequestException e = assertThrows(InvalidRequestException.class, () -> decimal("\"\\u001b]0;owned\\u0007\""));
        assertTrue(e.getMessage().contains("\\u001b]0;owned\\u0007"), e.getMessage());
        assertTrue(e.getMessage().chars().noneMatch(c -> c < 0x20), e.getMessage());
        FieldReader fields = FieldReader.of(JsonReader.parse("{\"\\u001b[2J\": 2}"), "params");
        InvalidRequestException unknown = assertThrows(InvalidRequestException.class, fields::rejectUnknownFields);
        assertTrue(unknown.getMessage().contains("\\u001b[2J") && unknown.getMessage().chars().noneMatch(c -> c < 0x20), unknown.getMessage());
    }

    @Test
    void aHugeUnknownFieldNameIsCutInTheMessageAndTheField() {
        String name = "x".repeat(10_000_000);
        FieldReader fields = FieldReader.of(JsonReader.parse("{\"maxIter\": 1, \"" + name + "\": 2}"), "params");
        fields.optionalInt("maxIter", 1, 10, 1);
        InvalidRequestException e = assertThrows(InvalidRequestException.class, fields::rejectUnknownFields);
        assertEquals("params." + "x".repeat(64) + "… (10000000 characters)", e.field());
        assertTrue(e.getMessage().length() < 300, e.getMessage().length() + " characters");
        assertTrue(e.getMessage().contains("unknown field"), e.getMessage());
    }

    @Test
    void anOrdinaryTypoStillGetsItsHint() {
        FieldReader fields = FieldReader.of(JsonReader.parse("{\"maxIterations\": 1}"), "params");
        fields.optionalInt("maxIter", 1, 10, 1);
        InvalidRequestException e = assertThrows(InvalidRequestException.class, fields::rejectUnknownFields);
        assertEquals("params.maxIterations", e.field());
        assertTrue(e.getMessage().contains("did you mean \"maxIter\"?"), e.getMessage());
    }

    @Test
    void rangesAreWrittenAsPeopleWriteNumbers() {
        FieldReader fields = FieldReader.of(JsonReader.parse("{\"size\": -1}"), "");
        InvalidRequestException e = assertThrows(InvalidRequestException.class, () -> fields.requiredDouble("size", 0, 1e9));
        assertEquals("size: must be a number from 0 to 1000000000, got -1", e.getMessage());
    }
}
