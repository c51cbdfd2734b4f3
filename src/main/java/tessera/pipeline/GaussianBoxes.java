package tessera.pipeline;

/**
 * A Gaussian blur of standard deviation σ approximated by three successive box blurs, whose widths
 * are chosen so that the total variance is as close to σ² as odd widths allow (the variance of a
 * box of width w is (w² − 1) / 12). Three passes put the result within a few percent of the true
 * kernel while keeping each pass O(1) per pixel.
 */
final class GaussianBoxes {
    static final int PASSES = 3;

    private GaussianBoxes() {
    }

    /** The radii of the three box blurs for σ. */
    static int[] radii(double sigma) {
        double ideal = Math.sqrt(12 * sigma * sigma / PASSES + 1);
        int lower = (int) Math.floor(ideal);
        if (lower % 2 == 0) {
            lower--;
        }
        int upper = lower + 2;
        double lowerPasses = (12 * sigma * sigma - PASSES * lower * lower - 4 * PASSES * lower - 3 * PASSES) / (-4.0 * lower - 4);
        int m = (int) Math.round(lowerPasses);
        int[] radii = new int[PASSES];
        for (int i = 0; i < PASSES; i++) {
            radii[i] = ((i < m ? lower : upper) - 1) / 2;
        }
        return radii;
    }
}
