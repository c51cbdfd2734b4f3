package tessera.raytrace;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * A bounding-volume hierarchy over a scene's bounded shapes, so a ray meets O(log n) of them.
 * Nodes live in flat arrays and traversal uses a caller-owned stack: nothing is allocated per ray.
 * Unbounded shapes (planes) are tested one by one beside it.
 *
 * <p>Closest hits are decided as the reference crate decides them over its list: the smallest
 * distance, and on a tie the shape that comes first in the scene.
 */
public final class Bvh {
    private static final int LEAF_SIZE = 4;
    /** Depth bound: median splits halve the shape count, so 2 × 64 covers any scene that fits in memory. */
    public static final int STACK_SIZE = 128;
    /** What {@link #entry} returns for a box the ray misses; tested explicitly because a limit may itself be +∞. */
    private static final double NO_ENTRY = Double.POSITIVE_INFINITY;

    private final Shape[] shapes;
    private final int[] sceneIndex;
    private final Shape[] unbounded;
    private final int[] unboundedIndex;
    /** Node arrays, sized before the build for the most nodes it can make, so that nothing grows while it recurses. */
    private final double[] boxes;
    private final int[] first;
    /** For a leaf the number of shapes; for an inner node −1 (its children are node + 1 and {@link #first}). */
    private final int[] count;
    private int nodes;

