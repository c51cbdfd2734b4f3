package tessera.escapetime;

import tessera.render.Rgba;

/**
 * Boundary shading by distance estimation: the smooth gradient, darkened towards the set's
 * boundary so that filaments thinner than a pixel show as lines. The estimate comes from the
 * continuous count's change between neighbouring pixels: with the potential G = ln|z_n| / 2ⁿ,
 * ν = n + const − log2 ln|z_n|, so G ∝ 2^−ν and the distance estimate G / |∇G| is
 * 1 / (ln 2 · |∇ν|), in pixels when ∇ν is taken across pixels. A pixel beside the inside is on
 * the boundary. Being a function of the stored escape data, it recolours at any depth without
 * iterating, and gives the same bytes everywhere (the square root is exactly rounded).
 */
public final class DistancePalette implements Palette {
    private static final double LN2 = 0.6931471805599453;
    /** Distances (in pixels) from which a pixel takes the gradient's full colour. */
    private static final double FULL_FROM = 1.0;

    private final Gradient gradient;
    private final double period;
    private final double offset;

    DistancePalette(double[] stops, int[][] colors) {
        this(new Gradient(stops, colors), SmoothPalette.PERIOD, 0.0);
    }

    /** {@code period}: iterations one turn of the gradient spans; {@code offset}: where in it a count of 0 falls. */
    DistancePalette(Gradient gradient, double period, double offset) {
        this.gradient = gradient;
        this.period = period;
        this.offset = offset;
    }

    @Override
    public int halo() {
        return 1;
    }

    @Override
    public int color(EscapeWindow escapes, int x, int y, int maxIter) {
        int data = escapes.at(x, y);
        if (EscapeData.iterations(data) == maxIter) {
            return Rgba.pack(0, 0, 0, 255);
        }
        double shade = shade(distance(escapes, x, y, maxIter));
        int color = gradient.color(EscapeData.nu(data) / period + offset);
        return Rgba.pack(Rgba.saturatingByte(Rgba.red(color) * shade + 0.5), Rgba.saturatingByte(Rgba.green(color) * shade + 0.5),
                Rgba.saturatingByte(Rgba.blue(color) * shade + 0.5), 255);
    }

    /**
     * The estimated distance to the set from pixel (x, y), in pixels, from the change of ν towards
     * the neighbours that escaped; beside a pixel inside, at most 1. Infinite where ν is flat.
     */
    public static double distance(EscapeWindow escapes, int x, int y, int maxIter) {
        double here = EscapeData.nu(escapes.at(x, y));
        int left = escapes.at(Math.max(0, x - 1), y);
        int right = escapes.at(Math.min(escapes.frameWidth - 1, x + 1), y);
        int up = escapes.at(x, Math.max(0, y - 1));
        int down = escapes.at(x, Math.min(escapes.frameHeight - 1, y + 1));
        boolean besideInside = inside(left, maxIter) || inside(right, maxIter) || inside(up, maxIter) || inside(down, maxIter);
        double gx = slope(left, right, here, x > 0, x < escapes.frameWidth - 1, maxIter);
        double gy = slope(up, down, here, y > 0, y < escapes.frameHeight - 1, maxIter);
        double gradient = Math.sqrt(gx * gx + gy * gy);
        double distance = gradient > 0.0 ? 1.0 / (LN2 * gradient) : Double.POSITIVE_INFINITY;
        return besideInside ? Math.min(1.0, distance) : distance;
    }

    /** ν's change per pixel along one axis: central between two escaped neighbours, else one-sided. */
    private static double slope(int before, int after, double here, boolean hasBefore, boolean hasAfter, int maxIter) {
        boolean useBefore = hasBefore && !inside(before, maxIter);
        boolean useAfter = hasAfter && !inside(after, maxIter);
        if (useBefore && useAfter) {
            return (EscapeData.nu(after) - EscapeData.nu(before)) / 2.0;
        }
        if (useAfter) {
            return EscapeData.nu(after) - here;
        }
        if (useBefore) {
            return here - EscapeData.nu(before);
        }
        return 0.0;
    }

    private static boolean inside(int data, int maxIter) {
        return EscapeData.iterations(data) == maxIter;
    }

    /** 0 on the boundary rising to 1 at {@link #FULL_FROM} pixels away. */
    private static double shade(double distance) {
        return distance >= FULL_FROM ? 1.0 : Math.sqrt(distance / FULL_FROM);
    }
}
