package tessera.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The JSON reader's own decimal conversion against the JVM's correctly rounded Double.parseDouble, bit for bit. */
class DecimalParserTest {
    private static void same(String literal) {
        assertEquals(Double.doubleToRawLongBits(Double.parseDouble(literal)), Double.doubleToRawLongBits(DecimalParser.parse(literal)),
                () -> literal + ": expected " + Double.parseDouble(literal) + ", got " + DecimalParser.parse(literal));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-0", "0.0", "-0.0e5", "1", "-1", "0.1", "0.3", "123456789012345", "1234567890123456789",
        "9007199254740993", "4.9e-324", "5e-324", "2.4703282292062327e-324", "2.4703282292062328e-324", "3e-324",
        "2.2250738585072011e-308", "2.2250738585072014e-308", "2.225073858507201136057409796709131975934819546351645648e-308",
        "1.7976931348623157e308", "1.7976931348623158e308", "1.7976931348623159e308", "1e309", "1e308", "1e-400",
        "1e4294967297", "1e-4294967297", "0e999999999999", "-0.743643887037158834996120049254386685788631439208984375",
        "0.1000000000000000055511151231257827021181583404541015625", "0.1000000000000000055511151231257827021181583404541015624",
        "0.1000000000000000055511151231257827021181583404541015626", "1e22", "1e23", "8.41e21", "5e-20", "123e-20",
        "179769313486231580793728971405301e276", "2.5", "1e-3", "1E+2", "7.038531e-26"})
    void edgeCases(String literal) {
        same(literal);
    }

    @Test
    void thousandsOfDigitsKeepOnlyWhatDecidesTheRounding() {
        same("1." + "0".repeat(2000) + "1");
        same("0." + "9".repeat(3000));
        same("2.4703282292062327208828439643411068618252990130716238221279284125033775363510437593264991818081799618989828234772285886546332835517796989819938739800539093906315035659515570226392290858392449105184435931802849936536152500319370457678249219365623669863658480757001585769269903706311928279558551332927834338409351978015531246597263579574622766465272827220056374006485499977096599470454020828166226237857393450736339007967761930577506740176324673600968951340535537458516661134223766678604162159680461914467291840300530057530849048765391711386591646239524912623653881879636239373280423891018672348497668235089863388587925628302755995657524455507255189313690836254779186948667994968324049705821028513185451396213837722826145437693412532098591327667236328125e-324");
        same("2.4703282292062327208828439643411068618252990130716238221279284125033775363510437593264991818081799618989828234772285886546332835517796989819938739800539093906315035659515570226392290858392449105184435931802849936536152500319370457678249219365623669863658480757001585769269903706311928279558551332927834338409351978015531246597263579574622766465272827220056374006485499977096599470454020828166226237857393450736339007967761930577506740176324673600968951340535537458516661134223766678604162159680461914467291840300530057530849048765391711386591646239524912623653881879636239373280423891018672348497668235089863388587925628302755995657524455507255189313690836254779186948667994968324049705821028513185451396213837722826145437693412532098591327667236328125001e-324");
    }

    @Test
    void exactHalfwayPointsBetweenNeighbouringDoublesAndTheirNeighbours() {
        Random random = new Random(1234);
        for (int i = 0; i < 20_000; i++) {
            double d = Math.abs(Double.longBitsToDouble(random.nextLong()));
            if (!Double.isFinite(d) || d == Double.MAX_VALUE) {
                continue;
            }
            BigDecimal half = new BigDecimal(d).add(new BigDecimal(Math.nextUp(d))).divide(BigDecimal.valueOf(2));
            String text = half.toString();
            same(text);
            same(half.add(half.ulp()).toString());
            same(half.subtract(half.ulp()).toString());
        }
    }

    @Test
    void randomLiteralsOfEveryLengthAndExponent() {
        Random random = new Random(99);
        for (int i = 0; i < 100_000; i++) {
            StringBuilder literal = new StringBuilder(random.nextBoolean() ? "-" : "");
            int whole = 1 + random.nextInt(25);
            literal.append(1 + random.nextInt(9));
            for (int d = 1; d < whole; d++) {
                literal.append(random.nextInt(10));
            }
            if (random.nextBoolean()) {
                literal.append('.');
                for (int d = random.nextInt(25); d >= 0; d--) {
                    literal.append(random.nextInt(10));
                }
            }
            if (random.nextInt(3) > 0) {
                literal.append(random.nextBoolean() ? 'e' : 'E').append(random.nextInt(3) == 0 ? "-" : random.nextBoolean() ? "+" : "")
                        .append(random.nextInt(360));
            }
            same(literal.toString());
        }
    }

    @Test
    void theShortestTextOfEveryKindOfDoubleReadsBackToItself() {
        Random random = new Random(5);
        for (int i = 0; i < 50_000; i++) {
            double d = Double.longBitsToDouble(random.nextLong());
            if (Double.isFinite(d)) {
                same(Double.toString(d));
            }
        }
        same(Double.toString(Double.MIN_VALUE));
        same(Double.toString(Double.MIN_NORMAL));
        same(Double.toString(Double.MAX_VALUE));
    }
}
