package tessera.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A deep view says what it is doing while it prepares, as a user sees it on the page: the reference
 * orbit's iterations counting up in the message and the bar, a timer running from the action, the
 * previous picture marked as such until the new one's tiles come, a summary timed from the action
 * with the preparing named, and Cancel at hand and heard at once in the middle of the orbit.
 */
class DeepRenderFeedbackIT extends PageTest {
    /** Inside the main cardioid at 10¹⁰⁰⁰⁰: the reference runs all its iterations, about a millisecond each. */
    private static final String DEEP_LINK = "#x=-0.1&y=0.0000001&zoom=1e10000&iter=%d";

    /**
     * Follows the link, noting each frame what the status bar says, until `until` (a condition
     * on the notes) holds; then, with `cancel`, presses Cancel and notes how long the page took to say so.
     */
    private static final String FOLLOW = """
            const [link, cancelAfterIterations] = args;
            const $ = (id) => document.getElementById(id);
            const frame = $('canvas-mandelbrot').parentElement;
            const notes = [];
            const note = () => notes.push({t: performance.now() - started, message: $('message').textContent, timer: $('timer').textContent,
              bar: $('progress').value, outOfDate: frame.classList.contains('out-of-date'), cancel: !$('cancel').disabled});
            const started = performance.now();
            location.hash = link;
            const deadline = started + 240000;
            let cancelledAfterMs = null;
            while (performance.now() < deadline) {
              await new Promise((r) => requestAnimationFrame(r));
              note();
              const last = notes[notes.length - 1];
              const orbit = /reference orbit, ([\\d,]+) of/.exec(last.message);
              if (cancelAfterIterations && orbit && Number(orbit[1].replaceAll(',', '')) >= cancelAfterIterations) {
                const pressed = performance.now();
                $('cancel').click();
                while ($('message').textContent !== 'Cancelled.' && performance.now() < deadline) {
                  await new Promise((r) => setTimeout(r, 1));
                }
                cancelledAfterMs = performance.now() - pressed;
                note();
                break;
              }
              if (/ in [\\d.]+ (ms|s)/.test(last.message)) break;
            }
            return {notes, cancelledAfterMs, wallMs: performance.now() - started};
            """;


    @BeforeAll
    void startFromAPicture() {
        // The start view's picture, which the deep one replaces.
        page.chrome.await("""
                const $ = (id) => document.getElementById(id);
                while (!/ in [\\d.]+ (ms|s)/.test($('message').textContent)) await new Promise((r) => setTimeout(r, 20));
                return {};""");
    }


    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> notes(Map<String, Object> followed) {
        return (List<Map<String, Object>>) followed.get("notes");
    }

    private static double seconds(String timer) {
        if (timer.endsWith(" ms")) {
            return Double.parseDouble(timer.replace(" ms", "")) / 1000;
        }
        String[] parts = timer.replace(" s", "").split(" min ");
        return parts.length == 2 ? 60 * Double.parseDouble(parts[0]) + Double.parseDouble(parts[1]) : Double.parseDouble(parts[0]);
    }

