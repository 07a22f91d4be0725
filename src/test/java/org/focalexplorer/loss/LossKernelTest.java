package org.focalexplorer.loss;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Choosing the kernel: the tests' JVM has the vector module; a JVM without it falls back silently. */
class LossKernelTest {

    @Test
    void tests_run_with_the_vector_kernel_by_default() {
        // surefire's argLine adds jdk.incubator.vector: without it the vector half of the golden tests would not run.
        assertThat(LossKernel.VECTOR.available()).isTrue();
        assertThat(LossKernel.current()).isEqualTo(LossKernel.VECTOR);
        assertThat(LossKernel.VECTOR.lanes()).isGreaterThanOrEqualTo(2);
        assertThat(LossKernel.VECTOR.description()).startsWith("vector (jdk.incubator.vector, ");
    }

    @Test
    void call_sets_the_kernel_for_the_calling_thread_only_and_restores_it() throws Exception {
        LossKernel inside = LossKernel.SCALAR.call(() -> {
            LossKernel[] other = new LossKernel[1];
            Thread t = new Thread(() -> other[0] = LossKernel.current());
            t.start();
            try {
                t.join();
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
            assertThat(other[0]).isEqualTo(LossKernel.VECTOR);
            return LossKernel.current();
        });
        assertThat(inside).isEqualTo(LossKernel.SCALAR);
        assertThat(LossKernel.current()).isEqualTo(LossKernel.VECTOR);
    }

    /** Small inputs run the scalar kernel unless one is chosen; from one chunk on, the default (vector) one. */
    @Test
    void small_inputs_run_the_scalar_kernel_unless_one_is_chosen() {
        for (int n : new int[] {1000, LossKernel.VECTOR_MIN_ELEMENTS}) {
            java.util.SplittableRandom r = new java.util.SplittableRandom(n);
            double[] x = new double[n];
            double[] t = new double[n];
            for (int i = 0; i < n; i++) {
                x[i] = 3 * r.nextGaussian();
                t[i] = r.nextInt(10) == 0 ? 1.0 : 0.0;
            }
            java.util.function.Supplier<LossOutput> run = () -> BinaryFocalLoss.compute(Tensor.vector(x), Tensor.vector(t),
                    BinaryFocalParams.torchvision(0.25, 2.0), Reduction.NONE);
            LossOutput plain = run.get();
            LossOutput expected = (n < LossKernel.VECTOR_MIN_ELEMENTS ? LossKernel.SCALAR : LossKernel.VECTOR).call(run);
            LossOutput other = (n < LossKernel.VECTOR_MIN_ELEMENTS ? LossKernel.VECTOR : LossKernel.SCALAR).call(run);
            assertThat(plain.grad().data()).as("n = %d", n).isEqualTo(expected.grad().data());
            assertThat(plain.grad().data()).as("n = %d: the kernels differ in the last bits", n).isNotEqualTo(other.grad().data());
        }
    }

    /** What {@code java -jar} gets: no incubator module, the scalar kernel, and not a word on either stream. */
    @Test
    void without_the_module_the_scalar_kernel_runs_silently() throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String cp = classPathOf(LossKernel.class) + File.pathSeparator + classPathOf(Probe.class);
        Process p = new ProcessBuilder(List.of(java, "-cp", cp, Probe.class.getName())).start();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        assertThat(err).isEmpty();
        assertThat(out).isEqualTo("SCALAR false ok");
        assertThat(p.exitValue()).isZero();
    }

    private static String classPathOf(Class<?> c) {
        try {
            return Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Run in a child JVM: prints the kernel, whether VECTOR is available, and a loss it computed. */
    static final class Probe {
        public static void main(String[] args) {
            LossOutput o = BinaryFocalLoss.compute(Tensor.vector(new double[] {40.0}), Tensor.vector(new double[] {1.0}),
                    BinaryFocalParams.torchvision(0.25, 2.0), Reduction.SUM);
            System.out.println(LossKernel.current() + " " + LossKernel.VECTOR.available() + " " + (o.loss().item() > 0 ? "ok" : "0.0"));
        }
    }
}
