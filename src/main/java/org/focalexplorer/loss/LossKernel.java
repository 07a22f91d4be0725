package org.focalexplorer.loss;

import java.util.Locale;
import java.util.function.Supplier;

/**
 * Which implementation of the per-element loops the loss core runs.
 *
 * <ul>
 *   <li>{@link #SCALAR}: one element at a time with {@link Math#exp}/{@link Math#log}; always available.
 *   <li>{@link #VECTOR}: whole SIMD registers at a time through {@code jdk.incubator.vector}, with its own
 *       exp and log1p; available only when the JVM was started with
 *       {@code --add-modules jdk.incubator.vector} (the app image, {@code mvn javafx:run} and the tests do).
 * </ul>
 *
 * Both meet the same bar: every loss and gradient within 1e-12 relative error of the 60-digit exact values
 * (GoldenExactTest runs against each). They differ in the last bits, so the kernel is part of what makes a
 * result reproducible, like the chunking; the thread count is not.
 *
 * <p>The default is {@link #VECTOR} when available, else {@link #SCALAR}; {@code -Dfocalexplorer.kernel=scalar}
 * chooses the scalar one. Even then, inputs smaller than {@link #VECTOR_MIN_ELEMENTS} run the scalar kernel:
 * until the JIT has compiled it (a few thousand calls), vector code runs in the interpreter some hundred
 * times slower than scalar code, and small calls — a training step on a few hundred points right after
 * start-up — would pay that while gaining little. {@link #call} runs code with a given kernel on the calling
 * thread only, for inputs of every size, so tests (and {@code bench --kernel}) compare kernels side by side.
 */
public enum LossKernel {
    SCALAR,
    VECTOR;

    /** Name of the system property that chooses the default kernel. */
    public static final String PROPERTY = "focalexplorer.kernel";

    private static final ChunkKernel VECTOR_IMPL = loadVector();
    private static final LossKernel DEFAULT = chooseDefault();
    private static final ThreadLocal<LossKernel> OVERRIDE = new ThreadLocal<>();

    /** Whether this kernel can run in this JVM. */
    public boolean available() {
        return this == SCALAR || VECTOR_IMPL != null;
    }

    /** Inputs (logits) below this many use the scalar kernel unless {@link #call} chose one: one chunk. */
    public static final int VECTOR_MIN_ELEMENTS = LossParallelism.CHUNK;

    /** The kernel loss calls on this thread use now (for inputs of at least {@link #VECTOR_MIN_ELEMENTS}). */
    public static LossKernel current() {
        LossKernel k = OVERRIDE.get();
        return k != null ? k : DEFAULT;
    }

    /** The kernel a call with {@code elements} logits uses on this thread. */
    static LossKernel forInput(int elements) {
        LossKernel k = OVERRIDE.get();
        if (k != null) {
            return k;
        }
        return elements < VECTOR_MIN_ELEMENTS ? SCALAR : DEFAULT;
    }

    /** Runs {@code body} with this kernel for the loss calls it makes on the calling thread. */
    public <T> T call(Supplier<T> body) {
        if (!available()) {
            throw new IllegalStateException(this + " kernel unavailable: start the JVM with --add-modules jdk.incubator.vector");
        }
        LossKernel previous = OVERRIDE.get();
        OVERRIDE.set(this);
        try {
            return body.get();
        } finally {
            OVERRIDE.set(previous);
        }
    }

    /** A short description for logs and {@code bench}, e.g. {@code vector (jdk.incubator.vector, 4 x 64-bit lanes)}. */
    public String description() {
        if (this == SCALAR) {
            return "scalar (java.lang.Math, one element at a time)";
        }
        return available()
                ? "vector (jdk.incubator.vector, " + VectorChunkKernel.lanes() + " x 64-bit lanes)"
                : "vector (unavailable: jdk.incubator.vector not in the boot layer)";
    }

    /** Lanes of one vector of the vector kernel (1 for the scalar one). */
    public int lanes() {
        return this == VECTOR && available() ? VectorChunkKernel.lanes() : 1;
    }

    ChunkKernel impl() {
        return this == VECTOR && VECTOR_IMPL != null ? VECTOR_IMPL : ScalarChunkKernel.INSTANCE;
    }

    /**
     * The vector kernel, or null. Looked up by name so that this class, and the whole core, loads and runs
     * without the incubator module ({@code java -jar}): only then does the JVM resolve VectorChunkKernel.
     */
    private static ChunkKernel loadVector() {
        if (ModuleLayer.boot().findModule("jdk.incubator.vector").isEmpty()) {
            return null;
        }
        try {
            ChunkKernel k = (ChunkKernel) Class.forName("org.focalexplorer.loss.VectorChunkKernel")
                    .getDeclaredConstructor().newInstance();
            return VectorChunkKernel.lanes() >= 2 ? k : null; // one lane would only be a slower scalar kernel
        } catch (ReflectiveOperationException | LinkageError e) {
            return null;
        }
    }

    private static LossKernel chooseDefault() {
        String wanted = System.getProperty(PROPERTY, "").trim().toLowerCase(Locale.ROOT);
        if (wanted.equals("scalar")) {
            return SCALAR;
        }
        return VECTOR_IMPL != null ? VECTOR : SCALAR;
    }
}
