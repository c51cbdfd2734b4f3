package tessera.pipeline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Byte-for-byte against the article's own code on random images, through bands, halos and stages. */
class FiltersMatchTheArticleTest {
    @ParameterizedTest
    @CsvSource({
        "1, 1, 8", "7, 5, 8", "64, 64, 64", "65, 129, 16", "200, 77, 32", "33, 300, 8",
    })
    void boxBlurEqualsTheNaiveDefinitionForManyRadii(int width, int height, int tileSize) {
        Random random = new Random(width * 1000L + height);
        int[] image = PipelineFixtures.randomImage(random, width, height);
        for (int radius : new int[] {0, 1, 2, 3, 5, 8, 13, 31, 64, 100}) {
            byte[] expected = ArticleReference.blur(PipelineFixtures.toBytes(image), width, height, radius);
            int[] actual = PipelineFixtures.run(List.of(new BoxBlur(radius)), image, width, height, tileSize);
            assertArrayEquals(expected, PipelineFixtures.toBytes(actual), width + "×" + height + " radius " + radius);
        }
    }

    @ParameterizedTest
    @CsvSource({"0", "0.5", "1", "1.2", "3.7", "10"})
    void pointFiltersEqualTheArticle(float factor) {
        int[] image = PipelineFixtures.randomImage(new Random(11), 97, 41);
        byte[] bright = PipelineFixtures.toBytes(image);
        ArticleReference.brightness(bright, factor);
        assertArrayEquals(bright, PipelineFixtures.toBytes(PipelineFixtures.run(List.of(new Brightness(factor)), image, 97, 41, 16)));
        byte[] contrast = PipelineFixtures.toBytes(image);
        ArticleReference.contrast(contrast, factor);
        assertArrayEquals(contrast, PipelineFixtures.toBytes(PipelineFixtures.run(List.of(new Contrast(factor)), image, 97, 41, 16)));
    }

    @ParameterizedTest
    @CsvSource({"8", "64"})
    void sepiaEqualsTheArticle(int tileSize) {
        int[] image = PipelineFixtures.randomImage(new Random(12), 120, 90);
        byte[] expected = PipelineFixtures.toBytes(image);
        ArticleReference.sepia(expected);
        assertArrayEquals(expected, PipelineFixtures.toBytes(PipelineFixtures.run(List.of(new Sepia()), image, 120, 90, tileSize)));
    }

    @ParameterizedTest
    @CsvSource({"4, 1.2", "0, 0.8", "17, 2.5"})
    void theArticlesChainBlurBrightnessSepiaEqualsItsCodeRunInSequence(int radius, float factor) {
        int width = 131;
        int height = 67;
        int[] image = PipelineFixtures.randomImage(new Random(radius), width, height);
        byte[] expected = ArticleReference.blur(PipelineFixtures.toBytes(image), width, height, radius);
        ArticleReference.brightness(expected, factor);
        ArticleReference.sepia(expected);
        int[] actual = PipelineFixtures.run(List.of(new BoxBlur(radius), new Brightness(factor), new Sepia()), image, width, height, 16);
        assertArrayEquals(expected, PipelineFixtures.toBytes(actual));
    }

    @ParameterizedTest
    @CsvSource({"2", "7"})
    void twoBlursInARowAreTwoPassesOverTheWholeImage(int radius) {
        int width = 90;
        int height = 150;
        int[] image = PipelineFixtures.randomImage(new Random(5), width, height);
        byte[] once = ArticleReference.blur(PipelineFixtures.toBytes(image), width, height, radius);
        byte[] expected = ArticleReference.blur(once, width, height, radius + 1);
        int[] actual = PipelineFixtures.run(List.of(new BoxBlur(radius), new BoxBlur(radius + 1)), image, width, height, 8);
        assertArrayEquals(expected, PipelineFixtures.toBytes(actual));
    }
}
