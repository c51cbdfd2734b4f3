package tessera.e2e;

import java.util.Map;

/** Tessera's page open in headless Chromium, served by the dev server; closing it stops both. */
final class BrowserPage implements AutoCloseable {
    final Site site;
    final Chrome chrome;

    private BrowserPage(Site site, Chrome chrome) {
        this.site = site;
        this.chrome = chrome;
    }

    /** Opens the page served with the project's server.conf and waits for the worker pool. */
    static BrowserPage open() throws Exception {
        return open(Site.start(), true);
    }

    static BrowserPage open(Site site, boolean awaitReady) throws Exception {
        return open(site, awaitReady, false);
    }

    /** As {@link #open(Site, boolean)}; with {@code countWorkers}, the page can say how many workers live (see {@link Chrome#countWorkers}). */
    static BrowserPage open(Site site, boolean awaitReady, boolean countWorkers) throws Exception {
        Chrome chrome = null;
        try {
            chrome = Chrome.start();
            if (countWorkers) {
                chrome.countWorkers();
            }
            chrome.driver.get(site.baseUrl);
            BrowserPage page = new BrowserPage(site, chrome);
            if (awaitReady) {
                Map<String, Object> ready = chrome.await("return await window.tessera.ready;");
                if (ready.containsKey("thrown")) {
                    throw new IllegalStateException("the pool did not start: " + ready.get("thrown"));
                }
            }
            return page;
        } catch (Exception | Error e) {
            if (chrome != null) {
                chrome.close();
            }
            site.close();
            throw e;
        }
    }

    /** Renders the request (JSON text) with the given number of workers and returns the result object. */
    /** Renders the request whole, every pass, even where the last render left a pass's output to reuse. */
    Map<String, Object> render(String requestJson, int workers) {
        return chrome.await("return await window.tessera.render({...JSON.parse(args[0]), workers: args[1]}, {reuse: false});",
                requestJson, workers);
    }

    /** SHA-256 of the RGBA bytes the canvas shows. */
    String canvasHash() {
        return chrome.await("const c = document.querySelector('.stage:not([hidden]) canvas.picture:not(#before)');"
                + "const bytes = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;"
                + "const digest = await crypto.subtle.digest('SHA-256', bytes);"
                + "return Array.from(new Uint8Array(digest), b => b.toString(16).padStart(2, '0')).join('');");
    }

    /**
     * Renders the request on 1 and on 2 workers and asserts both hash like the JVM command line run
     * on a request file in the site folder (so image paths resolve as the page resolves them).
     */
    void assertRendersLikeTheJvm(String request) throws Exception {
        String jvm = Cli.hash(request, 2, Site.siteDir());
        Map<String, Object> one = render(request, 1);
        Map<String, Object> two = render(request, 2);
        org.junit.jupiter.api.Assertions.assertEquals(jvm, one.get("hash"), "1 worker: " + one);
        org.junit.jupiter.api.Assertions.assertEquals(jvm, two.get("hash"), "2 workers: " + two);
        java.util.regex.Matcher workload = java.util.regex.Pattern.compile("\"workload\":\"(\\w+)\"").matcher(request);
        System.out.printf("%s %s×%s: 1 worker %.0f ms, 2 workers %.0f ms%n", workload.find() ? workload.group(1) : "?", two.get("width"),
                two.get("height"), ((Number) one.get("ms")).doubleValue(), ((Number) two.get("ms")).doubleValue());
    }

    @Override
    public void close() throws Exception {
        try {
            chrome.close();
        } finally {
            site.close();
        }
    }
}