    public Bvh(List<Shape> sceneShapes) {
        List<Integer> bounded = new ArrayList<>();
        List<Integer> planes = new ArrayList<>();
        for (int i = 0; i < sceneShapes.size(); i++) {
            (sceneShapes.get(i).isBounded() ? bounded : planes).add(i);
        }
        unbounded = new Shape[planes.size()];
        unboundedIndex = new int[planes.size()];
        for (int i = 0; i < planes.size(); i++) {
            unbounded[i] = sceneShapes.get(planes.get(i));
            unboundedIndex[i] = planes.get(i);
        }
        int n = bounded.size();
        // Halving until at most LEAF_SIZE shapes are left makes fewer than 2n nodes.
        int most = Math.max(1, 2 * n);
        boxes = new double[6 * most];
        first = new int[most];
        count = new int[most];
        double[] shapeBoxes = new double[6 * n];
        double[] box = new double[6];
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            sceneShapes.get(bounded.get(i)).bounds(box);
            for (int k = 0; k < 6; k++) {
                // Padded a little so rounding in a shape's own intersection test never falls outside its box.
                double pad = 1e-9 * (Math.abs(box[k]) + 1.0);
                shapeBoxes[6 * i + k] = k < 3 ? box[k] - pad : box[k] + pad;
            }
            order[i] = i;
        }
        if (n > 0) {
            build(order, 0, n, shapeBoxes);
        }
        shapes = new Shape[n];
        sceneIndex = new int[n];
        for (int i = 0; i < n; i++) {
            shapes[i] = sceneShapes.get(bounded.get(order[i]));
            sceneIndex[i] = bounded.get(order[i]);
        }
    }

    public int nodeCount() {
        return nodes;
    }

    private int build(Integer[] order, int from, int to, double[] shapeBoxes) {
        int node = nodes++;
        double[] bounds = {Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY,
            Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY};
        double[] centroids = {Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY,
            Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY};
        for (int i = from; i < to; i++) {
            int s = 6 * order[i];
            for (int axis = 0; axis < 3; axis++) {
                bounds[axis] = Math.min(bounds[axis], shapeBoxes[s + axis]);
                bounds[axis + 3] = Math.max(bounds[axis + 3], shapeBoxes[s + axis + 3]);
                double centre = shapeBoxes[s + axis] + shapeBoxes[s + axis + 3];
                centroids[axis] = Math.min(centroids[axis], centre);
                centroids[axis + 3] = Math.max(centroids[axis + 3], centre);
            }
        }
        System.arraycopy(bounds, 0, boxes, 6 * node, 6);
        if (to - from <= LEAF_SIZE) {
            first[node] = from;
            count[node] = to - from;
            return node;
        }
        int axis = 0;
        for (int a = 1; a < 3; a++) {
            if (centroids[a + 3] - centroids[a] > centroids[axis + 3] - centroids[axis]) {
                axis = a;
            }
        }
        int splitAxis = axis;
        Arrays.sort(order, from, to, Comparator.comparingDouble(
                (Integer i) -> shapeBoxes[6 * i + splitAxis] + shapeBoxes[6 * i + splitAxis + 3]).thenComparingInt(i -> i));
        int middle = (from + to) >>> 1;
        count[node] = -1;
        build(order, from, middle, shapeBoxes);
        first[node] = build(order, middle, to, shapeBoxes);
        return node;
    }

    /**
     * Finds the closest hit. Returns the hit shape's index in the scene (or −1) and writes the
     * distance into {@code distance[0]}.
     */
    public int closest(double ox, double oy, double oz, double dx, double dy, double dz, int[] stack,
            double[] entries, double[] distance) {
        double best = Shape.MISS;
        int bestIndex = -1;
        for (int i = 0; i < unbounded.length; i++) {
            double d = unbounded[i].intersect(ox, oy, oz, dx, dy, dz);
            if (d < best || (d == best && d != Shape.MISS && unboundedIndex[i] < bestIndex)) {
                best = d;
                bestIndex = unboundedIndex[i];
            }
        }
        if (nodes > 0) {
            // Fields in locals: WebAssembly engines reload a field in every iteration of a loop.
            int[] count = this.count;
            int[] first = this.first;
            Shape[] shapes = this.shapes;
            int[] sceneIndex = this.sceneIndex;
            double[] boxes = this.boxes;
            double ix = 1.0 / dx;
            double iy = 1.0 / dy;
            double iz = 1.0 / dz;
            int top = 0;
            stack[top] = 0;
            entries[top++] = entry(boxes, 0, ox, oy, oz, ix, iy, iz);
            while (top > 0) {
                top--;
                if (entries[top] > best || entries[top] == NO_ENTRY) {
                    continue;
                }
                int node = stack[top];
                if (count[node] >= 0) {
                    for (int i = first[node], end = first[node] + count[node]; i < end; i++) {
                        double d = shapes[i].intersect(ox, oy, oz, dx, dy, dz);
                        if (d < best || (d == best && d != Shape.MISS && sceneIndex[i] < bestIndex)) {
                            best = d;
                            bestIndex = sceneIndex[i];
                        }
                    }
                } else {
                    // Visit the nearer child first, so hits found there cull the farther one.
                    int left = node + 1;
                    int right = first[node];
                    double leftEntry = entry(boxes, left, ox, oy, oz, ix, iy, iz);
                    double rightEntry = entry(boxes, right, ox, oy, oz, ix, iy, iz);
                    boolean leftFirst = !(rightEntry < leftEntry);
                    stack[top] = leftFirst ? right : left;
                    entries[top++] = leftFirst ? rightEntry : leftEntry;
                    stack[top] = leftFirst ? left : right;
                    entries[top++] = leftFirst ? leftEntry : rightEntry;
                }
            }
        }
        distance[0] = best;
        return bestIndex;
    }

    /** Whether anything lies on the ray within {@code maxDistance} (inclusive): the shadow test. */
    public boolean anyWithin(double ox, double oy, double oz, double dx, double dy, double dz, double maxDistance, int[] stack) {
        for (Shape plane : unbounded) {
            double d = plane.intersect(ox, oy, oz, dx, dy, dz);
            if (d != Shape.MISS && d <= maxDistance) {
                return true;
            }
        }
        if (nodes == 0) {
            return false;
        }
        int[] count = this.count;
        int[] first = this.first;
        Shape[] shapes = this.shapes;
        double[] boxes = this.boxes;
        double ix = 1.0 / dx;
        double iy = 1.0 / dy;
        double iz = 1.0 / dz;
        int top = 0;
        stack[top++] = 0;
        while (top > 0) {
            int node = stack[--top];
            double entry = entry(boxes, node, ox, oy, oz, ix, iy, iz);
            if (entry > maxDistance || entry == NO_ENTRY) {
                continue;
            }
            if (count[node] >= 0) {
                for (int i = first[node], end = first[node] + count[node]; i < end; i++) {
                    double d = shapes[i].intersect(ox, oy, oz, dx, dy, dz);
                    if (d != Shape.MISS && d <= maxDistance) {
                        return true;
                    }
                }
            } else {
                stack[top++] = first[node];
                stack[top++] = node + 1;
            }
        }
        return false;
    }

    /** Distance at which the ray enters the node's box (0 if it starts inside), or {@link #NO_ENTRY} if it misses it. */
    private static double entry(double[] boxes, int node, double ox, double oy, double oz, double ix, double iy, double iz) {
        int b = 6 * node;
        // On each axis the ray meets the low face first when it goes up that axis, so each slab
        // needs no min and max of its own; only the three slabs are combined.
        double nearX = ((ix >= 0.0 ? boxes[b] : boxes[b + 3]) - ox) * ix;
        double farX = ((ix >= 0.0 ? boxes[b + 3] : boxes[b]) - ox) * ix;
        double nearY = ((iy >= 0.0 ? boxes[b + 1] : boxes[b + 4]) - oy) * iy;
        double farY = ((iy >= 0.0 ? boxes[b + 4] : boxes[b + 1]) - oy) * iy;
        double nearZ = ((iz >= 0.0 ? boxes[b + 2] : boxes[b + 5]) - oz) * iz;
        double farZ = ((iz >= 0.0 ? boxes[b + 5] : boxes[b + 2]) - oz) * iz;
        double near = upper(upper(nearX, nearY), upper(nearZ, 0.0));
        double far = lower(lower(farX, farY), farZ);
        // NaN (a zero direction component on a box face) counts as a hit: never cull what might be hit.
        return near <= far || near != near || far != far ? near : NO_ENTRY;
    }

    // Math.min and Math.max without their care for the sign of zero, which a box test does not need
    // and which costs branches in WebAssembly; NaN still propagates, as the test above relies on.
    private static double lower(double a, double b) {
        return a < b || a != a ? a : b;
    }

    private static double upper(double a, double b) {
        return a > b || a != a ? a : b;
    }
}
