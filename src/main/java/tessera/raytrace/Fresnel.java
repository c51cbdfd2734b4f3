package tessera.raytrace;

/** The share of light a refractive surface reflects, from the Fresnel equations for unpolarised light. */
final class Fresnel {
    private Fresnel() {
    }

    /**
     * @param physical false reproduces the reference crate, which takes the cosine of incidence to be
     *                 the cosine of the transmitted angle ({@code cos_i = cos_t.abs()}); true uses the
     *                 real cosine of incidence |i · n|
     * @return 1 under total internal reflection
     */
    static double reflectance(double ix, double iy, double iz, double nx, double ny, double nz, float index, boolean physical) {
        double iDotN = ix * nx + iy * ny + iz * nz;
        double etaI = 1.0;
        double etaT = index;
        if (iDotN > 0.0) {
            etaI = etaT;
            etaT = 1.0;
        }
        double sinT = etaI / etaT * Math.sqrt(Math.max(1.0 - iDotN * iDotN, 0.0));
        // At the critical angle itself (sin θt exactly 1) everything is reflected too; computed on,
        // the crate's variant would divide 0 by 0 there.
        if (sinT >= 1.0) {
            return 1.0;
        }
        double cosT = Math.sqrt(Math.max(1.0 - sinT * sinT, 0.0));
        double cosI = physical ? Math.abs(iDotN) : Math.abs(cosT);
        double rS = ((etaT * cosI) - (etaI * cosT)) / ((etaT * cosI) + (etaI * cosT));
        double rP = ((etaI * cosI) - (etaT * cosT)) / ((etaI * cosI) + (etaT * cosT));
        return (rS * rS + rP * rP) / 2.0;
    }
}
