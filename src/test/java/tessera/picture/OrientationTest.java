package tessera.picture;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import tessera.render.Picture;

/** The eight EXIF orientations, on a picture of three columns and two rows stored as a b c / d e f. */
class OrientationTest {
    private static final Picture STORED = new Picture(3, 2, new int[] {'a', 'b', 'c', 'd', 'e', 'f'});

    private static void shows(int orientation, int width, String rows) {
        Picture upright = Orientation.apply(STORED, orientation);
        assertEquals(width, upright.width, "orientation " + orientation);
        StringBuilder shown = new StringBuilder();
        for (int i = 0; i < upright.pixels.length; i++) {
            shown.append(i > 0 && i % upright.width == 0 ? "/" : "").append((char) upright.pixels[i]);
        }
        assertEquals(rows, shown.toString(), "orientation " + orientation);
    }

    @Test
    void eachOrientationTurnsOrMirrorsAsExifDefines() {
        shows(1, 3, "abc/def");
        shows(2, 3, "cba/fed");
        shows(3, 3, "fed/cba");
        shows(4, 3, "def/abc");
        shows(5, 2, "ad/be/cf");
        shows(6, 2, "da/eb/fc");
        shows(7, 2, "fc/eb/da");
        shows(8, 2, "cf/be/ad");
    }

    @Test
    void orientationSixUndoesEightAndFiveIsItsOwnInverse() {
        assertArrayEquals(STORED.pixels, Orientation.apply(Orientation.apply(STORED, 6), 8).pixels);
        assertArrayEquals(STORED.pixels, Orientation.apply(Orientation.apply(STORED, 5), 5).pixels);
        assertArrayEquals(STORED.pixels, Orientation.apply(Orientation.apply(STORED, 7), 7).pixels);
    }
}
