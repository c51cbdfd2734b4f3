package tessera.render;

/**
 * Supplies the images a request names (a texture, a photo to filter): files on the JVM, images the
 * page fetched and decoded in the browser.
 */
public interface PictureSource {
    /** A source that has no images at all. */
    PictureSource NONE = name -> {
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
}
