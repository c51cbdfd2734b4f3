package tessera.raytrace;

/** Colour, albedo and surface type of a shape, in the reference crate's single-precision floats. */
public final class Material {
    public final Coloration coloration;
    public final float albedo;
    public final Surface surface;
    /** For {@link Surface#REFLECTIVE}: the share of reflected light. */
    public final float reflectivity;
    /** For {@link Surface#REFRACTIVE}: index of refraction. */
    public final float index;
    /** For {@link Surface#REFRACTIVE}: how much light passes. */
    public final float transparency;
    /** Radiance the surface emits (extension: area lights), colour × intensity; zero for most surfaces. */
    public final double emitRed;
    public final double emitGreen;
    public final double emitBlue;

    private Material(Coloration coloration, float albedo, Surface surface, float reflectivity, float index, float transparency,
            double emitRed, double emitGreen, double emitBlue) {
        this.coloration = coloration;
        this.albedo = albedo;
        this.surface = surface;
        this.reflectivity = reflectivity;
        this.index = index;
        this.transparency = transparency;
        this.emitRed = emitRed;
        this.emitGreen = emitGreen;
        this.emitBlue = emitBlue;
    }

    private Material(Coloration coloration, float albedo, Surface surface, float reflectivity, float index, float transparency) {
        this(coloration, albedo, surface, reflectivity, index, transparency, 0, 0, 0);
    }

    /** This material, also emitting the given radiance. */
    public Material emitting(double red, double green, double blue) {
        return new Material(coloration, albedo, surface, reflectivity, index, transparency, red, green, blue);
    }

    public boolean emits() {
        return emitRed > 0 || emitGreen > 0 || emitBlue > 0;
    }

    public static Material diffuse(Coloration coloration, float albedo) {
        return new Material(coloration, albedo, Surface.DIFFUSE, 0, 0, 0);
    }

    public static Material reflective(Coloration coloration, float albedo, float reflectivity) {
        return new Material(coloration, albedo, Surface.REFLECTIVE, reflectivity, 0, 0);
    }

    public static Material refractive(Coloration coloration, float albedo, float index, float transparency) {
        return new Material(coloration, albedo, Surface.REFRACTIVE, 0, index, transparency);
    }
}
