package tessera.mandelbrot;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import tessera.render.DecimalParser;

/**
 * A view given by a centre of any precision and a zoom past what doubles resolve. Pixel (px, py)
 * of a width × height frame is c = (x + (px − width/2)·s, y + (py − height/2)·s) with
 * s = 2 / (zoom · height), row 0 at the smallest imaginary part. The centre is kept exactly; the
 * offsets (px − width/2)·s are doubles, which hold them to full relative precision at any zoom a
 * double's exponent reaches.
 */
public final class DeepView {
    /** The deepest zoom whose pixel offsets a double still holds (its smallest normal is 2.2·10⁻³⁰⁸). */
    public static final String MAX_ZOOM_TEXT = "1e290";
    public static final BigDecimal MAX_ZOOM = new BigDecimal(MAX_ZOOM_TEXT);

    public final BigDecimal x;
    public final BigDecimal y;
    public final BigDecimal zoom;
    /** The distance between neighbouring pixels, s. */
    public final double spacing;
    /** Significant digits the reference orbit is computed with: enough to tell neighbouring pixels apart, and some. */
    public final MathContext precision;
    public final int width;
    public final int height;

    public DeepView(BigDecimal x, BigDecimal y, BigDecimal zoom, int width, int height) {
        this.x = x;
        this.y = y;
        this.zoom = zoom;
        this.width = width;
        this.height = height;
        BigDecimal exactSpacing = BigDecimal.valueOf(2).divide(zoom.multiply(BigDecimal.valueOf(height)), new MathContext(30,
                RoundingMode.HALF_EVEN));
        this.spacing = toDouble(exactSpacing);
        int depth = Math.max(0, zoom.precision() - zoom.scale());
        this.precision = new MathContext(depth + 30, RoundingMode.HALF_EVEN);
    }

    /** The pixel's offset from the centre, along one axis: (p − size/2)·s. */
    public double offset(int p, int size) {
        return (p - size / 2.0) * spacing;
    }

    /** The double nearest {@code value}, the same on every platform (through Tessera's correctly rounded reader). */
    static double toDouble(BigDecimal value) {
        return DecimalParser.parse(value.round(new MathContext(25, RoundingMode.HALF_EVEN)).toString());
    }
}
