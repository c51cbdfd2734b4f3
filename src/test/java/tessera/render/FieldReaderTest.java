package tessera.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class FieldReaderTest {
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
