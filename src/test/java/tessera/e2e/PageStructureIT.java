package tessera.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.htmlunit.BrowserVersion;
import org.htmlunit.WebClient;
import org.htmlunit.html.DomElement;
import org.htmlunit.html.HtmlAnchor;
import org.htmlunit.html.HtmlElement;
import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tessera.server.ServerConfig;

/**
 * The page as a browser without WebAssembly or module scripts sees it (HtmlUnit): it must still be a
 * complete, labelled page that explains why it cannot render. And the hosting page it links to.
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
        assertTrue(text.contains("cannot run JavaScript modules"), text);
        assertTrue(text.contains("WebAssembly"), text);
        assertEquals("Not supported in this browser.", page.getElementById("status").getTextContent());
    }

    @Test
    void theHostingPageListsExactlyTheHeadersOfServerConf() throws Exception {
        HtmlPage hosting = client.getPage(site.baseUrl + "hosting.html");
        ServerConfig config = ServerConfig.read(Path.of("server.conf"));
        List<String> expected = new ArrayList<>();
        config.headers.forEach((name, value) -> expected.add(name + ": " + value));
        expected.add("Content-Type: application/wasm  (for .wasm files)");
        assertEquals(expected, List.of(hosting.getElementById("all-headers").getTextContent().split("\n")));
        HtmlAnchor banner = (HtmlAnchor) page.getElementById("transfer-note").getElementsByTagName("a").get(0);
        assertEquals("hosting.html", banner.getHrefAttribute());
        assertEquals("./", hosting.getAnchorByText("Back to Tessera").getHrefAttribute());
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
        assertNotNull(page.getElementById("canvas-mandelbrot"));
        assertNotNull(page.getElementById("progress"));
        assertNotNull(page.getElementById("timer"));
        HtmlElement engine = page.getHtmlElementById("engine");
        assertEquals(2, engine.getElementsByTagName("option").size());
    }
}
