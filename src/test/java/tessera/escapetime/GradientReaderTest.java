package tessera.escapetime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import tessera.json.JsonReader;
import tessera.render.FieldReader;
import tessera.render.InvalidRequestException;
import tessera.render.Rgba;

/** A gradient the request designs: its colours at and between its stops, round the cycle, and its refusals. */
class GradientReaderTest {
    private static final int MAX_ITER = 10_000;

    private static Palette read(String params) {
        return EscapeTimeFields.palette(FieldReader.of(JsonReader.parse(params), "params"), Palettes.DEFAULT);
    }

    private static int colorAt(Palette palette, double nu) {
        return ((PointPalette) palette).color(EscapeData.of((int) nu, nu), MAX_ITER);
    }

    /** ν as the escape data keep it. */
    private static double kept(double nu) {
        return EscapeData.nu(EscapeData.of((int) nu, nu));
    }

    @Test
    void theClassicStopsDesignedAgainAreTheSmoothPaletteByteForByte() {
        Palette designed = read("{\"gradient\":{\"stops\":[{\"at\":0,\"color\":\"#000764\"},{\"at\":0.16,\"color\":\"#206bcb\"},"
                + "{\"at\":0.42,\"color\":\"#edffff\"},{\"at\":0.6425,\"color\":\"#ffaa00\"},{\"at\":0.8575,\"color\":\"#000200\"},"
                + "{\"at\":1,\"color\":\"#000764\"}]}}");
        Palette smooth = Palettes.named("smooth");
        SplittableRandom draws = new SplittableRandom(40);
        for (int i = 0; i < 100_000; i++) {
            double nu = draws.nextDouble(0, MAX_ITER - 1);
            assertEquals(colorAt(smooth, nu), colorAt(designed, nu), "ν " + nu);
        }
    }

    @Test
    void eachStopHasItsColourAndBetweenStopsTheColoursMixRoundTheCycle() {
        SplittableRandom draws = new SplittableRandom(41);
        for (int trial = 0; trial < 300; trial++) {
            int n = 1 + draws.nextInt(6);
            double[] at = new double[n];
            int[][] rgb = new int[n][3];
            double position = 0;
            StringBuilder stops = new StringBuilder();
            for (int i = 0; i < n; i++) {
                position += draws.nextDouble(0.02, 1.0 / n);
                at[i] = i == 0 && draws.nextBoolean() ? 0 : Math.min(1, position);
                position = at[i];
                if (i > 0 && at[i] <= at[i - 1]) {
                    at[i] = at[i - 1] + 0.01;
                }
                for (int c = 0; c < 3; c++) {
                    rgb[i][c] = draws.nextInt(256);
                }
                stops.append(i == 0 ? "" : ",").append(String.format(Locale.ROOT, "{\"at\":%s,\"color\":\"#%02x%02x%02x\"}",
                        at[i], rgb[i][0], rgb[i][1], rgb[i][2]));
            }
            if (at[n - 1] > 1) {
                continue;
            }
            double density = 48;
            Palette palette = read("{\"gradient\":{\"stops\":[" + stops + "],\"density\":" + density + "}}");
            // At a stop: its colour (ν where ν / density falls on it, but for the rounding of ν).
            for (int i = 0; i < n; i++) {
                double nu = kept(48 * density + at[i] * density);
                int color = colorAt(palette, nu);
                for (int c = 0; c < 3; c++) {
                    assertEquals(rgb[i][c], channel(color, c), 1, "trial " + trial + " stop " + i);
                }
            }
            // Between two neighbours, round the end of the cycle too: a mix, each channel between theirs.
            for (int i = 0; i < n; i++) {
                int next = (i + 1) % n;
                double from = at[i];
                double to = next == 0 ? at[0] + 1 : at[next];
                double f = draws.nextDouble();
                double nu = kept(48 * density + (from + f * (to - from)) * density);
                double actualF = (nu / density - 48 - from) / (to - from);
                int color = colorAt(palette, nu);
                for (int c = 0; c < 3; c++) {
                    double expected = rgb[i][c] + (rgb[next][c] - rgb[i][c]) * actualF;
                    assertEquals(expected, channel(color, c), 1.01, "trial " + trial + " between " + i + " and " + next);
                }
            }
        }
    }

    @Test
    void theOffsetTurnsTheGradientAndTheDensityStretchesIt() {
        String stops = "\"stops\":[{\"at\":0,\"color\":\"#ff0000\"},{\"at\":0.5,\"color\":\"#00ff00\"}]";
        Palette plain = read("{\"gradient\":{" + stops + ",\"density\":40}}");
        Palette turned = read("{\"gradient\":{" + stops + ",\"density\":40,\"offset\":0.25}}");
        Palette stretched = read("{\"gradient\":{" + stops + ",\"density\":80}}");
        SplittableRandom draws = new SplittableRandom(42);
        for (int i = 0; i < 10_000; i++) {
            double nu = kept(draws.nextDouble(0, 4000));
            assertClose(colorAt(plain, kept(nu + 10)), colorAt(turned, nu), "a quarter turn is 10 iterations at density 40");
            assertClose(colorAt(plain, kept(nu / 2)), colorAt(stretched, nu), "twice the density, half as fast");
        }
        assertEquals(0xff000000, read("{\"gradient\":{" + stops + "}}").color(new EscapeWindow().set(new int[] {EscapeData.inside(MAX_ITER)}, 0, 0, 1, 1, 1), 0, 0, MAX_ITER),
                "the inside stays black");
    }

