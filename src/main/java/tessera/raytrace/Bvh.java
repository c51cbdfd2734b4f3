package tessera.raytrace;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * A bounding-volume hierarchy over a scene's bounded shapes, so a ray meets O(log n) of them.
 * Built by the surface area heuristic over binned centroids (or, for comparison, by median splits);
 * nodes live in flat arrays in depth-first order and traversal uses a caller-owned stack, so nothing
 * is allocated per ray. Triangles are packed beside the nodes and tested inline; other shapes are
 * asked. Unbounded shapes (planes) are tested one by one beside it.
 *
 * <p>Closest hits are decided as the reference crate decides them over its list: the smallest
 * distance, and on a tie the shape that comes first in the scene. Neither depends on how the tree
 * was built, so every build gives the same picture.
 */
public final class Bvh {
    /** How inner nodes divide their shapes. */
    public enum Split {
        /** Surface area heuristic over {@link #BINS} bins per axis: the fewest expected tests. */
        SAH,
        /** Halves at the median centroid of the widest axis, leaves of 4: the previous build, kept to compare. */
        MEDIAN
    }

    private static final int BINS = 16;
    /** A SAH node with more shapes than this is always split, whatever the costs say. */
    private static final int MAX_LEAF = 8;
    private static final int MEDIAN_LEAF = 4;
    /** Below this depth nodes are halved without costing: no input can then make the tree (or the build's recursion) deep. */
    private static final int MAX_SAH_DEPTH = 60;
    /** The cost of visiting a node, counted in shape tests. */
    private static final double TRAVERSAL_COST = 1.0;
    /** What {@link #entry} returns for a box the ray misses; tested explicitly because a limit may itself be +∞. */
    private static final double NO_ENTRY = Double.POSITIVE_INFINITY;

    private final Shape[] shapes;
    private final int[] sceneIndex;
    /** Packed corners of the shape at the same position, where {@link #isTriangle} says it is a triangle. */
    private final double[] corners;
    private final boolean[] isTriangle;
    private final Shape[] unbounded;
    private final int[] unboundedIndex;
    /** Node bounds as floats rounded outwards: half the memory of doubles, and never smaller than the shapes. */
    private float[] boxes;
    private int[] first;
    /** For a leaf the number of shapes; for an inner node −1 (its children are node + 1 and {@link #first}). */
    private int[] count;
    private int nodes;
    private int depth;

    public Bvh(List<Shape> sceneShapes) {
        this(sceneShapes, Split.SAH);
    }

