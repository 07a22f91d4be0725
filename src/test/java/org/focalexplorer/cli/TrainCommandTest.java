package org.focalexplorer.cli;

import static org.focalexplorer.testutil.CliRun.run;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.focalexplorer.testutil.CliRun;
import org.junit.jupiter.api.Test;

class TrainCommandTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** Small and fast: 400 points at 5 %, 2-8-8-1. */
    private static final String[] SMALL = {"train", "--points", "400", "--positives", "0.05", "--hidden", "8,8", "--seed", "3"};



    private static String[] small(String... more) {
        String[] all = new String[SMALL.length + more.length];
        System.arraycopy(SMALL, 0, all, 0, SMALL.length);
        System.arraycopy(more, 0, all, SMALL.length, more.length);
        return all;
    }

    @Test
    void compare_prints_both_models_every_k_steps_and_at_the_end() {
        CliRun r = run(small("--steps", "60", "--every", "20", "--compare", "--loss", "focal", "--gamma", "2", "--alpha", "0.25"));
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.err()).isEmpty();
        List<String> lines = r.outLines();
        assertThat(lines.get(0)).startsWith("# data: anchors, 400 train + 400 test points");
        assertThat(r.out()).contains("ce = CE; focal = FL (α=0.25, γ=2)");
        // rows at 20 and 40 (2 models × 2 sets each), then the final block at 60
        assertThat(lines.stream().filter(l -> l.matches("\\s+20\\s+(ce|focal)\\s+(train|test)\\s.*"))).hasSize(4);
        assertThat(lines.stream().filter(l -> l.matches("\\s+40\\s+(ce|focal)\\s+(train|test)\\s.*"))).hasSize(4);
        assertThat(lines).contains("final (step 60):");
        assertThat(lines.stream().filter(l -> l.matches("\\s+60\\s+(ce|focal)\\s+(train|test)\\s.*"))).hasSize(4);
        assertThat(r.out()).contains("confusion matrices").contains("tp").contains("Figure 4");
        assertThat(lines.stream().filter(l -> l.matches("\\s+2\\s+negatives(\\s+[0-9.]+){5}"))).hasSize(1);
    }

    @Test
    void json_prints_one_parseable_object_per_line() throws Exception {
        CliRun r = run(small("--steps", "40", "--every", "10", "--compare", "--json", "--threshold", "0.3"));
        assertThat(r.exitCode()).as(r.err()).isZero();
        List<JsonNode> objects = new ArrayList<>();
        for (String line : r.outLines()) {
            objects.add(MAPPER.readTree(line));
        }
        assertThat(objects).extracting(o -> o.get("type").asText())
                .containsExactly("settings", "metrics", "metrics", "metrics", "final", "figure4");
        assertThat(objects.get(0).get("data").get("dataset").asText()).isEqualTo("anchors");
        assertThat(objects.get(0).get("models")).hasSize(2);
        assertThat(objects.get(1).get("step").asLong()).isEqualTo(10);
        JsonNode fin = objects.get(4);
        assertThat(fin.get("step").asLong()).isEqualTo(40);
        JsonNode ce = fin.get("models").get(0);
        JsonNode fl = fin.get("models").get(1);
        assertThat(ce.get("role").asText()).isEqualTo("reference");
        assertThat(ce.get("loss").asText()).isEqualTo("ce");
        assertThat(ce.get("alpha").isNull()).isTrue();
        assertThat(fl.get("loss").asText()).isEqualTo("focal");
        assertThat(fl.get("gamma").asDouble()).isEqualTo(2.0);
        for (String split : List.of("train", "test")) {
            JsonNode m = fl.get(split);
            for (String key : List.of("loss", "log_loss", "ap", "roc_auc", "minority_recall", "easy_negative_share", "hardest_share")) {
                assertThat(m.has(key)).as(key).isTrue();
            }
            assertThat(m.get("at_threshold").get("threshold").asDouble()).isEqualTo(0.3);
            JsonNode c = m.get("at_half");
            assertThat(c.get("tp").asInt() + c.get("fp").asInt() + c.get("tn").asInt() + c.get("fn").asInt()).isEqualTo(400);
        }
        JsonNode fig = objects.get(5);
        assertThat(fig.get("curves")).hasSize(4);
        JsonNode neg = fig.get("curves").get(3).get("negatives");
        assertThat(neg.get("x")).hasSize(TrainCommand.FIGURE4_POINTS);
        assertThat(neg.get("y").get(TrainCommand.FIGURE4_POINTS - 1).asDouble()).isEqualTo(1.0);
    }

    @Test
    void without_compare_only_the_chosen_model_is_printed() throws Exception {
        CliRun r = run(small("--steps", "10", "--every", "0", "--json", "--loss", "balanced-ce", "--alpha", "0.75"));
        assertThat(r.exitCode()).as(r.err()).isZero();
        List<String> lines = r.outLines();
        assertThat(lines).hasSize(2); // settings, final (no figure4 without the focal model)
        JsonNode fin = MAPPER.readTree(lines.get(1));
        assertThat(fin.get("models")).hasSize(1);
        assertThat(fin.get("models").get(0).get("loss").asText()).isEqualTo("balanced-ce");
        assertThat(fin.get("models").get(0).get("alpha").asDouble()).isEqualTo(0.75);
    }

    @Test
    void same_seed_same_output() {
        CliRun a = run(small("--steps", "30", "--json", "--batch-size", "64"));
        CliRun b = run(small("--steps", "30", "--json", "--batch-size", "64"));
        assertThat(a.out()).isEqualTo(b.out());
    }

    @Test
    void invalid_options_give_one_line_and_exit_code_2() {
        String[][] bad = {
            {"train", "--positives", "2"},
            {"train", "--positives", "0.0001"},
            {"train", "--dataset", "spiral"},
            {"train", "--gamma", "-1"},
            {"train", "--alpha", "1.5"},
            {"train", "--points", "50000"},
            {"train", "--hidden", "8,0"},
            {"train", "--lr", "0"},
            {"train", "--optimizer", "rmsprop"},
            {"train", "--loss", "dice"},
            {"train", "--threshold", "1"},
            {"train", "--steps", "many"},
            {"train", "--no-such-option"},
            {"train", "--loss", "ce", "--reference", "balanced-ce"},
        };
        for (String[] args : bad) {
            CliRun r = run(args);
            assertThat(r.exitCode()).as(String.join(" ", args)).isEqualTo(2);
            assertThat(r.out()).as(String.join(" ", args)).isEmpty();
            assertThat(r.errLines()).as(String.join(" ", args)).singleElement().asString()
                    .startsWith("focal-explorer train: ")
                    .contains("focal-explorer train --help");
        }
        assertThat(run("train", "--positives", "2").err()).contains("--positives").contains("2.0");
    }

    @Test
    void divergence_is_reported_with_its_step_and_exit_code_1() throws Exception {
        CliRun r = run(small("--steps", "50", "--activation", "relu", "--no-prior-init", "--optimizer", "sgd", "--lr", "1e200", "--compare", "--json"));
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.errLines()).singleElement().asString().startsWith("focal-explorer train: Training diverged at step ");
        List<String> lines = r.outLines();
        JsonNode last = MAPPER.readTree(lines.get(lines.size() - 1));
        assertThat(last.get("type").asText()).isEqualTo("diverged");
        assertThat(last.get("step").asLong()).isPositive();
        assertThat(last.get("message").asText()).contains("step " + last.get("step").asLong());

        CliRun text = run(small("--steps", "50", "--activation", "relu", "--no-prior-init", "--optimizer", "sgd", "--lr", "1e200"));
        assertThat(text.exitCode()).isEqualTo(1);
        assertThat(text.out()).contains("diverged: Training diverged at step");
    }

    @Test
    void stream_trains_on_fresh_batches_with_any_dataset_and_a_large_fixed_test_set() throws Exception {
        for (String dataset : List.of("anchors", "overlap", "ring", "moons", "detection")) {
            CliRun r = run("train", "--stream", "--dataset", dataset, "--batch-size", "128", "--steps", "20", "--every", "0",
                    "--compare", "--json", "--hidden", "4", "--positives", "0.01");
            assertThat(r.exitCode()).as(dataset + ": " + r.err()).isZero();
            JsonNode fin = MAPPER.readTree(r.outLines().get(1));
            assertThat(fin.get("type").asText()).isEqualTo("final");
            JsonNode test = fin.get("models").get(1).get("test");
            assertThat(test.get("examples").asInt()).as("test points default to 20000 with --stream").isEqualTo(20000);
            assertThat(test.get("ece").asDouble()).isBetween(0.0, 1.0);
        }
        // fresh batches differ from epochs over the fixed set: another run, same seed → same output; without --stream other numbers
        CliRun a = run(small("--stream", "--batch-size", "64", "--steps", "10", "--json", "--test-points", "500"));
        CliRun b = run(small("--stream", "--batch-size", "64", "--steps", "10", "--json", "--test-points", "500"));
        CliRun fixed = run(small("--batch-size", "64", "--steps", "10", "--json", "--test-points", "500"));
        assertThat(a.out()).isEqualTo(b.out());
        assertThat(lastLine(a)).isNotEqualTo(lastLine(fixed));
    }

    @Test
    void seeds_prints_mean_and_sd_per_reported_step_and_model() throws Exception {
        CliRun r = run(small("--seeds", "3", "--at", "5,10", "--compare", "--json", "--threads", "2"));
        assertThat(r.exitCode()).as(r.err()).isZero();
        List<String> lines = r.outLines();
        assertThat(lines).hasSize(3);
        JsonNode at10 = MAPPER.readTree(lines.get(2));
        assertThat(at10.get("type").asText()).isEqualTo("seeds");
        assertThat(at10.get("step").asLong()).isEqualTo(10);
        assertThat(at10.get("seeds")).hasSize(3);
        JsonNode ap = at10.get("models").get(1).get("test").get("ap");
        double[] v = new double[3];
        for (int i = 0; i < 3; i++) {
            v[i] = ap.get("values").get(i).asDouble();
        }
        double mean = (v[0] + v[1] + v[2]) / 3;
        double sd = Math.sqrt(((v[0] - mean) * (v[0] - mean) + (v[1] - mean) * (v[1] - mean) + (v[2] - mean) * (v[2] - mean)) / 2);
        assertThat(ap.get("mean").asDouble()).isCloseTo(mean, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(ap.get("sd").asDouble()).isCloseTo(sd, org.assertj.core.data.Offset.offset(1e-12));
        // each seed's value is that seed's own run
        CliRun single = run("train", "--points", "400", "--positives", "0.05", "--hidden", "8,8", "--seed", "4", "--steps", "10",
                "--compare", "--json", "--every", "0");
        JsonNode fin = MAPPER.readTree(single.outLines().get(1));
        assertThat(v[1]).isEqualTo(fin.get("models").get(1).get("test").get("ap").asDouble());
        assertThat(run(small("--seeds", "2", "--at", "5", "--compare")).out()).contains("mean ± sd").contains(" ± ");
    }

    @Test
    void alpha_off_has_one_spelling_shared_with_figure_and_the_old_one_still_works() {
        CliRun off = run(small("--steps", "5", "--json", "--no-alpha"));
        CliRun old = run(small("--steps", "5", "--json", "--alpha", "-1"));
        assertThat(off.exitCode()).as(off.err()).isZero();
        assertThat(off.out()).isEqualTo(old.out()).contains("\"alpha\":null");
        CliRun both = run(small("--alpha", "0.3", "--no-alpha"));
        assertThat(both.exitCode()).isEqualTo(2);
        assertThat(both.err()).contains("--alpha and --no-alpha exclude each other");
        String help = run("train", "--help").out();
        assertThat(help).contains("--no-alpha").contains("Deprecated: a negative value");
        assertThat(run("figure", "--help").out()).contains("--no-alpha").contains("Deprecated: a negative value");
    }

    @Test
    void classes_trains_several_losses_side_by_side_and_ends_with_the_final_line() throws Exception {
        CliRun r = run("train", "--classes", "4", "--models", "ce,weighted-ce,softmax-focal,ovr-focal", "--points", "600",
                "--test-points", "800", "--hidden", "8,8", "--steps", "30", "--every", "10", "--json", "--batch-size", "128");
        assertThat(r.exitCode()).as(r.err()).isZero();
        List<String> lines = r.outLines();
        JsonNode fin = MAPPER.readTree(lines.get(lines.size() - 1));
        assertThat(fin.fieldNames()).toIterable().containsExactly("type", "models");
        assertThat(fin.get("type").asText()).isEqualTo("final");
        assertThat(fin.get("models")).extracting(m -> m.get("loss").asText())
                .containsExactly("ce", "weighted-ce", "softmax-focal", "ovr-focal");
        for (JsonNode m : fin.get("models")) {
            assertThat(m.fieldNames()).toIterable().containsExactly("loss", "train", "test");
            assertThat(m.get("train").fieldNames()).toIterable().containsExactly("loss");
            assertThat(m.get("test").fieldNames()).toIterable().containsExactly("macro_ap", "per_class");
            JsonNode per = m.get("test").get("per_class");
            assertThat(per).hasSize(4);
            double sum = 0;
            for (int k = 0; k < 4; k++) {
                assertThat(per.get(k).fieldNames()).toIterable().containsExactly("class", "frequency", "recall", "ap");
                assertThat(per.get(k).get("class").asInt()).isEqualTo(k);
                sum += per.get(k).get("ap").asDouble();
            }
            assertThat(m.get("test").get("macro_ap").asDouble()).isCloseTo(sum / 4, org.assertj.core.data.Offset.offset(1e-12));
        }
        assertThat(fin.get("models").get(0).get("test").get("per_class").get(0).get("frequency").asDouble()).isEqualTo(0.9);
        assertThat(MAPPER.readTree(lines.get(0)).get("type").asText()).isEqualTo("settings");
        assertThat(MAPPER.readTree(lines.get(1)).get("step").asLong()).isEqualTo(10);

        CliRun text = run("train", "--classes", "3", "--loss", "ovr-focal", "--points", "300", "--hidden", "4", "--steps", "5");
        assertThat(text.exitCode()).as(text.err()).isZero();
        assertThat(text.out()).contains("confusion matrices").contains("ovr-focal");
    }

    @Test
    void bad_multiclass_options_give_one_line_naming_index_and_value() {
        String[][] bad = {
            {"train", "--classes", "4", "--alpha-vector", "1,1,1"},
            {"train", "--classes", "4", "--alpha-vector", "1,-2,1,1"},
            {"train", "--classes", "4", "--alpha-vector", "1,1,NaN,1"},
            {"train", "--classes", "4", "--alpha-vector", "0,0,0,0"},
            {"train", "--classes", "7"},
            {"train", "--classes", "4", "--models", "ce,dice"},
            {"train", "--classes", "4", "--models", "ce,ce"},
            {"train", "--classes", "4", "--models", "ce,weighted-ce,softmax-focal,ovr-focal,ce"},
        };
        String[] expected = {"alpha vector has 3 values: expected 4", "alpha[1] = -2.0", "alpha[2] = NaN", "all zero", "--classes must be in [2, 6], got 7",
            "--models[1] must be ce, weighted-ce, softmax-focal or ovr-focal, got 'dice'", "--models[1] = ce: each loss at most once", "1 to 4"};
        for (int i = 0; i < bad.length; i++) {
            CliRun r = run(bad[i]);
            assertThat(r.exitCode()).as(String.join(" ", bad[i])).isEqualTo(2);
            assertThat(r.errLines()).as(String.join(" ", bad[i])).singleElement().asString()
                    .startsWith("focal-explorer train: ").contains(expected[i]);
        }
    }

    private static String lastLine(CliRun r) {
        List<String> l = r.outLines();
        return l.get(l.size() - 1);
    }

    @Test
    void train_is_listed_in_the_root_help_and_has_its_own() {
        assertThat(run("--help").out()).contains("train");
        CliRun help = run("train", "--help");
        assertThat(help.exitCode()).isZero();
        assertThat(help.out()).contains("--positives").contains("--compare").contains("--json");
    }
}
