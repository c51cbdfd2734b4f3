package tessera.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import tessera.BadRequests;

/** window.tessera refuses bad requests with a message naming the field, and keeps working afterwards. */
class BadRequestBrowserIT extends PageTest {
    private static final String GOOD = "{\"workload\":\"mandelbrot\",\"width\":160,\"height\":90,\"params\":{\"maxIter\":200}}";

    private void assertRefused(Map<String, Object> outcome, String field) {
        assertEquals("RequestError", outcome.get("name"), outcome.toString());
        assertEquals(field, outcome.get("field"), outcome.toString());
        assertTrue(String.valueOf(outcome.get("thrown")).startsWith(field + ": "), outcome.toString());
        assertEquals(outcome.get("thrown"), chrome.driver.findElement(org.openqa.selenium.By.id("message")).getText(),
                "the page shows the message");
    }

    @ParameterizedTest
    @MethodSource("tessera.BadRequests#all")
    void refusesTheSharedCorpus(BadRequests.Case bad) {
        assertRefused(chrome.await("return await window.tessera.render(args[0]);", bad.json), bad.field);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "({workload: 'mandelbrot', width: NaN, height: 10})                     | width",
        "({workload: 'mandelbrot', width: 10, height: Infinity})                | height",
        "({workload: 'mandelbrot', width: 10, height: 10, params: {maxIter: -Infinity}}) | params.maxIter",
        "({workload: 'mandelbrot', width: undefined, height: 10})               | width",
        "42                                                                      | request",
        "null                                                                    | request",
        "[]                                                                      | request",
    })
    void refusesValuesThatOnlyJavaScriptCanExpress(String expression, String field) {
        assertRefused(chrome.await("return await window.tessera.render(" + expression + ");"), field);
    }

    @Test
    void rendersCorrectlyAfterRefusals() throws Exception {
        chrome.await("try { await window.tessera.render({workload: 'mandelbrot', width: -1}); } catch (e) {} return 0;");
        Map<String, Object> result = chrome.await("return await window.tessera.render(JSON.parse(args[0]));", GOOD);
        assertEquals(Cli.hash(GOOD, 1), result.get("hash"), result.toString());
    }
}
