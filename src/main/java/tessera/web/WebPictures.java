package tessera.web;

import org.teavm.jso.JSBody;
import org.teavm.jso.JSObject;
import org.teavm.jso.typedarrays.Int32Array;
import tessera.render.Picture;
import tessera.render.PictureSize;
import tessera.render.PictureSource;

/**
 * The images the page fetched and decoded for a request, handed to the worker as
 * {@code {name: {width, height, pixels: Int32Array}}} or {@code {name: {error}}}.
 */
final class WebPictures implements PictureSource {
    private final JSObject pictures;

    WebPictures(JSObject pictures) {
        this.pictures = pictures;
    }

    @Override
    public Picture load(String name) {
        JSObject entry = entry(name);
        return new Picture(width(entry), height(entry), pixels(entry).copyToJavaArray());
    }

    /** The size alone: a picture to filter stays in shared memory and reaches Java a band at a time. */
    @Override
    public PictureSize size(String name) {
        JSObject entry = entry(name);
        return new PictureSize(width(entry), height(entry));
    }

    private JSObject entry(String name) {
        if (pictures == null || !has(pictures, name)) {
            throw new IllegalArgumentException("the page did not load it");
        }
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
