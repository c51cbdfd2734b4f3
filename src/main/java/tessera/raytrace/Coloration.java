package tessera.raytrace;

/** The colour of a surface at given texture coordinates, in linear light. */
public interface Coloration {
    /** Writes red, green, blue into {@code rgb[0..2]}. */
    void color(float u, float v, float[] rgb);
}
