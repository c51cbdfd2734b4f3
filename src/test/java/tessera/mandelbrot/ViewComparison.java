package tessera.mandelbrot;

import java.util.HashSet;
import java.util.Set;
import tessera.escapetime.EscapeCounts;
import tessera.escapetime.EscapeData;

/**
 * A deep view's escape counts from the fast renderer against the oracle's, pixel by pixel: how
 * many agree, how many of the others the judge finds ill-conditioned, and how many distinct counts
 * the oracle gave (one means a flat view).
 */
final class ViewComparison {
    /** Whether the pixel at these offsets, whose oracle count is {@code expected}, is ill-conditioned. */
    interface Judge {
        boolean illConditioned(double offsetX, double offsetY, int expected);
    }

    final int same;
    final int illConditioned;
    final int distinctCounts;

    private ViewComparison(int same, int illConditioned, int distinctCounts) {
        this.same = same;
        this.illConditioned = illConditioned;
        this.distinctCounts = distinctCounts;
    }

    static ViewComparison of(DeepView view, DeepViewWorkload.PixelOrbits fast, DeepViewWorkload.PixelOrbits exact, Judge judge) {
        EscapeCounts unused = new EscapeCounts();
        int same = 0;
        int illConditioned = 0;
        Set<Integer> distinct = new HashSet<>();
        for (int py = 0; py < view.height; py++) {
            for (int px = 0; px < view.width; px++) {
                double dx = view.offset(px, view.width);
                double dy = view.offset(py, view.height);
                int expected = EscapeData.iterations(exact.pixel(dx, dy, unused));
                distinct.add(expected);
                if (EscapeData.iterations(fast.pixel(dx, dy, unused)) == expected) {
                    same++;
                } else if (judge.illConditioned(dx, dy, expected)) {
                    illConditioned++;
                }
            }
        }
        return new ViewComparison(same, illConditioned, distinct.size());
    }
}