    @Test
    void itColoursTheDistanceAndEqualisedPalettesToo() {
        String gradient = "\"gradient\":{\"stops\":[{\"at\":0.2,\"color\":\"#102030\"}]}";
        assertTrue(read("{\"palette\":\"distance\"," + gradient + "}") instanceof DistancePalette);
        assertTrue(read("{\"palette\":\"equalised\"," + gradient + "}") instanceof EqualisedPalette);
        // One stop: one colour everywhere outside the set.
        Palette flat = read("{" + gradient + "}");
        for (double nu = 1; nu < 500; nu += 0.7) {
            assertEquals(Rgba.pack(0x10, 0x20, 0x30, 255), colorAt(flat, kept(nu)));
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "{\"palette\":\"fire\",\"gradient\":{\"stops\":[{\"at\":0,\"color\":\"#000000\"}]}} | params.gradient | not \"fire\"",
        "{\"gradient\":{}}                                                    | params.gradient.stops | missing",
        "{\"gradient\":{\"stops\":[]}}                                        | params.gradient.stops | has no stops",
        "{\"gradient\":[]}                                                    | params.gradient | must be a JSON object",
        "{\"gradient\":{\"stops\":[{\"at\":0.5,\"color\":\"#000000\"},{\"at\":0.5,\"color\":\"#ffffff\"}]}} | params.gradient.stops[1].at | greater than the stop before it",
        "{\"gradient\":{\"stops\":[{\"at\":0.6,\"color\":\"#000000\"},{\"at\":0.2,\"color\":\"#ffffff\"}]}} | params.gradient.stops[1].at | rising order",
        "{\"gradient\":{\"stops\":[{\"at\":1.5,\"color\":\"#000000\"}]}}      | params.gradient.stops[0].at | got 1.5",
        "{\"gradient\":{\"stops\":[{\"at\":-0.1,\"color\":\"#000000\"}]}}     | params.gradient.stops[0].at | got -0.1",
        "{\"gradient\":{\"stops\":[{\"at\":0,\"color\":\"red\"}]}}            | params.gradient.stops[0].color | #rrggbb, got \"red\"",
        "{\"gradient\":{\"stops\":[{\"at\":0,\"color\":\"#gg0000\"}]}}        | params.gradient.stops[0].color | #rrggbb",
        "{\"gradient\":{\"stops\":[{\"at\":0,\"color\":255}]}}                | params.gradient.stops[0].color | got 255",
        "{\"gradient\":{\"stops\":[{\"at\":0}]}}                              | params.gradient.stops[0].color | missing",
        "{\"gradient\":{\"stops\":[{\"at\":0,\"color\":\"#000000\",\"alpha\":1}]}} | params.gradient.stops[0].alpha | unknown field",
        "{\"gradient\":{\"stops\":[{\"at\":0,\"color\":\"#000000\"}],\"density\":0}} | params.gradient.density | got 0",
        "{\"gradient\":{\"stops\":[{\"at\":0,\"color\":\"#000000\"}],\"offset\":2}}  | params.gradient.offset | got 2",
        "{\"palette\":\"equalised\",\"gradient\":{\"stops\":[{\"at\":0,\"color\":\"#000000\"}],\"density\":10}} | params.gradient.density | equalised",
        "{\"gradient\":{\"stops\":[{\"at\":0,\"color\":\"#000000\"}],\"speed\":1}} | params.gradient.speed | unknown field",
    })
    void refusesABadGradientNamingTheField(String params, String field, String problem) {
        InvalidRequestException e = assertThrows(InvalidRequestException.class, () -> read(params));
        assertEquals(field, e.field(), e.getMessage());
        assertTrue(e.getMessage().contains(problem), e.getMessage());
    }

    @Test
    void moreStopsThanTheLimitAreRefused() {
        StringBuilder stops = new StringBuilder();
        for (int i = 0; i <= GradientReader.MAX_STOPS; i++) {
            stops.append(i == 0 ? "" : ",").append("{\"at\":").append(i / 100.0).append(",\"color\":\"#000000\"}");
        }
        InvalidRequestException e = assertThrows(InvalidRequestException.class, () -> read("{\"gradient\":{\"stops\":[" + stops + "]}}"));
        assertEquals("params.gradient.stops", e.field());
    }

    private static int channel(int color, int c) {
        return c == 0 ? Rgba.red(color) : c == 1 ? Rgba.green(color) : Rgba.blue(color);
    }

    private static void assertClose(int expected, int actual, String what) {
        for (int c = 0; c < 3; c++) {
            assertEquals(channel(expected, c), channel(actual, c), 1, what);
        }
    }
}
