package tessera.render;

import java.util.function.Supplier;

/**
 * A host's cache of what preparing a view took (a deep view's reference orbit and its table),
 * keyed by everything that went into it: the same view again, in another palette or after a
 * recolouring, is not prepared again. It keeps the last view only. Owned by the host (a browser
 * worker, a command), which hands it to factories in a {@link Preparation}.
 */
public final class PreparedViews {
    private String key;
    private Object value;

    /** What {@code prepare} made for {@code key}, made now unless it was the last one made. */
    public synchronized <T> T get(String key, Class<T> type, Supplier<T> prepare) {
        if (!key.equals(this.key)) {
            value = prepare.get();
            this.key = key;
        }
        return type.cast(value);
    }
}
