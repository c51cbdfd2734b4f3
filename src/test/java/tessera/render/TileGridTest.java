package tessera.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TileGridTest {
    @ParameterizedTest
    @CsvSource({"1920, 1080, 64", "100, 37, 16", "7, 5, 64", "64, 64, 64", "65, 129, 64"})
    void tilesCoverTheFrameExactlyOnce(int width, int height, int size) {
        TileGrid grid = new TileGrid(width, height, size);
        int[] covered = new int[width * height];
        for (int i = 0; i < grid.tileCount(); i++) {
            Tile tile = grid.tile(i);
            assertEquals(i, tile.index);
            assertTrue(tile.width >= 1 && tile.width <= size && tile.height >= 1 && tile.height <= size, tile.toString());
            for (int y = tile.y; y < tile.y + tile.height; y++) {
                for (int x = tile.x; x < tile.x + tile.width; x++) {
                    covered[y * width + x]++;
                }
            }
        }
        for (int count : covered) {
            assertEquals(1, count);
        }
        assertEquals(((width + size - 1) / size) * ((height + size - 1) / size), grid.tileCount());
    }

    @Test
    void numbersTilesFromTheCentreOutwards() {
        TileGrid grid = new TileGrid(1920, 1080, 64);
        Tile first = grid.tile(0);
        assertTrue(first.x <= 960 && 960 <= first.x + first.width, first.toString());
        assertTrue(first.y <= 540 && 540 <= first.y + first.height, first.toString());
        double previous = -1;
        for (int i = 0; i < grid.tileCount(); i++) {
            Tile t = grid.tile(i);
            double dx = t.x + t.width / 2.0 - 960;
            double dy = t.y + t.height / 2.0 - 540;
            double distance = dx * dx + dy * dy;
            assertTrue(distance >= previous, "tile " + i + " is nearer the centre than tile " + (i - 1));
            previous = distance;
        }
        Tile last = grid.tile(grid.tileCount() - 1);
        assertTrue((last.x == 0 || last.x + last.width == 1920) && (last.y == 0 || last.y + last.height == 1080),
                "the last tile is a corner: " + last);
    }
}
