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
        Chrome chrome = null;
        try {
            chrome = Chrome.start();
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
    Map<String, Object> render(String requestJson, int workers) {
        return chrome.await("return await window.tessera.render({...JSON.parse(args[0]), workers: args[1]});",
                requestJson, workers);
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
