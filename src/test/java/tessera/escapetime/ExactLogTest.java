package tessera.escapetime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

class ExactLogTest {
    @Test
    void powersOfTwoAreExact() {
        for (int e = -1000; e <= 1000; e += 37) {
            assertEquals(e, ExactLog.log2(Math.scalb(1.0, e)), 0.0);
        }
    }

    @Test
    void theTableIsWithinThreeMillionthsOfMathLog() {
        Random random = new Random(42);
        for (int i = 0; i < 100_000; i++) {
            double x = Math.exp(random.nextDouble() * 200 - 100);
            double expected = Math.log(x) / Math.log(2);
            assertEquals(expected, ExactLog.log2(x), 3e-6, "x = " + x);
        }
    }

    @Test
    void theSeriesTheTableIsBuiltFromAgreesWithMathLogToTwelveDigits() {
        for (int i = 0; i <= 1000; i++) {
            double m = 1.0 + i / 1000.0;
            assertEquals(Math.log(m) / Math.log(2), ExactLog.series(m), 1e-12, "m = " + m);
        }
    }
}
