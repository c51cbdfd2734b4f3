package tessera.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.htmlunit.BrowserVersion;
import org.htmlunit.WebClient;
import org.htmlunit.html.DomElement;
import org.htmlunit.html.HtmlElement;
import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The page as a browser without WebAssembly, SharedArrayBuffer or module scripts sees it (HtmlUnit):
 * it must still be a complete, labelled page that explains why it cannot render.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PageStructureIT {
    private Site site;
    private WebClient client;
    private HtmlPage page;

    @BeforeAll
    void load() throws Exception {
        site = Site.start();
        client = new WebClient(BrowserVersion.FIREFOX_ESR);
        client.getOptions().setThrowExceptionOnScriptError(true);
        client.getOptions().setCssEnabled(false);
        page = client.getPage(site.baseUrl);
        client.waitForBackgroundJavaScript(2000);
    }

    @AfterAll
    void close() {
        if (client != null) {
            client.close();
        }
        if (site != null) {
            site.close();
        }
    }

    @Test
    void explainsWhyItCannotRunInsteadOfShowingABlankPage() {
        DomElement box = page.getElementById("unsupported");
        assertFalse(box.hasAttribute("hidden"), "the explanation must be visible");
        String text = box.getTextContent();
        assertTrue(text.contains("cannot run here"), text);
        assertTrue(text.contains("SharedArrayBuffer"), text);
        assertTrue(text.contains("Cross-Origin-Opener-Policy: same-origin"), text);
        assertTrue(text.contains("Cross-Origin-Embedder-Policy: require-corp"), text);
        assertTrue(text.contains("WebAssembly"), text);
        assertEquals("Not supported in this browser.", page.getElementById("status").getTextContent());
    }

    @Test
    void hasTheControlsAndTheirLabels() {
        assertEquals("Tessera — parallel rendering from Java", page.getTitleText());
        for (String id : List.of("width", "height", "maxIter", "palette", "workers", "tileSize", "engine")) {
            DomElement control = page.getElementById(id);
            assertNotNull(control, id);
            DomElement label = (DomElement) control.getParentNode();
            assertEquals("label", label.getTagName(), id + " must sit inside its label");
            assertFalse(label.getTextContent().trim().isEmpty(), id);
        }
        assertEquals("Render", page.getElementById("render").getTextContent().trim());
        assertEquals("Cancel", page.getElementById("cancel").getTextContent().trim());
        assertNotNull(page.getElementById("canvas"));
        assertNotNull(page.getElementById("progress"));
        assertNotNull(page.getElementById("timer"));
        HtmlElement engine = page.getHtmlElementById("engine");
        assertEquals(2, engine.getElementsByTagName("option").size());
    }
}
