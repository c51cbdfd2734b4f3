package tessera.json;

/** Numbers as people and JSON write them: {@code 1000000000}, {@code 0.5}, {@code 1e-3}, {@code 1e300}, not {@code 1.0E9}. */
public final class NumberText {
    private NumberText() {
    }

    public static String of(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        String text = Double.toString(value);
        int exponent = text.indexOf('E');
        if (exponent < 0) {
            return text;
        }
        String mantissa = text.substring(0, exponent);
        if (mantissa.endsWith(".0")) {
            mantissa = mantissa.substring(0, mantissa.length() - 2);
        }
        return mantissa + "e" + text.substring(exponent + 1);
    }
}
