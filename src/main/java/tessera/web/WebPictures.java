package tessera.web;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.teavm.jso.JSBody;
import org.teavm.jso.JSObject;
import org.teavm.jso.typedarrays.Int32Array;
import tessera.render.Picture;
import tessera.render.PictureBudget;
import tessera.render.PictureSize;
import tessera.render.PictureSource;
import tessera.render.RenderLimits;

/**
 * The images the runtime fetched and decoded for a request, handed to the worker as
 * {@code {name: {width, height, pixels: Int32Array}}} or {@code {name: {error}}}; a picture over
 * the limits comes without its pixels, and is refused here by the same rule as on the JVM. A name it was not
 * given is recorded in {@link #missing()} and stood in for by a one-pixel picture, so that reading
 * the request can go on and find every image it names: the runtime then loads those and asks again.
 */
final class WebPictures implements PictureSource {
    private final JSObject pictures;
    private final Set<String> missing = new LinkedHashSet<>();
    private final PictureBudget budget = new PictureBudget();

    WebPictures(JSObject pictures) {
        this.pictures = pictures;
    }

    /** The names asked for that the runtime did not supply, in the order the request names them. */
    List<String> missing() {
        return new ArrayList<>(missing);
    }

    @Override
    public Picture load(String name) {
        if (isMissing(name)) {
            return new Picture(1, 1, new int[1]);
        }
        JSObject entry = entry(name);
        RenderLimits.checkPicture(width(entry), height(entry));
        budget.spend(name, width(entry), height(entry));
        return new Picture(width(entry), height(entry), pixels(entry).copyToJavaArray());
    }

    /** The size alone: a picture to filter stays in shared memory and reaches Java a band at a time. */
    @Override
    public PictureSize size(String name) {
        if (isMissing(name)) {
            return new PictureSize(1, 1);
        }
        JSObject entry = entry(name);
        RenderLimits.checkPicture(width(entry), height(entry));
        budget.spend(name, width(entry), height(entry));
        return new PictureSize(width(entry), height(entry));
    }

    private boolean isMissing(String name) {
        if (pictures != null && has(pictures, name)) {
            return false;
        }
        missing.add(name);
        return true;
    }

    private JSObject entry(String name) {
        JSObject entry = get(pictures, name);
        String error = error(entry);
        if (error != null) {
            throw new IllegalArgumentException(error);
        }
        return entry;
    }

    @JSBody(params = {"map", "name"}, script = "return Object.prototype.hasOwnProperty.call(map, name);")
    private static native boolean has(JSObject map, String name);

    @JSBody(params = {"map", "name"}, script = "return map[name];")
    private static native JSObject get(JSObject map, String name);

    @JSBody(params = "entry", script = "return entry.error === undefined ? null : String(entry.error);")
    private static native String error(JSObject entry);

    @JSBody(params = "entry", script = "return entry.width;")
    private static native int width(JSObject entry);

    @JSBody(params = "entry", script = "return entry.height;")
    private static native int height(JSObject entry);

    @JSBody(params = "entry", script = "return entry.pixels;")
    private static native Int32Array pixels(JSObject entry);
}
