package tessera.mandelbrot;

import java.util.Arrays;

/**
 * The indices of a reference orbit where a pixel's scaled orbit (dz far below Z, so z is Z) must
 * look at Z itself: where Z may escape (near the bailout circle or beyond: {@link BailoutMargins}), where it is next to 0, and the last. Between
 * them the scaled loop only steps, without testing Z at every index. A handful in any orbit: Z
 * comes next to 0 at Z₀ and, in a minibrot's reference, where the nucleus returns.
 */
final class ReferenceStops {
    private final int[] indices;

    /** @param tiny the size (|re| + |im|) below which Z counts as next to 0 */
    ReferenceStops(ReferenceOrbit reference, double tiny) {
        int[] found = new int[8];
        int count = 0;
        int last = reference.length - 1;
        for (int m = 0; m <= last; m++) {
            double zx = reference.x[m];
            double zy = reference.y[m];
            if (zx * zx + zy * zy >= BailoutMargins.UNSURE_FROM || m == last || Math.abs(zx) + Math.abs(zy) < tiny) {
                if (count == found.length) {
                    found = Arrays.copyOf(found, 2 * count);
                }
                found[count++] = m;
            }
        }
        this.indices = Arrays.copyOf(found, count);
    }

    /** The first stop at index m or after it; m must not be past the last index. */
    int atOrAfter(int m) {
        int low = 0;
        int high = indices.length - 1;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (indices[middle] < m) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return indices[low];
    }
}
