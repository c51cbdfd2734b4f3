package tessera.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tessera.render.InvalidRequestException;
import tessera.render.Picture;
import tessera.render.RequestFiles;
import tessera.render.RenderRequest;
import tessera.render.Workload;

class PipelineFactoryTest {
    private static final RequestFiles PICTURES = name -> {
        if (!name.equals("photo.png")) {
            throw new IllegalArgumentException("no such file " + name);
        }
        return new Picture(40, 30, new int[40 * 30]);
    };

    private static Workload create(String json) {
        return new PipelineFactory().create(RenderRequest.parse(json, List.of("pipeline"), 2), tessera.render.Preparation.of(PICTURES));
    }

    @Test
    void takesItsSizeFromThePicture() {
        Workload workload = create("{\"workload\":\"pipeline\",\"params\":{\"image\":\"photo.png\",\"ops\":[{\"op\":\"gaussian\",\"sigma\":2}]}}");
        assertEquals(40, workload.width());
        assertEquals(30, workload.height());
        assertEquals("photo.png", workload.sourcePicture());
        assertEquals(3, ((PipelineWorkload) workload).filterPasses().size(), "a Gaussian is three box passes");
    }

    @Test
    void aSizeThatDiffersFromThePictureNamesBoth() {
        InvalidRequestException e = assertThrows(InvalidRequestException.class, () -> create(
                "{\"workload\":\"pipeline\",\"width\":40,\"height\":31,\"params\":{\"image\":\"photo.png\",\"ops\":[]}}"));
        assertEquals("height", e.field());
        assertTrue(e.getMessage().contains("the request asks for 40 × 31 but the image is 40 × 30"), e.getMessage());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "{\"image\":\"gone.png\",\"ops\":[]}                             | params.image        | cannot load \"gone.png\": no such file",
        "{\"ops\":[]}                                                    | params.image        | missing",
        "{\"image\":\"photo.png\"}                                       | params.ops          | missing",
        "{\"image\":\"photo.png\",\"ops\":[{\"op\":\"emboss\"}]}         | params.ops[0].op    | must be one of \"blur\"",
        "{\"image\":\"photo.png\",\"ops\":[{\"op\":\"blur\"}]}           | params.ops[0].radius | missing",
        "{\"image\":\"photo.png\",\"ops\":[{\"op\":\"blur\",\"radius\":101}]} | params.ops[0].radius | from 0 to 100, got 101",
        "{\"image\":\"photo.png\",\"ops\":[{\"op\":\"blur\",\"radius\":2.5}]} | params.ops[0].radius | got 2.5",
        "{\"image\":\"photo.png\",\"ops\":[{\"op\":\"brightness\",\"factor\":-1}]} | params.ops[0].factor | got -1",
        "{\"image\":\"photo.png\",\"ops\":[{\"op\":\"sepia\",\"amount\":1}]} | params.ops[0].amount | unknown field",
        "{\"image\":\"photo.png\",\"ops\":[{\"op\":\"gaussian\",\"sigma\":0}]} | params.ops[0].sigma | got 0",
        "{\"image\":\"photo.png\",\"ops\":[7]}                           | params.ops[0]       | must be a JSON object",
    })
    void refusesBadChainsNamingTheField(String params, String field, String problem) {
        InvalidRequestException e = assertThrows(InvalidRequestException.class,
                () -> create("{\"workload\":\"pipeline\",\"params\":" + params + "}"));
        assertEquals(field, e.field(), e.getMessage());
        assertTrue(e.getMessage().contains(problem), e.getMessage());
    }

    @Test
    void refusesChainsLongerThanTheLimit() {
        String ops = String.join(",", java.util.Collections.nCopies(FilterReader.MAX_OPS + 1, "{\"op\":\"invert\"}"));
        InvalidRequestException e = assertThrows(InvalidRequestException.class,
                () -> create("{\"workload\":\"pipeline\",\"params\":{\"image\":\"photo.png\",\"ops\":[" + ops + "]}}"));
        assertTrue(e.getMessage().contains("has 33 entries; the limit is 32"), e.getMessage());
    }
}
