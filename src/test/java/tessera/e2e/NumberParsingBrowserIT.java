package tessera.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The compiled Java in the browser reads numbers exactly as the JVM does. A literal exactly halfway
 * between a whole number and the next double rounds to the whole number (ties to even), so a width
 * written that way is accepted; rounding it the other way would make it a fraction and refuse it.
 */
class NumberParsingBrowserIT extends PageTest {
    @Test
    void halfwayLiteralsRoundToEvenInTheBrowserToo() {
        List<String> literals = new ArrayList<>();
        for (long n : new long[] {1, 3, 7, 100, 1000, 4095, 9999, 16384}) {
            BigDecimal whole = BigDecimal.valueOf(n);
            literals.add(whole.add(new BigDecimal(Math.ulp((double) n)).divide(BigDecimal.valueOf(2))).toPlainString());
            literals.add(whole.subtract(new BigDecimal(n - Math.nextDown((double) n)).divide(BigDecimal.valueOf(2))).toPlainString());
        }
        for (String literal : literals) {
            Map<String, Object> outcome = chrome.await("try { const r = await window.tessera.render("
                    + "'{\"workload\":\"mandelbrot\",\"height\":1,\"width\":' + args[0] + '}'); return {width: r.width}; }"
                    + " catch (e) { return {error: e.message}; }", literal);
            long expected = new BigDecimal(literal).setScale(0, java.math.RoundingMode.HALF_EVEN).longValueExact();
            assertEquals(expected, outcome.get("width"), literal + " → " + outcome);
        }
    }

    @Test
    void hugeExponentsAreInfiniteNotWrappedAround() {
        Map<String, Object> outcome = chrome.await("try { await window.tessera.render("
                + "'{\"workload\":\"mandelbrot\",\"width\":8,\"height\":8,\"params\":{\"zoom\":1e4294967297}}'); return {rendered: true}; }"
                + " catch (e) { return {field: e.field, error: e.message}; }");
        assertEquals("params.zoom", outcome.get("field"), outcome.toString());
        assertTrue(String.valueOf(outcome.get("error")).endsWith("got 1e4294967297"), outcome.toString());
    }
}
