package tessera.e2e;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Headless Debian Chromium driven by its matching chromedriver. Paths are given explicitly so
 * nothing is ever downloaded; a missing browser is a test failure that says what to install.
 */
final class Chrome implements AutoCloseable {
    private static final String BROWSER = System.getProperty("tessera.chromium", "/usr/bin/chromium");
    private static final String DRIVER = System.getProperty("tessera.chromedriver", "/usr/bin/chromedriver");

    // Selenium looks for a DevTools binding of this exact Chromium version at start and warns; none is needed.
    private static final java.util.logging.Logger DEVTOOLS_LOG = java.util.logging.Logger.getLogger("org.openqa.selenium.devtools");

    static {
        DEVTOOLS_LOG.setLevel(java.util.logging.Level.SEVERE);
    }

    final ChromeDriver driver;
    private final Path profile;

    private Chrome(ChromeDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    static Chrome start() throws Exception {
        for (String file : new String[] {BROWSER, DRIVER}) {
            if (!new File(file).canExecute()) {
                throw new IllegalStateException(file + " is missing: install Debian's chromium and chromium-driver "
                        + "(sudo apt-get install chromium chromium-driver), or run the README's test command, which does");
            }
        }
        Path profile = Files.createTempDirectory("tessera-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BROWSER);
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1400,1000", "--user-data-dir=" + profile,
                // performance.measureUserAgentSpecificMemory() answers at once instead of at the next idle collection.
                "--enable-blink-features=ForceEagerMeasureMemory");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(DRIVER))
                .usingAnyFreePort()
                .withEnvironment(Map.of(
                        "XDG_CACHE_HOME", profile.resolve("cache").toString(),
                        "XDG_CONFIG_HOME", profile.resolve("config").toString()))
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(120));
        return new Chrome(driver, profile);
    }

    /**
     * Runs {@code body} as the body of an async function in the page and returns what it returns;
     * a rejection comes back as {@code {thrown: message, name: error name}} so tests can assert on it.
     */
    @SuppressWarnings("unchecked")
    <T> T await(String body, Object... args) {
        String script = "const done = arguments[arguments.length - 1];"
                + "(async (...args) => {" + body + "})(...Array.prototype.slice.call(arguments, 0, -1))"
                + ".then(done, (e) => done({thrown: String(e && e.message || e), name: e && e.name,"
                + " field: e && e.field}));";
        return (T) ((JavascriptExecutor) driver).executeAsyncScript(script, args);
    }

    /** From the next page loaded on: the page sees a machine with {@code cores} cores (and starts a pool of that many). */
    void emulateCores(int cores) {
        driver.executeCdpCommand("Emulation.setHardwareConcurrencyOverride", Map.of("hardwareConcurrency", cores));
    }

    /**
     * From the next page loaded on: counts the page's Web Workers started and not yet terminated
     * (a worker that dies on its own still counts), read with {@code window.liveWorkers()}.
     */
    void countWorkers() {
        driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source",
                "(() => { const Started = window.Worker; let live = 0; window.liveWorkers = () => live;"
                + " window.Worker = class extends Started {"
                + "  constructor(...args) { super(...args); live++; this.counted = true; }"
                + "  terminate() { if (this.counted) { this.counted = false; live--; } super.terminate(); } }; })();"));
    }

    @Override
    public void close() throws Exception {
        try {
            driver.quit();
        } finally {
            try (var files = Files.walk(profile)) {
                files.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            }
        }
    }
}
