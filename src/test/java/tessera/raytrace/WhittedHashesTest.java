package tessera.raytrace;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tessera.json.JsonReader;
import tessera.jvm.JvmRenderer;
import tessera.picture.PictureFile;
import tessera.render.FieldReader;
import tessera.render.Picture;
import tessera.render.RenderPlan;
import tessera.render.RequestFiles;

/**
 * The crate's tracer stays byte for byte what it was: these hashes of the shipped Whitted presets
 * at 320 × 200 were taken before the hierarchy became a SAH build with packed triangles and float
 * boxes, and before meshes, emission and the sky were added. A change that moves one byte fails here.
 */
class WhittedHashesTest {
    private static final Path SITE = Path.of("src/main/webapp");

    @ParameterizedTest
    @CsvSource({
        "demo, b75ae6b3ab0dd342069cac73945fad1e96c7fe5377b7b124835d180c36d55a5d",
        "crate-test, 299cd47218c3b1a50ec16fe12ed9e11aa1ec2b0d3747880c1c8e8281ed5c02db",
        "spheres-1200, e7a14e5e1579ed75c34894d283dbd2811ee2d3c46918001146a5f1ce30b0cff6",
        "extensions, 0d90d3971d754ad3bee348a5abde3a6b1af09cb045c0c5d21e11d5cbd674cd99",
    })
    void presetsRenderAsBefore(String preset, String hash) throws Exception {
        RequestFiles files = name -> {
            try {
                return PictureFile.read(Files.readAllBytes(SITE.resolve(name))).decode();
            } catch (java.io.IOException e) {
                throw new IllegalArgumentException(e.getMessage());
            }
        };
        FieldReader fields = FieldReader.of(JsonReader.parse(SceneFixtures.preset(preset)), "params.scene");
        Scene scene = new SceneReader(files).read(fields, 320, 200);
        for (Bvh.Split split : Bvh.Split.values()) {
            RenderPlan plan = RenderPlan.of(new RaytraceWorkload(scene, split), 64, 2);
            assertEquals(hash, JvmRenderer.render(plan, (Picture) null).hash(), preset + " with " + split);
        }
    }
}
