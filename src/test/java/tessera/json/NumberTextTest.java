package tessera.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NumberTextTest {
    @ParameterizedTest
    @CsvSource({"0, 0", "1e9, 1000000000", "-2.5, -2.5", "0.001, 0.001", "1e15, 1e15", "1e300, 1e300",
        "1.5e-7, 1.5e-7", "179.999, 179.999", "-1e6, -1000000"})
    void writesNumbersAsPeopleDoAndReadsBackTheSame(double value, String text) {
        assertEquals(text, NumberText.of(value));
        assertEquals(value, Double.parseDouble(text));
    }
}
