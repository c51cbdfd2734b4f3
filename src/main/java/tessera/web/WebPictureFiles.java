package tessera.web;

import org.teavm.jso.JSBody;
import org.teavm.jso.JSObject;
import org.teavm.jso.typedarrays.Int32Array;
import org.teavm.jso.typedarrays.Int8Array;
import tessera.picture.PictureFile;
import tessera.render.Picture;
import tessera.render.RenderLimits;

/**
 * The browser's side of {@link PictureFile}: the picture worker hands over a file's bytes and gets
 * the pixels of a PNG, or for a JPEG the bytes its own decoder is to decode, then the upright
 * picture from what that decoder made of them. Answers are plain objects for the worker to pass on.
 */
final class WebPictureFiles {
    private WebPictureFiles() {
    }

    /**
     * {@code {width, height, pixels}} for a PNG; {@code {width, height, jpeg}} for a JPEG, {@code jpeg}
     * being the bytes to decode and pass to {@link #finishJpeg}; {@code {width, height}} alone for a
     * picture over the limits (the engine refuses it later by the rule it applies to every picture);
     * {@code {error}} for a file Tessera does not read.
     */
    static JSObject read(Int8Array bytes) {
        try {
            PictureFile file = PictureFile.read(bytes.copyToJavaArray());
            try {
                RenderLimits.checkPicture(file.width(), file.height());
            } catch (IllegalArgumentException tooLarge) {
                return size(file.width(), file.height());
            }
            if (file.isJpeg()) {
                return jpeg(file.width(), file.height(), Int8Array.copyFromJavaArray(file.jpegForDecoder()));
            }
            return picture(file.decode());
        } catch (IllegalArgumentException e) {
            return error(e.getMessage());
        }
    }

    /**
     * The upright picture from the browser's decoding ({@code pixels}, width × height) of the JPEG
     * {@code bytes}. The file's headers are read again rather than kept from {@link #read}: the
     * picture worker may be between the two calls for several files at once, and a header costs
     * little beside the decoding.
     */
    static JSObject finishJpeg(Int8Array bytes, Int32Array pixels, int width, int height) {
        try {
            return picture(PictureFile.read(bytes.copyToJavaArray()).fromDecodedJpeg(pixels.copyToJavaArray(), width, height));
        } catch (IllegalArgumentException e) {
            return error(e.getMessage());
        }
    }

    private static JSObject picture(Picture picture) {
        return picture(picture.width, picture.height, Int32Array.copyFromJavaArray(picture.pixels));
    }

    @JSBody(params = {"width", "height", "pixels"}, script = "return {width: width, height: height, pixels: pixels};")
    private static native JSObject picture(int width, int height, Int32Array pixels);

    @JSBody(params = {"width", "height", "jpeg"}, script = "return {width: width, height: height, jpeg: jpeg};")
    private static native JSObject jpeg(int width, int height, Int8Array jpeg);

    @JSBody(params = {"width", "height"}, script = "return {width: width, height: height};")
    private static native JSObject size(int width, int height);

    @JSBody(params = "message", script = "return {error: message};")
    private static native JSObject error(String message);
}
