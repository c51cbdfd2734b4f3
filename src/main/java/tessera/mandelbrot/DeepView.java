package tessera.mandelbrot;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import tessera.escapetime.PowerOfTwo;
import tessera.json.DecimalParser;

/**
 * A view given by a centre of any precision and a zoom past what doubles resolve. Pixel (px, py)
 * of a width × height frame is c = (x + (px − width/2)·s, y + (py − height/2)·s) with
 * s = 2 / (zoom · height), row 0 at the smallest imaginary part. The centre is kept exactly to
 * the decimals the reference orbit can use (a coordinate such as 1e-15000 at zoom 1e300 is 0 there,
 * and would cost big-number arithmetic on 15,000 digits every iteration); the offsets (px − width/2)·s are kept as a double mantissa (px − width/2)·m and the exponent of
 * s = m·2^e, which holds them to full relative precision at any depth.
 */
public final class DeepView {
    /** The deepest zoom: its reference orbit has 10,030 digits, which takes minutes; deeper is a matter of patience, not of the arithmetic. */
    public static final String MAX_ZOOM_TEXT = "1e10000";
    public static final BigDecimal MAX_ZOOM = new BigDecimal(MAX_ZOOM_TEXT);

    public final BigDecimal x;
    public final BigDecimal y;
    public final BigDecimal zoom;
    /** The distance between neighbouring pixels is s = spacingMantissa · 2^spacingExponent. */
    public final double spacingMantissa;
    public final int spacingExponent;
    /** Significant digits the reference orbit is computed with: enough to tell neighbouring pixels apart, and some. */
    public final MathContext precision;
    /** The same precision in bits, for fixed-point arithmetic. */
    public final int bits;
    public final int width;
    public final int height;

    public DeepView(BigDecimal x, BigDecimal y, BigDecimal zoom, int width, int height) {
        int depth = Math.max(0, zoom.precision() - zoom.scale());
        this.precision = new MathContext(depth + 30, RoundingMode.HALF_EVEN);
        this.x = toUsableDecimals(x, precision);
        this.y = toUsableDecimals(y, precision);
        this.zoom = zoom;
        this.width = width;
        this.height = height;
        BigDecimal exactSpacing = BigDecimal.valueOf(2).divide(zoom.multiply(BigDecimal.valueOf(height)), new MathContext(30,
                RoundingMode.HALF_EVEN));
        // A power of two near s, from its decimal exponent (log2 10 ≈ 3.32), takes s into a double's range exactly.
        int decimalExponent = exactSpacing.precision() - exactSpacing.scale() - 1;
        this.spacingExponent = (int) Math.floor(decimalExponent * 3.321928094887362);
        this.spacingMantissa = toDouble(timesPowerOfTwo(exactSpacing, -spacingExponent));
        this.bits = precision.getPrecision() * 3322 / 1000 + 1;
    }

    /**
     * The coordinate rounded to a few decimals past what the orbit's {@code precision} resolves
     * near 1, if it has more; a coordinate with fewer is left as it is, so every view written
     * with the digits its depth needs is kept exactly.
     */
    private static BigDecimal toUsableDecimals(BigDecimal coordinate, MathContext precision) {
        int decimals = precision.getPrecision() + 10;
        return coordinate.scale() > decimals ? coordinate.setScale(decimals, RoundingMode.HALF_EVEN) : coordinate;
    }

    /** The mantissa of the pixel's offset from the centre along one axis, (p − size/2)·m; the offset is that times 2^spacingExponent. */
    public double offset(int p, int size) {
        return (p - size / 2.0) * spacingMantissa;
    }

    /** The offset whose mantissa {@link #offset} gave, exactly. */
    public BigDecimal exact(double offsetMantissa) {
        return timesPowerOfTwo(new BigDecimal(offsetMantissa), spacingExponent);
    }

    /** The offset whose mantissa {@link #offset} gave, as a double: 0 or subnormal where it is below a double's range. */
    public double asDouble(double offsetMantissa) {
        return PowerOfTwo.scale(offsetMantissa, spacingExponent);
    }

    /** value · 2^k, exactly. */
    static BigDecimal timesPowerOfTwo(BigDecimal value, int k) {
        if (k >= 0) {
            return value.multiply(new BigDecimal(BigInteger.ONE.shiftLeft(k)));
        }
        // 2^-k = 5^k / 10^k
        return value.multiply(new BigDecimal(BigInteger.valueOf(5).pow(-k), -k));
    }

    /** The double nearest {@code value}, the same on every platform (through Tessera's correctly rounded reader). */
    public static double toDouble(BigDecimal value) {
        return DecimalParser.parse(value.round(new MathContext(25, RoundingMode.HALF_EVEN)).toString());
    }
}
