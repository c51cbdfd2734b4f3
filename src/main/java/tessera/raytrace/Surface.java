package tessera.raytrace;

/** How a material treats light: the reference crate's three surface types. */
public enum Surface { DIFFUSE, REFLECTIVE, REFRACTIVE }
