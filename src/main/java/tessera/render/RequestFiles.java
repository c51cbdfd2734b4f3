package tessera.render;

/**
 * Supplies the files a request names: images (a texture, a photo to filter) decoded, and models (a
 * mesh) as their bytes. Files on the JVM, what the page fetched in the browser.
 */
public interface RequestFiles {
    /** A source that has no files at all. */
    RequestFiles NONE = name -> {
        throw new IllegalArgumentException("no images are available here");
    };

    /**
     * @return the decoded image
     * @throws IllegalArgumentException with a message for the user when it cannot be had
     */
    Picture load(String name);

    /** The picture's size, where a host can tell it without handing over the pixels. */
    default PictureSize size(String name) {
        Picture picture = load(name);
        return new PictureSize(picture.width, picture.height);
    }

    /**
     * The bytes of a model file, at most {@link RenderLimits#MAX_MODEL_BYTES}.
     * @throws IllegalArgumentException with a message for the user when it cannot be had
     */
    default byte[] model(String name) {
        throw new IllegalArgumentException("no model files are available here");
    }
}
