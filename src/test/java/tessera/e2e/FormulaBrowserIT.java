package tessera.e2e;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;
import tessera.escapetime.Formula;
import tessera.escapetime.FormulaEdge;

/**
 * Every formula in the browser draws the JVM's bytes on 1 and 2 workers: the whole set in doubles,
 * a view at 10¹⁴ on its edge (perturbation with double differences), and a view at 10⁴⁰⁰ (differences
 * as mantissas with exponents, past a double's range); Julia sets too, shallow and deep, and the
 * Multibrot powers. The deep views also in transfer mode and in Firefox.
 */
class FormulaBrowserIT {
    /** Drawn once for the class: the deep Julia edges take seconds to find in full precision. */
    private static final List<String> REQUESTS = requests();

    private static List<String> requests() {
        List<String> requests = new ArrayList<>();
        Random random = new Random(28);
        List<Formula> formulas = new ArrayList<>();
        Formula.ids().forEach(id -> formulas.add(Formula.named(id, 2)));
        formulas.add(Formula.named(Formula.DEFAULT, 3));
        formulas.add(Formula.named(Formula.DEFAULT, 8));
        for (Formula formula : formulas) {
            String named = "\"formula\":\"" + formula.id + "\",\"power\":" + formula.power;
            String edge = new java.math.BigDecimal(FormulaEdge.above(formula)).toPlainString();
            StringBuilder digits = new StringBuilder(edge);
            while (digits.length() < 420) {
                digits.append(random.nextInt(10));
            }
            requests.add(String.format(Locale.ROOT, "{\"workload\":\"mandelbrot\",\"width\":320,\"height\":180,\"params\":{%s,"
                    + "\"center\":{\"x\":-0.5,\"y\":-0.3},\"zoom\":0.7,\"maxIter\":300,\"palette\":\"smooth\"}}", named));
            requests.add(String.format(Locale.ROOT, "{\"workload\":\"mandelbrot\",\"width\":160,\"height\":90,\"params\":{%s,"
                    + "\"center\":{\"x\":\"-0.3\",\"y\":\"%s\"},\"zoom\":\"1e14\",\"maxIter\":300,\"palette\":\"smooth\"}}", named, edge));
            requests.add(String.format(Locale.ROOT, "{\"workload\":\"mandelbrot\",\"width\":64,\"height\":36,\"params\":{%s,"
                    + "\"center\":{\"x\":\"-0.3\",\"y\":\"%s\"},\"zoom\":\"1e400\",\"maxIter\":300,\"palette\":\"iterations\"}}", named, digits));
            requests.add(String.format(Locale.ROOT, "{\"workload\":\"julia\",\"width\":160,\"height\":90,\"params\":{%s,"
                    + "\"c\":{\"x\":-0.3,\"y\":%s},\"maxIter\":300,\"palette\":\"smooth\"}}", named, edge));
            if (formula.id.equals("tricorn") || formula.id.contains("buffalo") || formula.id.contains("perpendicular") || formula.power == 8) {
                continue; // on the real axis their Julia sets of a real c are those of the formulas kept
            }
            // deep views of the Julia set of c = −0.3 on its edge, through doubles and past their range
            java.math.BigDecimal juliaEdge = FormulaEdge.julia(formula, 80, 300)[0];
            java.math.BigDecimal deepEdge = FormulaEdge.julia(formula, 1400, 1100)[0];
            requests.add(String.format(Locale.ROOT, "{\"workload\":\"julia\",\"width\":160,\"height\":90,\"params\":{%s,"
                    + "\"c\":{\"x\":-0.3,\"y\":0},\"center\":{\"x\":\"%s\",\"y\":\"1e-15\"},\"zoom\":\"1e14\",\"maxIter\":400,"
                    + "\"palette\":\"smooth\"}}", named, juliaEdge.round(new java.math.MathContext(30)).toPlainString()));
            requests.add(String.format(Locale.ROOT, "{\"workload\":\"julia\",\"width\":64,\"height\":36,\"params\":{%s,"
                    + "\"c\":{\"x\":-0.3,\"y\":0},\"center\":{\"x\":\"%s\",\"y\":\"3e-401\"},\"zoom\":\"1e400\",\"maxIter\":1200,"
                    + "\"palette\":\"iterations\"}}", named, deepEdge.round(new java.math.MathContext(420)).toPlainString()));
        }
        return requests;
    }

    private static List<String> deep() {
        return REQUESTS.stream().filter(r -> r.contains("\"zoom\":\"1e")).toList();
    }

    @Test
    void everyFormulaHashesLikeTheJvm() throws Exception {
        try (BrowserPage page = BrowserPage.open()) {
            for (String request : REQUESTS) {
                page.assertRendersLikeTheJvm(request);
            }
        }
    }

    @Test
    void deepViewsOfEveryFormulaHashLikeTheJvmInTransferMode() throws Exception {
        try (BrowserPage page = BrowserPage.open(Site.startWithoutIsolation(), true)) {
            for (String request : deep()) {
                page.assertRendersLikeTheJvm(request);
            }
        }
    }

    @Test
    void deepViewsOfEveryFormulaHashLikeTheJvmInFirefox() throws Exception {
        List<String> requests = deep();
        try (Site site = Site.start()) {
            FirefoxIT.assertRenderedLikeTheJvm(Firefox.render(site.baseUrl, requests), "shared", 2 * requests.size());
        }
    }
}
