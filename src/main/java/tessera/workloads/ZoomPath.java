package tessera.workloads;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * The zooms of a zoom sequence: exponential from the first to the last (constant apparent speed),
 * frame k of n at from · (to / from)^(k / (n − 1)), both ends exactly as given. Each zoom is a
 * pure function of the ends, n and k, computed with {@link StrictMath} and exact decimal
 * conversion, so every machine of a farm, on any JVM, writes the same zoom for the same frame.
 */
public final class ZoomPath {
    /** Significant digits of a zoom between the ends: far finer than a pixel of any frame. */
    private static final MathContext DIGITS = new MathContext(15, RoundingMode.HALF_EVEN);

    private final BigDecimal from;
    private final BigDecimal to;
    private final double fromLog;
    private final double toLog;
    private final int frames;

    public ZoomPath(BigDecimal from, BigDecimal to, int frames) {
        if (from.signum() <= 0 || to.signum() <= 0) {
            throw new IllegalArgumentException("zooms must be positive");
        }
        this.from = from;
        this.to = to;
        this.fromLog = log10(from);
        this.toLog = log10(to);
        this.frames = frames;
    }

    /** The zoom of frame k, 0 ≤ k < frames, as a decimal. */
    public BigDecimal zoom(int k) {
        if (k == 0) {
            return from;
        }
        if (k == frames - 1) {
            return to;
        }
        double log = fromLog + (toLog - fromLog) * k / (frames - 1);
        double exponent = StrictMath.floor(log);
        BigDecimal mantissa = new BigDecimal(StrictMath.pow(10.0, log - exponent)).round(DIGITS);
        return mantissa.scaleByPowerOfTen((int) exponent).stripTrailingZeros();
    }

    /** log10 of a positive decimal of any size, from its digits and exponent. */
    public static double log10(BigDecimal value) {
        int exponent = value.precision() - value.scale() - 1;
        double mantissa = value.movePointLeft(exponent).doubleValue();
        return exponent + StrictMath.log10(mantissa);
    }
}
