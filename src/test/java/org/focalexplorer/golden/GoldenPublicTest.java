package org.focalexplorer.golden;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.focalexplorer.io.LossCase;
import org.focalexplorer.io.LossCaseEvaluator;
import org.focalexplorer.loss.LossOutput;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Every case of the public golden files (PyTorch float64 references) reproduced by the core. */
class GoldenPublicTest {

    static final String[] FILES = {"binary_torchvision.json", "binary_smp.json", "multiclass_smp.json", "softmax_alpha.json", "plain_refs.json"};

    @TestFactory
    Stream<DynamicTest> everyPublicCase() {
        List<DynamicTest> tests = new ArrayList<>();
        for (String file : FILES) {
            for (JsonNode c : Golden.load(file)) {
                tests.add(DynamicTest.dynamicTest(c.get("id").asText(), () -> check(c)));
            }
        }
        return tests.stream();
    }

    private static void check(JsonNode c) {
        LossCase lc = GoldenCases.parse(c);
        Map<String, LossOutput> results = LossCaseEvaluator.evaluate(lc);
        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, LossOutput> e : results.entrySet()) {
            String r = e.getKey();
            LossOutput out = e.getValue();
            assertThat(out.loss().shape()).as("%s loss shape (%s)", lc.id(), r).isEqualTo(Golden.shape(c.get("loss_shape").get(r)));
            compare(lc, "loss[" + r + "]", out.loss().data(), Golden.flat(c.get("loss").get(r)), problems);
            compare(lc, "grad[" + r + "]", out.grad().data(), Golden.flat(c.get("grad").get(r)), problems);
        }
        assertThat(problems).as(lc.id()).isEmpty();
    }

    static void compare(LossCase lc, String what, double[] ours, double[] ref, List<String> problems) {
        if (ours.length != ref.length) {
            problems.add(what + ": " + ours.length + " values, reference has " + ref.length);
            return;
        }
        for (int i = 0; i < ours.length; i++) {
            if (!Golden.close(ours[i], ref[i])) {
                problems.add(what + "[" + i + "]: ours " + ours[i] + " reference " + ref[i]
                        + (lc.logits().length == ours.length ? " (logit " + lc.logits()[i] + ")" : ""));
            }
        }
    }
}
