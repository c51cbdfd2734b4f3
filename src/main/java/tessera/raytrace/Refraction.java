package tessera.raytrace;

/** Snell's law as the reference crate applies it: the direction a ray takes through a refractive surface. */
final class Refraction {
    private Refraction() {
    }

    /**
     * Writes the refracted unit direction of the unit ray d at a surface of normal n (outward) and
     * index of refraction {@code index} into {@code out[0..2]}; false, and nothing written, under
     * total internal reflection. A ray along the normal leaves the medium (index to 1).
     */
    static boolean bend(double dx, double dy, double dz, double nx, double ny, double nz, float index, double[] out) {
        double etaT = index;
        double etaI = 1.0;
        double iDotN = dx * nx + dy * ny + dz * nz;
        if (iDotN < 0.0) {
            iDotN = -iDotN;
        } else {
            nx = -nx;
            ny = -ny;
            nz = -nz;
            etaI = etaT;
            etaT = 1.0;
        }
        double eta = etaI / etaT;
        double k = 1.0 - (eta * eta) * (1.0 - iDotN * iDotN);
        if (k < 0.0) {
            return false;
        }
        double root = Math.sqrt(k);
        out[0] = (dx + iDotN * nx) * eta - nx * root;
        out[1] = (dy + iDotN * ny) * eta - ny * root;
        out[2] = (dz + iDotN * nz) * eta - nz * root;
        return true;
    }
}
