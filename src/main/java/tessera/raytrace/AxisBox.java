package tessera.raytrace;

/** An axis-aligned box (extension), hit from outside or inside with the slab method. */
public final class AxisBox extends Shape {
    private final double minX;
    private final double minY;
    private final double minZ;
    private final double maxX;
    private final double maxY;
    private final double maxZ;

    public AxisBox(Vec3 min, Vec3 max, Material material) {
        super(material);
        minX = min.x;
        minY = min.y;
        minZ = min.z;
        maxX = max.x;
        maxY = max.y;
        maxZ = max.z;
    }

    @Override
    public double intersect(double ox, double oy, double oz, double dx, double dy, double dz) {
        double ix = 1.0 / dx;
        double iy = 1.0 / dy;
        double iz = 1.0 / dz;
        double ax = (minX - ox) * ix;
        double bx = (maxX - ox) * ix;
        double ay = (minY - oy) * iy;
        double by = (maxY - oy) * iy;
        double az = (minZ - oz) * iz;
        double bz = (maxZ - oz) * iz;
        double near = Math.max(Math.max(Math.min(ax, bx), Math.min(ay, by)), Math.min(az, bz));
        double far = Math.min(Math.min(Math.max(ax, bx), Math.max(ay, by)), Math.max(az, bz));
        if (!(near <= far) || far < 0.0) {
            return MISS;
        }
        return near >= 0.0 ? near : far;
    }

    /** The axis whose face the point lies on: 0, 1, 2 for x, y, z; negative (−1 − axis) for the min face. */
    private int face(double hx, double hy, double hz) {
        int face = -1;
        double best = Math.abs(hx - minX);
        double d = Math.abs(hx - maxX);
        if (d < best) {
            best = d;
            face = 0;
        }
        d = Math.abs(hy - minY);
        if (d < best) {
            best = d;
            face = -2;
        }
        d = Math.abs(hy - maxY);
        if (d < best) {
            best = d;
            face = 1;
        }
        d = Math.abs(hz - minZ);
        if (d < best) {
            best = d;
            face = -3;
        }
        d = Math.abs(hz - maxZ);
        if (d < best) {
            face = 2;
        }
        return face;
    }

    @Override
    public void normalAt(double hx, double hy, double hz, double[] normal) {
        int face = face(hx, hy, hz);
        int axis = face >= 0 ? face : -1 - face;
        double sign = face >= 0 ? 1 : -1;
        normal[0] = axis == 0 ? sign : 0;
        normal[1] = axis == 1 ? sign : 0;
        normal[2] = axis == 2 ? sign : 0;
    }

    @Override
    public void textureCoordsAt(double hx, double hy, double hz, double[] uv) {
        int face = face(hx, hy, hz);
        int axis = face >= 0 ? face : -1 - face;
        if (axis == 0) {
            uv[0] = (float) (hz - minZ);
            uv[1] = (float) (hy - minY);
        } else if (axis == 1) {
            uv[0] = (float) (hx - minX);
            uv[1] = (float) (hz - minZ);
        } else {
            uv[0] = (float) (hx - minX);
            uv[1] = (float) (hy - minY);
        }
    }

    @Override
    public void bounds(double[] box) {
        box[0] = minX;
        box[1] = minY;
        box[2] = minZ;
        box[3] = maxX;
        box[4] = maxY;
        box[5] = maxZ;
    }
}
