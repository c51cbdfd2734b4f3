package tessera.escapetime;

/** A place on the edge of any formula's set, for tests that need a deep view with something in it. */
public final class FormulaEdge {
    private FormulaEdge() {
    }

    /**
     * Where the points −0.3 + iy stop staying 300 iterations as y grows from 0 (to a double's
     * precision): −0.3 is in every formula's set (on the real axis each is x² + c), −0.3 + 2i in none.
     */
    public static double above(Formula formula) {
        double inside = 0;
        double outside = 2;
        for (int i = 0; i < 60; i++) {
            double middle = (inside + outside) / 2;
            if (EscapeData.iterations(formula.escape(0, 0, -0.3, middle, 300, new EscapeCounts())) == 300) {
                inside = middle;
            } else {
                outside = middle;
            }
        }
        return inside;
    }
}