    @Test
    void theOrbitCountsUpTheTimerRunsFromTheActionAndThePreviousPictureIsMarked() {
        Map<String, Object> followed = page.chrome.await(FOLLOW, String.format(DEEP_LINK, 3000), 0);
        List<Map<String, Object>> notes = notes(followed);
        String seen = "seen: " + notes.stream().map(n -> n.get("t") + " " + n.get("message") + " " + n.get("timer")).distinct().toList();
        List<Map<String, Object>> preparing = notes.stream().filter(n -> ((String) n.get("message")).contains("reference orbit")).toList();
        List<String> counts = preparing.stream().map(n -> (String) n.get("message")).distinct().toList();
        assertTrue(counts.size() >= 3, "the orbit's iterations count up in the message: " + seen);
        for (Map<String, Object> each : preparing) {
            String message = (String) each.get("message");
            assertTrue(message.matches("Preparing the view: reference orbit, [\\d,]+ of 3,000 iterations…"), message);
            assertTrue((Boolean) each.get("outOfDate"), "the previous picture is marked while the orbit runs: " + each);
            assertTrue((Boolean) each.get("cancel"), "Cancel is on while the orbit runs: " + each);
        }
        double lastBar = ((Number) preparing.get(preparing.size() - 1).get("bar")).doubleValue();
        assertTrue(lastBar > 0.3, "the bar follows the orbit: " + lastBar);
        double timerWhilePreparing = seconds((String) preparing.get(preparing.size() - 1).get("timer"));
        double noteTime = ((Number) preparing.get(preparing.size() - 1).get("t")).doubleValue() / 1000;
        assertTrue(timerWhilePreparing >= 0.5 * noteTime && timerWhilePreparing <= noteTime + 0.5,
                "the timer runs from the action while preparing: " + timerWhilePreparing + " s at " + noteTime + " s");

        Map<String, Object> end = notes.get(notes.size() - 1);
        String summary = (String) end.get("message");
        assertTrue(summary.matches(".* in [\\d.]+ s \\([\\d.]+ (m?s) preparing the view, [\\d.]+ m?s the pixels\\).*"), summary);
        assertFalse((Boolean) end.get("outOfDate"), "the new picture is not marked: " + end);
        double wall = ((Number) followed.get("wallMs")).doubleValue() / 1000;
        double shown = seconds((String) end.get("timer"));
        // Shown to a tenth of a second below 10 s, to the second above.
        double rounding = shown >= 10 ? 0.5 : 0.05;
        assertTrue(shown >= 0.5 * wall && shown <= wall + rounding, "the time shown is from the action to the picture: " + shown + " s of " + wall + " s");
    }

    @Test
    void cancelInTheMiddleOfTheOrbitIsHeardAtOnceAndKeepsThePictureMarked() {
        // Far more iterations than the test waits for: what Cancel stops is the orbit in progress.
        Map<String, Object> followed = page.chrome.await(FOLLOW, String.format(DEEP_LINK, 200_000), 500);
        List<Map<String, Object>> notes = notes(followed);
        Map<String, Object> end = notes.get(notes.size() - 1);
        assertEquals("Cancelled.", end.get("message"), "seen: " + notes.subList(Math.max(0, notes.size() - 3), notes.size()));
        double heard = ((Number) followed.get("cancelledAfterMs")).doubleValue();
        assertTrue(heard < 250, "Cancel is heard within 250 ms: " + heard);
        assertTrue((Boolean) end.get("outOfDate"), "the picture left is the previous one, marked: " + end);
        // The page works on: the start view renders again.
        Map<String, Object> again = page.chrome.await(FOLLOW, "#x=-0.5&y=0&zoom=1&iter=200", 0);
        Map<String, Object> last = notes(again).get(notes(again).size() - 1);
        assertTrue(((String) last.get("message")).contains(" in "), "the next render finishes: " + last);
        assertFalse((Boolean) last.get("outOfDate"), "and is not marked: " + last);
    }

    /** The status message is an alert: while a render runs and its message stays the same, it is not written (and announced) again. */
    @Test
    void theMessageIsWrittenOnlyWhenItChanges() {
        Map<String, Object> counted = chrome.await("""
                const $ = (id) => document.getElementById(id);
                // Every point of the set iterated to the end: seconds of tiles under one message.
                const request = {workload: 'mandelbrot', width: 1920, height: 1080, params: {maxIter: 200000, shortcuts: false}};
                let writes = 0;
                const watching = new MutationObserver((records) => { writes += records.length; });
                const rendering = window.tessera.render(request).catch((e) => e.name);
                while ($('message').textContent !== 'Rendering…') await new Promise((r) => setTimeout(r, 10));
                watching.observe($('message'), {childList: true, characterData: true, subtree: true});
                // A second of the timer's redraws (five a second) while the message stays 'Rendering…'.
                const until = performance.now() + 1000;
                while (performance.now() < until && $('message').textContent === 'Rendering…') await new Promise((r) => setTimeout(r, 50));
                const still = $('message').textContent === 'Rendering…';
                watching.disconnect();
                window.tessera.cancel();
                await rendering;
                return {writes, still};""");
        assertTrue((Boolean) counted.get("still"), "the render ran the whole second: " + counted);
        assertEquals(0L, counted.get("writes"), "the unchanged message was not written again: " + counted);
    }
}
