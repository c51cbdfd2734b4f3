package tessera.mandelbrot;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import tessera.escapetime.Formula;
import tessera.render.PrepareProgress;

/** Where a scaled orbit must look at the reference: where Z escapes, comes next to 0, and ends. */
class ReferenceStopsTest {
    private static ReferenceOrbit orbit(String cx) {
        return new ReferenceOrbit(new BigDecimal(cx), BigDecimal.ZERO, Formula.named(Formula.DEFAULT, 2), 1000, 64, -60, PrepareProgress.NONE);
    }

    @Test
    void aPeriodTwoCentreStopsAtEachReturnToZero() {
        // C = −1: Z is 0, −1, 0, and the orbit ends where it returns to 0
        ReferenceOrbit reference = orbit("-1");
        assertEquals(3, reference.length);
        ReferenceStops stops = new ReferenceStops(reference, 0x1p-360);
        assertEquals(0, stops.atOrAfter(0));
        assertEquals(2, stops.atOrAfter(1));
        assertEquals(2, stops.atOrAfter(2));
    }

    @Test
    void anEscapingCentreStopsWhereItEscapesAndGoesOnUntilNoPixelCanFollow() {
        // C = 1/2: 0, 0.5, 0.75, 1.0625, 1.62890625, 3.15…, which is past 2, then 10.4…, past 4
        ReferenceOrbit reference = orbit("0.5");
        assertEquals(7, reference.length);
        ReferenceStops stops = new ReferenceStops(reference, 0x1p-360);
        assertEquals(0, stops.atOrAfter(0));
        for (int m = 1; m <= 5; m++) {
            assertEquals(5, stops.atOrAfter(m), "from " + m);
        }
        assertEquals(6, stops.atOrAfter(6));
    }

    @Test
    void aCentreInsideWithoutReturnsStopsOnlyAtItsEnds() {
        // C = −0.1 converges to a fixed point: it never comes back to 0 and runs to maxIter
        ReferenceOrbit reference = orbit("-0.1");
        assertEquals(1001, reference.length);
        ReferenceStops stops = new ReferenceStops(reference, 0x1p-360);
        assertEquals(1000, stops.atOrAfter(1));
        assertEquals(1000, stops.atOrAfter(999));
    }
}
