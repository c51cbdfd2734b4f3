package tessera.web;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.teavm.jso.JSBody;
import org.teavm.jso.JSObject;
import org.teavm.jso.typedarrays.Int32Array;
import org.teavm.jso.typedarrays.Int8Array;
import tessera.render.Picture;
import tessera.render.PictureBudget;
import tessera.render.PictureSize;
import tessera.render.RequestFiles;
import tessera.render.RenderLimits;

/**
 * The files the runtime fetched for a request, handed to the worker in one map: images decoded as
 * {@code {name: {width, height, pixels: Int32Array}}}, models as {@code {name: {bytes: Int8Array}}},
 * either as {@code {name: {error}}} when they could not be had; a picture over the limits comes
 * without its pixels, and is refused here by the same rule as on the JVM. A name it was not given
 * is recorded in {@link #missing()} or {@link #missingModels()} and stood in for by a one-pixel
 * picture or a one-triangle model, so that reading the request can go on and find every file it
 * names: the runtime then loads those and asks again.
 */
final class WebFiles implements RequestFiles {
    private final JSObject pictures;
    /** A model that stands in for one not loaded yet. */
    private static final byte[] STAND_IN_MODEL = "v 0 0 0\nv 1 0 0\nv 0 1 0\nf 1 2 3\n".getBytes(StandardCharsets.US_ASCII);
    private final Set<String> missing = new LinkedHashSet<>();
    private final Set<String> missingModels = new LinkedHashSet<>();
    private final PictureBudget budget = new PictureBudget();

    WebFiles(JSObject pictures) {
        this.pictures = pictures;
    }

    /** The pictures asked for that the runtime did not supply, in the order the request names them. */
    List<String> missing() {
        return new ArrayList<>(missing);
    }

    /** The models asked for that the runtime did not supply, in the order the request names them. */
    List<String> missingModels() {
        return new ArrayList<>(missingModels);
    }

    @Override
    public byte[] model(String name) {
        if (isMissing(name, missingModels)) {
            return STAND_IN_MODEL;
        }
        Int8Array bytes = bytes(entry(name));
        RenderLimits.checkModel(bytes.getLength());
        return bytes.copyToJavaArray();
    }

    @Override
    public Picture load(String name) {
        if (isMissing(name, missing)) {
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
        if (isMissing(name, missing)) {
            return new PictureSize(1, 1);
        }
        JSObject entry = entry(name);
        RenderLimits.checkPicture(width(entry), height(entry));
        budget.spend(name, width(entry), height(entry));
        return new PictureSize(width(entry), height(entry));
    }

    private boolean isMissing(String name, Set<String> missing) {
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

    @JSBody(params = "entry", script = "return entry.bytes;")
    private static native Int8Array bytes(JSObject entry);

    @JSBody(params = "entry", script = "return entry.pixels;")
    private static native Int32Array pixels(JSObject entry);
}
