package tessera.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tessera.PictureCorpus;
import tessera.jvm.FrameHash;

/**
 * Pictures decode to the same bytes in the browser as on the JVM (the pipeline with no filters
 * shows a picture as it was read): every PNG kind to the pixels the rule gives its samples, every
 * JPEG kind as the command line reads it, EXIF orientation as the browser itself applies it, and
 * the refused kinds refused in the same words.
 */
class PictureDecodingBrowserIT extends PageTest {
    private static final String DIR = "corpus";
    private List<PictureCorpus.Entry> pngs;
    private List<PictureCorpus.Entry> jpegs;

    @BeforeAll
    void writeCorpus() throws Exception {
        pngs = PictureCorpus.pngs();
        jpegs = new ArrayList<>(PictureCorpus.jpegs());
        jpegs.add(PictureCorpus.flatGrey());
        writeCorpus(Site.siteDir());
    }

    /** The corpus, a CMYK JPEG and a GIF in {@code site}/corpus, where {@link #request} finds them. */
    static void writeCorpus(Path site) throws Exception {
        Path dir = Files.createDirectories(site.resolve(DIR));
        List<PictureCorpus.Entry> all = new ArrayList<>(PictureCorpus.pngs());
        all.addAll(PictureCorpus.jpegs());
        all.add(PictureCorpus.flatGrey());
        for (PictureCorpus.Entry entry : all) {
            Files.write(dir.resolve(entry.name), entry.bytes);
        }
        Files.write(dir.resolve("cmyk.jpg"), PictureCorpus.cmykJpeg());
        ByteArrayOutputStream gif = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB), "gif", gif);
        Files.write(dir.resolve("picture.gif"), gif.toByteArray());
    }

    static String request(String name) {
        return "{\"workload\":\"pipeline\",\"params\":{\"image\":\"" + DIR + "/" + name + "\",\"ops\":[]}}";
    }

    @Test
    void everyPngKindShowsThePixelsTheRuleGivesItsSamples() {
        List<String> wrong = new ArrayList<>();
        for (PictureCorpus.Entry entry : pngs) {
            Object hash = page.render(request(entry.name), 2).get("hash");
            if (!FrameHash.sha256(entry.expected).equals(hash)) {
                wrong.add(entry.name);
            }
        }
        assertEquals(List.of(), wrong, "of " + pngs.size());
    }

    @Test
    void everyJpegKindDecodesLikeTheCommandLine() throws Exception {
        List<String> wrong = new ArrayList<>();
        for (PictureCorpus.Entry entry : jpegs) {
            String request = request(entry.name);
            if (!Cli.hash(request, 1, Site.siteDir()).equals(page.render(request, 2).get("hash"))) {
                wrong.add(entry.name);
            }
        }
        assertEquals(List.of(), wrong, "of " + jpegs.size());
    }

    @Test
    void theOrientationIsTheOneTheBrowserItselfApplies() {
        for (int orientation = 1; orientation <= 8; orientation++) {
            String name = "orientation-" + orientation + ".jpg";
            String native_ = chrome.await("const blob = await (await fetch(args[0])).blob();"
                    + "const bitmap = await createImageBitmap(blob, {imageOrientation: 'from-image', colorSpaceConversion: 'none'});"
                    + "const context = new OffscreenCanvas(bitmap.width, bitmap.height).getContext('2d');"
                    + "context.drawImage(bitmap, 0, 0);"
                    + "const bytes = context.getImageData(0, 0, bitmap.width, bitmap.height).data;"
                    + "const digest = await crypto.subtle.digest('SHA-256', bytes);"
                    + "return Array.from(new Uint8Array(digest), b => b.toString(16).padStart(2, '0')).join('');",
                    DIR + "/" + name);
            assertEquals(native_, page.render(request(name), 2).get("hash"), name);
        }
    }

    @Test
    void theJavaScriptEngineReadsPicturesAlike() {
        List<String> names = List.of("palette2-alpha-interlaced.png", "rgba16.png", "orientation-6.jpg", "grey.jpg");
        List<Object> wasm = new ArrayList<>();
        names.forEach(name -> wasm.add(page.render(request(name), 2).get("hash")));
        chrome.await("await window.tessera.useEngine('js'); return true;");
        try {
            List<Object> js = new ArrayList<>();
            names.forEach(name -> js.add(page.render(request(name), 2).get("hash")));
            assertEquals(wasm, js);
        } finally {
            chrome.await("await window.tessera.useEngine('wasm'); return true;");
        }
    }

    @Test
    void refusedKindsAreRefusedInTheSameWordsOnBothSides() throws Exception {
        Map<String, String> reasons = Map.of(
                "cmyk.jpg", "it is a CMYK JPEG, whose colours browsers and the JVM do not convert alike; save it as an RGB JPEG or a PNG",
                "picture.gif", "it is a GIF picture; Tessera reads PNG and JPEG pictures");
        for (Map.Entry<String, String> reason : reasons.entrySet()) {
            String request = request(reason.getKey());
            String expected = "params.image: cannot load \"" + DIR + "/" + reason.getKey() + "\": " + reason.getValue();
            Map<String, Object> outcome = chrome.await("try { await window.tessera.render(args[0]); return {rendered: true}; }"
                    + " catch (e) { return {name: e.name, message: e.message}; }", request);
            assertEquals(expected, outcome.get("message"), outcome.toString());
            Path file = Files.writeString(Site.siteDir().resolve("refused-" + reason.getKey() + ".json"), request);
            Process cli = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
                    System.getProperty("tessera.jar", "target/tessera.jar"), "render", "--request", file.toString(),
                    "--out", Site.outputDir().resolve("refused.png").toString()).redirectErrorStream(true).start();
            String said = new String(cli.getInputStream().readAllBytes()).trim();
            assertEquals(3, cli.waitFor(), said);
            assertTrue(said.endsWith(expected), said);
        }
    }
}
