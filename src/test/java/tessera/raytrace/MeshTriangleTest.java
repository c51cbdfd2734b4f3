package tessera.raytrace;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class MeshTriangleTest {
    private static final Material M = Material.diffuse(new SolidColor(1, 1, 1), 1);

    private static MeshTriangle triangle(String normals) {
        String obj = "v 0 0 0\nv 1 0 0\nv 0 1 0\n" + normals + "f 1//1 2//2 3//3\n";
        Mesh mesh = Mesh.place(ObjReader.read(obj.getBytes(StandardCharsets.UTF_8), 10), MeshTransform.IDENTITY);
        return new MeshTriangle(mesh, 0, M);
    }

    @Test
    void cornerNormalsAreInterpolatedAcrossTheFace() {
        MeshTriangle t = triangle("vn 0 0 1\nvn 1 0 1\nvn 0 1 1\n");
        double[] n = new double[3];
        t.normalAt(0, 0, 0, n);
        assertArrayEquals(new double[] {0, 0, 1}, n, 1e-15);
        t.normalAt(0.5, 0, 0, n);
        // Halfway from (0, 0, 1) to (1, 0, 1)/√2, normalised.
        double x = 0.5 / Math.sqrt(2);
        double z = 0.5 + 0.5 / Math.sqrt(2);
        double length = Math.hypot(x, z);
        assertArrayEquals(new double[] {x / length, 0, z / length}, n, 1e-15);
    }

    @Test
    void shadowRaysLeaveFromTheCurvedSurfaceTheNormalsDescribe() {
        double[] origin = new double[3];
        // Normals along the face's own: the surface is the flat triangle, and the point stays.
        triangle("vn 0 0 1\nvn 0 0 1\nvn 0 0 1\n").shadowOrigin(0.25, 0.25, 0, origin);
        assertArrayEquals(new double[] {0.25, 0.25, 0}, origin, 0);
        // Normals leaning outwards, as on a coarse sphere: the point inside the face rises above it.
        triangle("vn -1 -1 1\nvn 1 0 0.5\nvn 0 1 0.5\n").shadowOrigin(0.25, 0.25, 0, origin);
        assertTrue(origin[2] > 0.01, "lifted: " + origin[2]);
        // At a corner, the corner itself.
        triangle("vn -1 -1 1\nvn 1 0 0.5\nvn 0 1 0.5\n").shadowOrigin(1, 0, 0, origin);
        assertEquals(0, origin[2], 1e-15);
    }

    @Test
    void aClosedGlassMeshRefractsLikeTheGlassBoxItOutlines() {
        String glass = "{\"coloration\": {\"Color\": " + SceneFixtures.rgb(1, 1, 1) + "}, \"albedo\": 1,"
                + " \"surface\": {\"Refractive\": {\"index\": 1.5, \"transparency\": 1}}}";
        String floor = "{\"Plane\": {\"origin\": " + SceneFixtures.point(0, -2, 0) + ", \"normal\": " + SceneFixtures.point(0, -1, 0)
                + ", \"material\": {\"coloration\": {\"Checkerboard\": {\"size\": 0.5, \"even\": " + SceneFixtures.rgb(1, 1, 1)
                + ", \"odd\": " + SceneFixtures.rgb(0.1, 0.1, 0.1) + "}}, \"albedo\": 1, \"surface\": \"Diffuse\"}}}";
        String light = "{\"Directional\": {\"direction\": " + SceneFixtures.point(0.2, -1, -0.3) + ", \"color\": "
                + SceneFixtures.rgb(1, 1, 1) + ", \"intensity\": 4}}";
        String box = "{\"Box\": {\"min\": " + SceneFixtures.point(-1, -1.5, -5) + ", \"max\": " + SceneFixtures.point(1, 0.5, -3)
                + ", \"material\": " + glass + "}}";
        // The same cube as twelve triangles, counter-clockwise seen from outside.
        String cube = "v -1 -1.5 -5\nv 1 -1.5 -5\nv 1 0.5 -5\nv -1 0.5 -5\nv -1 -1.5 -3\nv 1 -1.5 -3\nv 1 0.5 -3\nv -1 0.5 -3\n"
                + "f 1 4 3 2\nf 5 6 7 8\nf 1 2 6 5\nf 4 8 7 3\nf 1 5 8 4\nf 2 3 7 6\n";
        tessera.render.RequestFiles files = new tessera.render.RequestFiles() {
            @Override
            public tessera.render.Picture load(String name) {
                throw new IllegalArgumentException("none");
            }

            @Override
            public byte[] model(String name) {
                return cube.getBytes(StandardCharsets.UTF_8);
            }
        };
        String mesh = "{\"Mesh\": {\"obj\": \"cube.obj\", \"material\": " + glass + "}}";
        String scene = "{\"width\": 64, \"height\": 48, \"fov\": 60, \"shadow_bias\": 1e-9, \"max_recursion_depth\": 8,"
                + " \"fresnel\": \"physical\", \"elements\": [%s, " + floor + "], \"lights\": [" + light + "]}";
        int[] boxed = SceneFixtures.render(read(files, String.format(scene, box)));
        int[] meshed = SceneFixtures.render(read(files, String.format(scene, mesh)));
        int same = 0;
        for (int i = 0; i < boxed.length; i++) {
            same += Math.abs(tessera.render.Rgba.red(boxed[i]) - tessera.render.Rgba.red(meshed[i])) <= 2 ? 1 : 0;
        }
        assertTrue(same >= 0.98 * boxed.length, same + " of " + boxed.length + " pixels alike");
    }

    private static Scene read(tessera.render.RequestFiles files, String json) {
        return new SceneReader(files).read(tessera.render.FieldReader.of(tessera.json.JsonReader.parse(json), "params.scene"), 0, 0);
    }

    @Test
    void rotationsUseTheirOwnSineAndCosineCloseToTheTrueOnes() {
        for (double degrees = -360; degrees <= 360; degrees += 0.37) {
            double[] sinCos = MeshTransform.sinCos(degrees);
            double radians = Math.toRadians(degrees);
            assertEquals(StrictMath.sin(radians), sinCos[0], 1e-15, degrees + "°");
            assertEquals(StrictMath.cos(radians), sinCos[1], 1e-15, degrees + "°");
        }
        assertArrayEquals(new double[] {1, 0}, MeshTransform.sinCos(90), 0);
        assertArrayEquals(new double[] {0, -1}, MeshTransform.sinCos(180), 0);
        assertArrayEquals(new double[] {-1, 0}, MeshTransform.sinCos(-90), 0);
    }

    @Test
    void aTinyTriangleIsStillHit() {
        double[] corners = new double[Triangles.STRIDE];
        double size = 1e-7;
        Triangles.pack(0, 0, -1, size, 0, -1, 0, size, -1, corners, 0);
        assertEquals(1.0, Triangles.intersect(corners, 0, size / 4, size / 4, 0, 0, 0, -1), 1e-12);
        assertEquals(Shape.MISS, Triangles.intersect(corners, 0, size, size, 0, 0, 0, -1), "beside it");
        // Edge on, it is missed whatever its size.
        assertEquals(Shape.MISS, Triangles.intersect(corners, 0, -1, size / 4, -1, 1, 0, 0));
    }
}
