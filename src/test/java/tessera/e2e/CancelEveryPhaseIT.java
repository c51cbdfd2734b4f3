package tessera.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every phase of a render can be cancelled, in both modes: a deep view whose reference orbit takes
 * minutes to prepare on the first worker, and a minibrot search there, end at once when cancelled
 * by cancel(), by an AbortSignal or by a newer render; the first worker is replaced if it does not
 * yield, and the next render is right. Without this the next render waited minutes behind them.
 */
class CancelEveryPhaseIT {
    /** 33 characters of link: a reference of a million iterations at 10,030 digits. */
    private static final String SLOW = "{\"workload\":\"mandelbrot\",\"width\":64,\"height\":36,\"params\":{\"center\":"
            + "{\"x\":\"-0.1\",\"y\":\"0.0000001\"},\"zoom\":\"1e10000\",\"maxIter\":1000000}}";
    private static final String NEXT = "{\"workload\":\"mandelbrot\",\"width\":160,\"height\":90,\"params\":{\"maxIter\":300}}";

    /** Runs a render (or a find) of SLOW, waits until its prepare is on the first worker, and cancels it `how`. */
    private static final String CANCEL_IN_PREPARE = "const [slow, next, how, what] = [JSON.parse(args[0]), JSON.parse(args[1]), args[2], args[3]];"
            + "const t = window.tessera; const controller = new AbortController();"
            + "let preparing; const prepared = new Promise(r => { preparing = r; });"
            + "const started = what === 'find'"
            + "  ? (setTimeout(preparing, 0), t.find(slow, {signal: controller.signal}))"
            + "  : t.render(slow, {signal: controller.signal, onProgress: p => { if (p.phase === 'prepare') preparing(); }});"
            + "const outcome = started.then(() => 'finished', e => e.name);"
            + "await prepared;"
            // The worker is given time to be deep in its work: what is cancelled is a running prepare.
            + "await new Promise(r => setTimeout(r, 1500));"
            + "const cancelledAt = performance.now();"
            + "let newer = null;"
            + "if (how === 'cancel') t.cancel(); else if (how === 'signal') controller.abort(); else newer = t.render(next);"
            + "const first = await outcome; const heardMs = performance.now() - cancelledAt;"
            // A hang detector, not a timing: before the fix the next render waited minutes.
            + "const result = await Promise.race([newer ?? t.render(next), new Promise(r => setTimeout(() => r({hash: 'still waiting after 60 s'}), 60000))]);"
            + "return {first, heardMs, hash: result.hash, nextMs: performance.now() - cancelledAt, workers: (await t.ready).workers, live: window.liveWorkers()};";

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void aPrepareOrAFindOnTheFirstWorkerIsCancelledAtOnceByEveryMeans(boolean isolated) throws Exception {
        String expected = Cli.hash(NEXT, 2);
        try (BrowserPage page = BrowserPage.open(isolated ? Site.start() : Site.startWithoutIsolation(), true, true)) {
            for (String what : List.of("render", "find")) {
                for (String how : List.of("cancel", "signal", "newer")) {
                    Map<String, Object> outcome = page.chrome.await(CANCEL_IN_PREPARE, SLOW, NEXT, how, what);
                    String label = what + " cancelled by " + how + ": " + outcome;
                    System.out.printf("%s, %s by %s: rejected after %.0f ms, next picture after %.0f ms%n", isolated ? "shared" : "transfer",
                            what, how, ((Number) outcome.get("heardMs")).doubleValue(), ((Number) outcome.get("nextMs")).doubleValue());
                    assertEquals("AbortError", outcome.get("first"), label);
                    assertEquals(expected, outcome.get("hash"), label);
                    assertEquals(outcome.get("workers"), outcome.get("live"), "no worker kept beyond the pool: " + label);
                }
            }
        }
    }
}
