package tessera.e2e;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;

/** Base of the test classes that share one page in Chromium for all their tests. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class PageTest {
    protected BrowserPage page;
    protected Chrome chrome;

    @BeforeAll
    void openPage() throws Exception {
        page = BrowserPage.open();
        chrome = page.chrome;
    }

    @AfterAll
    void closePage() throws Exception {
        if (page != null) {
            page.close();
        }
    }
}
