package tessera.render;

/**
 * How large a frame a host can render. The browser and most hosts hold the whole frame in memory
 * (the browser's framebuffer); the command line's {@code render} writes a single-pass picture a
 * band at a time, so its frames may be as large as a PNG's sides allow.
 */
public enum FrameLimits {
    /** The whole frame in memory: {@link RenderLimits#MAX_SIDE} a side, {@link RenderLimits#MAX_PIXELS} in all. */
    WHOLE(RenderLimits.MAX_SIDE, RenderLimits.MAX_PIXELS),
    /** A band at a time: 65,535 pixels a side, a 4-gigapixel poster at most. */
    BANDS(65_535, 65_535L * 65_535L);

    public final int maxSide;
    public final long maxPixels;

    FrameLimits(int maxSide, long maxPixels) {
        this.maxSide = maxSide;
        this.maxPixels = maxPixels;
    }

    /** Refuses a frame over these limits, naming its size. */
    public void check(int width, int height) {
        if ((long) width * height > maxPixels) {
            throw new InvalidRequestException("width × height", width + " × " + height + " = "
                    + ((long) width * height) + " pixels, more than the limit of " + maxPixels + " pixels");
        }
    }
}
