package tessera.mandelbrot;

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
    void agreesWithMathLogToTwelveDigits() {
        Random random = new Random(42);
        for (int i = 0; i < 100_000; i++) {
            double x = Math.exp(random.nextDouble() * 200 - 100);
            double expected = Math.log(x) / Math.log(2);
            assertEquals(expected, ExactLog.log2(x), 1e-11 * Math.max(1, Math.abs(expected)), "x = " + x);
        }
    }
}
