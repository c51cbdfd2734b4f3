package tessera.e2e;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Anti-aliased pictures are the same bytes in the browser as on the JVM, and the tabs' Anti-aliasing control asks for them. */
class SupersamplingBrowserIT extends PageTest {
    @Test
    void supersampledPicturesAreTheJvmsOnEveryKindOfView() throws Exception {
        page.assertRendersLikeTheJvm("{\"workload\":\"mandelbrot\",\"width\":160,\"height\":90,\"params\":{\"maxIter\":500,"
                + "\"palette\":\"smooth\",\"supersample\":3}}");
        page.assertRendersLikeTheJvm("{\"workload\":\"mandelbrot\",\"width\":96,\"height\":54,\"params\":{\"maxIter\":4000,\"palette\":\"distance\","
                + "\"center\":{\"x\":\"-0.743643887037158704752191506114774\",\"y\":\"0.131825904205311970493132056385139\"},"
                + "\"zoom\":\"1e30\",\"supersample\":2}}");
        page.assertRendersLikeTheJvm("{\"workload\":\"julia\",\"width\":120,\"height\":80,\"params\":{\"maxIter\":300,\"palette\":\"equalised\","
                + "\"supersample\":4}}");
    }

    /** With 2 × 2 samples the picture iterates four times the points: the control's choice reaches the request. */
    @Test
    void theAntiAliasingControlAsksForSamples() {
        Map<String, Object> shown = chrome.await("""
                const $ = (id) => document.getElementById(id);
                const finished = () => / in [\\d.]+ (ms|s)/.test($('message').textContent) && $('cancel').disabled;
                const iterations = () => {
                  const [, n, scale] = /; ([\\d.]+)( million| billion)? iterations/.exec($('message').textContent) ?? [];
                  return Number(n) * (scale === ' million' ? 1e6 : scale === ' billion' ? 1e9 : 1);
                };
                let begun = false;
                new MutationObserver(() => { begun ||= $('message').textContent === 'Rendering…'; }).observe($('message'), {childList: true});
                // A new iteration count each time, so that the picture iterates rather than recolours what it kept.
                const choose = async (factor, maxIter) => {
                  begun = false;
                  $('tab-mandelbrot').click();
                  $('maxIter').value = maxIter;
                  $('supersample').value = factor;
                  $('supersample').dispatchEvent(new Event('change', {bubbles: true}));
                  while (!(begun && finished())) await new Promise((r) => setTimeout(r, 20));
                  return iterations();
                };
                const before = await choose('1', '901');
                return {before, after: await choose('2', '902'), message: $('message').textContent};""");
        double ratio = ((Number) shown.get("after")).doubleValue() / ((Number) shown.get("before")).doubleValue();
        assertTrue(ratio > 3.5 && ratio < 4.5, "four samples a pixel: " + shown);
    }
}