    public Bvh(List<Shape> sceneShapes, Split split) {
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
        // Every leaf holds a shape, so a binary tree over n shapes has fewer than 2n nodes.
        int most = Math.max(1, 2 * n);
        boxes = new float[6 * most];
        first = new int[most];
        count = new int[most];
        double[] shapeBoxes = new double[6 * n];
        double[] centres = new double[3 * n];
        double[] box = new double[6];
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            sceneShapes.get(bounded.get(i)).bounds(box);
            for (int k = 0; k < 6; k++) {
                // Padded a little so rounding in a shape's own intersection test never falls outside its box.
                double pad = 1e-9 * (Math.abs(box[k]) + 1.0);
                shapeBoxes[6 * i + k] = k < 3 ? box[k] - pad : box[k] + pad;
            }
            for (int axis = 0; axis < 3; axis++) {
                centres[3 * i + axis] = shapeBoxes[6 * i + axis] + shapeBoxes[6 * i + axis + 3];
            }
            order[i] = i;
        }
        if (n > 0) {
            if (split == Split.SAH) {
                new SahBuild(shapeBoxes, centres, order).build(0, n, 1);
            } else {
                buildMedian(order, 0, n, shapeBoxes, 1);
            }
        }
        boxes = Arrays.copyOf(boxes, 6 * Math.max(1, nodes));
        first = Arrays.copyOf(first, Math.max(1, nodes));
        count = Arrays.copyOf(count, Math.max(1, nodes));
        shapes = new Shape[n];
        sceneIndex = new int[n];
        corners = new double[Triangles.STRIDE * n];
        isTriangle = new boolean[n];
        for (int i = 0; i < n; i++) {
            shapes[i] = sceneShapes.get(bounded.get(order[i]));
            sceneIndex[i] = bounded.get(order[i]);
            isTriangle[i] = shapes[i].packCorners(corners, Triangles.STRIDE * i);
        }
    }

    public int nodeCount() {
        return nodes;
    }

    /** How many entries the traversal stacks handed to {@link #closest} and {@link #anyWithin} need. */
    public int stackSize() {
        return depth + 2;
    }

    /** Writes the node's box and returns the node's number; the caller makes it a leaf or an inner node. */
    private int addNode(double[] shapeBoxes, int[] order, int from, int to, int level) {
        int node = nodes++;
        depth = Math.max(depth, level);
        double[] bounds = {Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY,
            Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY};
        for (int i = from; i < to; i++) {
            int s = 6 * order[i];
            for (int axis = 0; axis < 3; axis++) {
                bounds[axis] = Math.min(bounds[axis], shapeBoxes[s + axis]);
                bounds[axis + 3] = Math.max(bounds[axis + 3], shapeBoxes[s + axis + 3]);
            }
        }
        for (int k = 0; k < 6; k++) {
            float rounded = (float) bounds[k];
            if (k < 3 && rounded > bounds[k]) {
                rounded = Math.nextDown(rounded);
            } else if (k >= 3 && rounded < bounds[k]) {
                rounded = Math.nextUp(rounded);
            }
            boxes[6 * node + k] = rounded;
        }
        return node;
    }

    private void leaf(int node, int from, int to) {
        first[node] = from;
        count[node] = to - from;
    }

    private int leafNode(int node, int from, int to) {
        leaf(node, from, to);
        return node;
    }

    /** The binned SAH build; its scratch is allocated once per hierarchy, not per node. */
    private final class SahBuild {
        private final double[] shapeBoxes;
        private final double[] centres;
        private final int[] order;
        private final int[] binCount = new int[BINS];
        private final double[] binBoxes = new double[6 * BINS];
        private final double[] rightArea = new double[BINS];
        private final int[] rightCount = new int[BINS];

        SahBuild(double[] shapeBoxes, double[] centres, int[] order) {
            this.shapeBoxes = shapeBoxes;
            this.centres = centres;
            this.order = order;
        }

        int build(int from, int to, int level) {
            int node = addNode(shapeBoxes, order, from, to, level);
            int n = to - from;
            if (n == 1) {
                leaf(node, from, to);
                return node;
            }
            if (level >= MAX_SAH_DEPTH) {
                return n <= MAX_LEAF ? leafNode(node, from, to) : inner(node, from, (from + to) >>> 1, to, level);
            }
            double low0 = Double.POSITIVE_INFINITY;
            double low1 = Double.POSITIVE_INFINITY;
            double low2 = Double.POSITIVE_INFINITY;
            double high0 = Double.NEGATIVE_INFINITY;
            double high1 = Double.NEGATIVE_INFINITY;
            double high2 = Double.NEGATIVE_INFINITY;
            for (int i = from; i < to; i++) {
                int c = 3 * order[i];
                low0 = Math.min(low0, centres[c]);
                high0 = Math.max(high0, centres[c]);
                low1 = Math.min(low1, centres[c + 1]);
                high1 = Math.max(high1, centres[c + 1]);
                low2 = Math.min(low2, centres[c + 2]);
                high2 = Math.max(high2, centres[c + 2]);
            }
            double[] low = {low0, low1, low2};
            double[] high = {high0, high1, high2};
            double parentArea = halfArea(boxes, 6 * node);
            double bestCost = Double.POSITIVE_INFINITY;
            int bestAxis = -1;
            int bestBin = 0;
            for (int axis = 0; axis < 3; axis++) {
                double extent = high[axis] - low[axis];
                if (!(extent > 0)) {
                    continue;
                }
                double scale = BINS / extent;
                Arrays.fill(binCount, 0);
                for (int b = 0; b < BINS; b++) {
                    emptyBox(binBoxes, 6 * b);
                }
                for (int i = from; i < to; i++) {
                    int s = order[i];
                    int b = bin(centres[3 * s + axis], low[axis], scale);
                    binCount[b]++;
                    grow(binBoxes, 6 * b, shapeBoxes, 6 * s);
                }
                // Sweep from the right for the areas and counts right of each plane, then from the left.
                double[] box = {0, 0, 0, 0, 0, 0};
                emptyBox(box, 0);
                int right = 0;
                for (int b = BINS - 1; b > 0; b--) {
                    grow(box, 0, binBoxes, 6 * b);
                    right += binCount[b];
                    rightCount[b] = right;
                    rightArea[b] = right == 0 ? 0 : halfArea(box, 0);
                }
                emptyBox(box, 0);
                int left = 0;
                for (int b = 1; b < BINS; b++) {
                    grow(box, 0, binBoxes, 6 * (b - 1));
                    left += binCount[b - 1];
                    if (left == 0 || rightCount[b] == 0) {
                        continue;
                    }
                    double cost = TRAVERSAL_COST + (halfArea(box, 0) * left + rightArea[b] * rightCount[b]) / parentArea;
                    if (cost < bestCost) {
                        bestCost = cost;
                        bestAxis = axis;
                        bestBin = b;
                    }
                }
            }
            if (bestAxis < 0 || (n <= MAX_LEAF && n <= bestCost)) {
                if (bestAxis < 0 && n > MAX_LEAF) {
                    // Every centre in one point: any division is as good, and halves keep the tree shallow.
                    return inner(node, from, (from + to) >>> 1, to, level);
                }
                leaf(node, from, to);
                return node;
            }
            double scale = BINS / (high[bestAxis] - low[bestAxis]);
            int middle = from;
            for (int i = from; i < to; i++) {
                int s = order[i];
                if (bin(centres[3 * s + bestAxis], low[bestAxis], scale) < bestBin) {
                    order[i] = order[middle];
                    order[middle++] = s;
                }
            }
            return inner(node, from, middle, to, level);
        }

        private int inner(int node, int from, int middle, int to, int level) {
            count[node] = -1;
            build(from, middle, level + 1);
            first[node] = build(middle, to, level + 1);
            return node;
        }
    }

    private static int bin(double centre, double low, double scale) {
        return Math.min(BINS - 1, (int) ((centre - low) * scale));
    }

    private static void emptyBox(double[] box, int at) {
        for (int axis = 0; axis < 3; axis++) {
            box[at + axis] = Double.POSITIVE_INFINITY;
            box[at + axis + 3] = Double.NEGATIVE_INFINITY;
        }
    }

    private static void grow(double[] box, int at, double[] other, int from) {
        for (int axis = 0; axis < 3; axis++) {
            box[at + axis] = Math.min(box[at + axis], other[from + axis]);
            box[at + axis + 3] = Math.max(box[at + axis + 3], other[from + axis + 3]);
        }
    }

    /** Half the surface area of a box: the chance, up to a constant, that a random ray meets it. */
    private static double halfArea(double[] box, int at) {
        double x = box[at + 3] - box[at];
        double y = box[at + 4] - box[at + 1];
        double z = box[at + 5] - box[at + 2];
        return x * y + y * z + z * x;
    }

    private static double halfArea(float[] box, int at) {
        double x = (double) box[at + 3] - box[at];
        double y = (double) box[at + 4] - box[at + 1];
        double z = (double) box[at + 5] - box[at + 2];
        return x * y + y * z + z * x;
    }

    private int buildMedian(int[] order, int from, int to, double[] shapeBoxes, int level) {
        int node = addNode(shapeBoxes, order, from, to, level);
        if (to - from <= MEDIAN_LEAF) {
            leaf(node, from, to);
            return node;
        }
        double[] centroids = {Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY,
            Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY};
        for (int i = from; i < to; i++) {
            int s = 6 * order[i];
            for (int axis = 0; axis < 3; axis++) {
                double centre = shapeBoxes[s + axis] + shapeBoxes[s + axis + 3];
                centroids[axis] = Math.min(centroids[axis], centre);
                centroids[axis + 3] = Math.max(centroids[axis + 3], centre);
            }
        }
        int axis = 0;
        for (int a = 1; a < 3; a++) {
            if (centroids[a + 3] - centroids[a] > centroids[axis + 3] - centroids[axis]) {
                axis = a;
            }
        }
        int splitAxis = axis;
        Integer[] sorted = new Integer[to - from];
        for (int i = from; i < to; i++) {
            sorted[i - from] = order[i];
        }
        Arrays.sort(sorted, Comparator.comparingDouble(
                (Integer i) -> shapeBoxes[6 * i + splitAxis] + shapeBoxes[6 * i + splitAxis + 3]).thenComparingInt(i -> i));
        for (int i = from; i < to; i++) {
            order[i] = sorted[i - from];
        }
        int middle = (from + to) >>> 1;
        count[node] = -1;
        buildMedian(order, from, middle, shapeBoxes, level + 1);
        first[node] = buildMedian(order, middle, to, shapeBoxes, level + 1);
        return node;
    }

    /**
     * Finds the closest hit. Returns the hit shape's index in the scene (or −1) and writes the
     * distance into {@code distance[0]}. {@code stack} and {@code entries} hold {@link #stackSize} entries.
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
            float[] boxes = this.boxes;
            double[] corners = this.corners;
            boolean[] isTriangle = this.isTriangle;
            double ix = 1.0 / dx;
            double iy = 1.0 / dy;
            double iz = 1.0 / dz;
            int nearX = ix >= 0.0 ? 0 : 3;
            int nearY = iy >= 0.0 ? 1 : 4;
            int nearZ = iz >= 0.0 ? 2 : 5;
            int top = 0;
            stack[top] = 0;
            entries[top++] = entry(boxes, 0, ox, oy, oz, ix, iy, iz, nearX, nearY, nearZ);
            while (top > 0) {
                top--;
                if (entries[top] > best || entries[top] == NO_ENTRY) {
                    continue;
                }
                int node = stack[top];
                if (count[node] >= 0) {
                    for (int i = first[node], end = first[node] + count[node]; i < end; i++) {
                        double d = isTriangle[i]
                                ? Triangles.intersect(corners, Triangles.STRIDE * i, ox, oy, oz, dx, dy, dz)
                                : shapes[i].intersect(ox, oy, oz, dx, dy, dz);
                        if (d < best || (d == best && d != Shape.MISS && sceneIndex[i] < bestIndex)) {
                            best = d;
                            bestIndex = sceneIndex[i];
                        }
                    }
                } else {
                    // Visit the nearer child first, so hits found there cull the farther one.
                    int left = node + 1;
                    int right = first[node];
                    double leftEntry = entry(boxes, left, ox, oy, oz, ix, iy, iz, nearX, nearY, nearZ);
                    double rightEntry = entry(boxes, right, ox, oy, oz, ix, iy, iz, nearX, nearY, nearZ);
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
        float[] boxes = this.boxes;
        double[] corners = this.corners;
        boolean[] isTriangle = this.isTriangle;
        double ix = 1.0 / dx;
        double iy = 1.0 / dy;
        double iz = 1.0 / dz;
        int nearX = ix >= 0.0 ? 0 : 3;
        int nearY = iy >= 0.0 ? 1 : 4;
        int nearZ = iz >= 0.0 ? 2 : 5;
        int top = 0;
        stack[top++] = 0;
        while (top > 0) {
            int node = stack[--top];
            double entry = entry(boxes, node, ox, oy, oz, ix, iy, iz, nearX, nearY, nearZ);
            if (entry > maxDistance || entry == NO_ENTRY) {
                continue;
            }
            if (count[node] >= 0) {
                for (int i = first[node], end = first[node] + count[node]; i < end; i++) {
                    double d = isTriangle[i]
                            ? Triangles.intersect(corners, Triangles.STRIDE * i, ox, oy, oz, dx, dy, dz)
                            : shapes[i].intersect(ox, oy, oz, dx, dy, dz);
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

    /**
     * Distance at which the ray enters the node's box (0 if it starts inside), or {@link #NO_ENTRY} if
     * it misses it. On each axis the ray meets first the face it travels away from: {@code nearX} is
     * the offset of that face's bound in the box (0 for the low x face, 3 for the high one), chosen
     * once per ray, and the far face is the other one.
     */
    private static double entry(float[] boxes, int node, double ox, double oy, double oz, double ix, double iy, double iz,
            int nearX, int nearY, int nearZ) {
        int b = 6 * node;
        double near = upper(upper((boxes[b + nearX] - ox) * ix, (boxes[b + nearY] - oy) * iy),
                upper((boxes[b + nearZ] - oz) * iz, 0.0));
        double far = lower(lower((boxes[b + 3 - nearX] - ox) * ix, (boxes[b + 5 - nearY] - oy) * iy),
                (boxes[b + 7 - nearZ] - oz) * iz);
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
