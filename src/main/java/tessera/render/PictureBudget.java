package tessera.render;

import java.util.HashMap;
import java.util.Map;

/**
 * The pixels all pictures of one request may have together: as many as one frame may have, so that
 * a scene naming many large textures is refused instead of filling the memory. Each picture counts once.
 */
public final class PictureBudget {
    private final Map<String, Long> spent = new HashMap<>();
    private long total;

    /**
     * Counts picture {@code name} of width × height pixels, once however often it is asked for.
     *
     * @throws IllegalArgumentException when it would take the request's pictures over the limit
     */
    public void spend(String name, int width, int height) {
        if (spent.containsKey(name)) {
            return;
        }
        long pixels = (long) width * height;
        if (total + pixels > RenderLimits.MAX_PIXELS) {
            throw new IllegalArgumentException("with its " + pixels + " pixels the request's pictures come to "
                    + (total + pixels) + "; all the pictures of a request may have at most " + RenderLimits.MAX_PIXELS + " pixels");
        }
        spent.put(name, pixels);
        total += pixels;
    }
}
