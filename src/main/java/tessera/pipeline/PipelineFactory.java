package tessera.pipeline;

import java.util.List;
import tessera.json.JsonWriter;
import tessera.render.FieldReader;
import tessera.render.InvalidRequestException;
import tessera.render.PictureSize;
import tessera.render.RenderRequest;
import tessera.render.Preparation;
import tessera.render.Workload;
import tessera.render.WorkloadFactory;

/**
 * {@code params.image} names the picture (a URL in the browser, a file on the JVM) and
 * {@code params.ops} the chain. The request's width and height may be left out; given, they must be
 * the picture's.
 */
public final class PipelineFactory implements WorkloadFactory {
    @Override
    public String name() {
        return "pipeline";
    }

    @Override
    public void describe(JsonWriter json) {
        FilterReader.describe(json);
    }

    @Override
    public Workload create(RenderRequest request, Preparation preparation) {
        FieldReader params = request.params();
        String image = params.requiredString("image");
        List<Filter> filters = FilterReader.read(params);
        params.rejectUnknownFields();
        PictureSize size;
        try {
            size = preparation.files.size(image);
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException(params.path("image"), "cannot load \"" + image + "\": " + e.getMessage(),
                    params.get("image"));
        }
        if (request.width(size.width) != size.width || request.height(size.height) != size.height) {
            throw new InvalidRequestException(request.width(size.width) != size.width ? "width" : "height",
                    "the request asks for " + request.width(size.width) + " × " + request.height(size.height)
                    + " but the image is " + size.width + " × " + size.height + "; leave width and height out or give the image's");
        }
        return new PipelineWorkload(image, size.width, size.height, PassPlanner.plan(filters));
    }
}
