package tessera.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import tessera.json.JsonReader;
import tessera.json.JsonValue;
import tessera.json.JsonWriter;

/**
 * {@code manifest.json} of a frame sequence: what the sequence is (the request, the zoom it goes
 * to, its colour cycling if any, the frame count, each frame's zoom and file) and, per frame, the SHA-256 of its RGBA bytes
 * once it is there (null until then). Two runs belong to the same sequence when everything but the
 * hashes is the same; a folder holds one sequence.
 */
final class FrameManifest {
    static final String FILE = "manifest.json";

    /** Everything but the hashes, as JSON members: the sequence's identity. */
    private final String sequence;
    private final List<String> zooms;
    private final List<String> files;
    private final String[] hashes;

    /** @param cycle the turns of the gradient a frame, as text, or null for a sequence that does not cycle */
    FrameManifest(String request, String toZoom, String cycle, List<String> zooms, List<String> files) {
        JsonWriter json = new JsonWriter().beginObject().name("request").raw(request).name("toZoom").value(toZoom);
        if (cycle != null) {
            json.name("cycle").value(cycle);
        }
        json.name("frames").value(files.size()).name("zooms").strings(zooms).name("files").strings(files).endObject();
        this.sequence = json.toString();
        this.zooms = zooms;
        this.files = files;
        this.hashes = new String[files.size()];
    }

    int frames() {
        return files.size();
    }

    String file(int k) {
        return files.get(k);
    }

    String zoom(int k) {
        return zooms.get(k);
    }

    String hash(int k) {
        return hashes[k];
    }

    void setHash(int k, String hash) {
        hashes[k] = hash;
    }

    /**
     * Takes the hashes of the manifest in {@code folder}, if there is one; refuses one of another
     * sequence, so that no run mixes its frames with another's.
     */
    void adoptFrom(Path folder) throws IOException {
        Path file = folder.resolve(FILE);
        if (!Files.exists(file)) {
            return;
        }
        JsonValue old;
        try {
            old = JsonReader.parse(Files.readString(file, StandardCharsets.UTF_8));
        } catch (RuntimeException | IOException e) {
            throw new IOException(file + " is not a frame manifest (" + e.getMessage() + "); give another --out");
        }
        if (!old.is(JsonValue.Kind.OBJECT) || !old.members().containsKey("hashes") || !sameSequence(old)) {
            throw new IOException(folder + " holds the frames of another sequence (see its " + FILE
                    + "); give another --out, or empty the folder to start again");
        }
        List<JsonValue> values = old.members().get("hashes").elements();
        for (int k = 0; k < hashes.length && k < values.size(); k++) {
            hashes[k] = values.get(k).is(JsonValue.Kind.STRING) ? values.get(k).asString() : null;
        }
    }

    /** Whether {@code old} has this manifest's members, hashes aside, with the same values. */
    private boolean sameSequence(JsonValue old) {
        Map<String, JsonValue> mine = JsonReader.parse(sequence).members();
        Map<String, JsonValue> theirs = old.members();
        if (theirs.size() != mine.size() + 1) {
            return false;
        }
        for (Map.Entry<String, JsonValue> member : mine.entrySet()) {
            JsonValue other = theirs.get(member.getKey());
            if (other == null || !other.toJson().equals(member.getValue().toJson())) {
                return false;
            }
        }
        return true;
    }

    /** The manifest's text. */
    String toJson() {
        JsonWriter list = new JsonWriter().beginArray();
        for (String hash : hashes) {
            if (hash == null) {
                list.nullValue();
            } else {
                list.value(hash);
            }
        }
        return sequence.substring(0, sequence.length() - 1) + ",\"hashes\":" + list.endArray() + "}";
    }
}
