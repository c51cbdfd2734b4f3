package tessera.picture;

import tessera.render.Picture;

/**
 * The eight EXIF orientations: how the stored pixels are turned to be shown upright. 1 is as
 * stored; 2 mirrored left to right; 3 turned half round; 4 mirrored top to bottom; 5 mirrored along
 * the main diagonal; 6 turned a quarter clockwise; 7 mirrored along the other diagonal; 8 turned a
 * quarter anticlockwise. 5 to 8 swap width and height.
 */
public final class Orientation {
    public static final int UPRIGHT = 1;

    private Orientation() {
    }

    public static boolean swapsSides(int orientation) {
        return orientation >= 5;
    }

    /** The picture shown upright: {@code stored} itself for orientation 1, otherwise a new picture. */
    public static Picture apply(Picture stored, int orientation) {
        if (orientation == UPRIGHT) {
            return stored;
        }
        int w = stored.width;
        int h = stored.height;
        boolean swap = swapsSides(orientation);
        int width = swap ? h : w;
        int height = swap ? w : h;
        int[] from = stored.pixels;
        int[] to = new int[from.length];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int sourceX;
                int sourceY;
                switch (orientation) {
                    case 2: sourceX = w - 1 - x; sourceY = y; break;
                    case 3: sourceX = w - 1 - x; sourceY = h - 1 - y; break;
                    case 4: sourceX = x; sourceY = h - 1 - y; break;
                    case 5: sourceX = y; sourceY = x; break;
                    case 6: sourceX = y; sourceY = h - 1 - x; break;
                    case 7: sourceX = w - 1 - y; sourceY = h - 1 - x; break;
                    case 8: sourceX = w - 1 - y; sourceY = x; break;
                    default: throw new IllegalArgumentException("orientation " + orientation + " is not one of 1–8");
                }
                to[y * width + x] = from[sourceY * w + sourceX];
            }
        }
        return new Picture(width, height, to);
    }
}
