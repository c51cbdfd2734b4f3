package tessera.render;

/** A validated, ready-to-render picture: its size and a way to render any of its tiles. */
public interface Workload {
    int width();

    int height();

    TileRenderer newTileRenderer();
}
