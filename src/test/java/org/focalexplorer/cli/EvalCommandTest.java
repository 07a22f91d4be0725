package org.focalexplorer.cli;

import static org.focalexplorer.testutil.CliRun.run;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.focalexplorer.testutil.CliRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvalCommandTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @TempDir
    Path dir;



    private static Path resource(String name) throws Exception {
        return Paths.get(EvalCommandTest.class.getResource(name).toURI());
    }

    @Test
    void printsLossAndGradientForEveryCaseIgnoringExpectedValues() throws Exception {
        Path file = resource("/cli/eval-cases.json");
        JsonNode input = MAPPER.readTree(file.toFile());
        CliRun r = run("eval", file.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        JsonNode out = MAPPER.readTree(r.out());
        assertThat(out.isArray()).isTrue();
        assertThat(out.size()).isEqualTo(input.size());
        for (int i = 0; i < input.size(); i++) {
            JsonNode expected = input.get(i);
            JsonNode got = out.get(i);
            assertThat(got.get("id").asText()).isEqualTo(expected.get("id").asText());
            assertThat(fieldNames(got.get("loss"))).isEqualTo(expectedReductions(expected));
            assertThat(fieldNames(got.get("grad"))).isEqualTo(expectedReductions(expected));
            for (String r2 : expectedReductions(expected)) {
                assertClose(got.get("loss").get(r2), expected.get("loss").get(r2), expected.get("id").asText());
                assertClose(got.get("grad").get(r2), expected.get("grad").get(r2), expected.get("id").asText());
            }
        }
    }

    @Test
    void writesNonFiniteNumbersAsStrings() throws Exception {
        // all positions ignored: mean is NaN by definition, as smp gives
        CliRun r = run("eval", resource("/cli/eval-cases.json").toString());
        JsonNode allIgnored = null;
        for (JsonNode c : MAPPER.readTree(r.out())) {
            if (c.get("id").asText().equals("P/smpmc/all-ignored")) {
                allIgnored = c;
            }
        }
        assertThat(allIgnored).isNotNull();
        assertThat(allIgnored.get("loss").get("mean").asText()).isEqualTo("NaN");
        assertThat(allIgnored.get("loss").get("sum").doubleValue()).isEqualTo(0.0);
    }

    @Test
    void reductionsListSelectsWhatIsComputed() throws Exception {
        Path f = dir.resolve("one.json");
        Files.writeString(f, "[{\"id\":\"a\",\"fn\":\"torchvision.ops.sigmoid_focal_loss\",\"params\":{\"alpha\":0.25,\"gamma\":2.0},"
                + "\"shape\":[2],\"logits\":[0.0,\"-Infinity\"],\"targets\":[1,0],\"reductions\":[\"sum\"]}]".replace("\"-Infinity\"", "3.0"));
        CliRun r = run("eval", f.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        JsonNode c = MAPPER.readTree(r.out()).get(0);
        assertThat(fieldNames(c.get("loss"))).containsExactly("sum");
        // FL(0, y=1) = 0.25 · 0.5² · log 2; FL(3, y=0) = 0.75 · σ(3)² · softplus(3)
        double s3 = 1 / (1 + Math.exp(-3));
        double expected = 0.25 * 0.25 * Math.log(2) + 0.75 * s3 * s3 * (3 + Math.log1p(Math.exp(-3)));
        assertThat(c.get("loss").get("sum").doubleValue()).isCloseTo(expected, org.assertj.core.data.Offset.offset(1e-15));
    }

    @Test
    void malformedFileGivesOneLineNamingCaseAndFieldAndExitCode2() throws Exception {
        Path f = dir.resolve("bad.json");
        Files.writeString(f, "[{\"id\":\"bad-shape\",\"fn\":\"torchvision.ops.sigmoid_focal_loss\",\"params\":{},"
                + "\"shape\":[3],\"logits\":[1.0,2.0],\"targets\":[1,0,1],\"reductions\":[\"mean\"]}]", StandardCharsets.UTF_8);
        CliRun r = run("eval", f.toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err().strip().lines()).hasSize(1);
        assertThat(r.err()).contains("bad-shape").contains("logits");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void invalidParameterValueNamesCaseFieldAndValue() throws Exception {
        Path f = dir.resolve("bad-gamma.json");
        Files.writeString(f, "[{\"id\":\"neg-gamma\",\"fn\":\"torchvision.ops.sigmoid_focal_loss\",\"params\":{\"gamma\":-1},"
                + "\"shape\":[1],\"logits\":[1.0],\"targets\":[1],\"reductions\":[\"mean\"]}]");
        CliRun r = run("eval", f.toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err().strip().lines()).hasSize(1);
        assertThat(r.err()).contains("neg-gamma").contains("gamma = -1.0");
    }

    @Test
    void unknownFunctionAndBrokenJsonAndMissingFileExit2() throws Exception {
        Path f = dir.resolve("unknown.json");
        Files.writeString(f, "[{\"id\":\"u\",\"fn\":\"keras.focal\",\"shape\":[1],\"logits\":[1.0],\"targets\":[1],\"reductions\":[\"mean\"]}]");
        CliRun r = run("eval", f.toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("'u'").contains("fn");

        Path broken = dir.resolve("broken.json");
        Files.writeString(broken, "[{\"id\": \"x\", ");
        CliRun r2 = run("eval", broken.toString());
        assertThat(r2.exitCode()).isEqualTo(2);
        assertThat(r2.err().strip().lines()).hasSize(1);

        CliRun r3 = run("eval", dir.resolve("nope.json").toString());
        assertThat(r3.exitCode()).isEqualTo(2);
        assertThat(r3.err()).contains("no such file");
    }

    private static java.util.List<String> fieldNames(JsonNode o) {
        java.util.List<String> names = new java.util.ArrayList<>();
        o.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static java.util.List<String> expectedReductions(JsonNode c) {
        if (c.has("reductions")) {
            java.util.List<String> names = new java.util.ArrayList<>();
            c.get("reductions").forEach(n -> names.add(n.asText()));
            return names;
        }
        return fieldNames(c.get("loss"));
    }

    private static void assertClose(JsonNode got, JsonNode expected, String id) {
        if (expected.isArray()) {
            assertThat(got.isArray()).as(id).isTrue();
            assertThat(got.size()).as(id).isEqualTo(expected.size());
            for (int i = 0; i < expected.size(); i++) {
                assertClose(got.get(i), expected.get(i), id);
            }
            return;
        }
        if (expected.isTextual()) {
            assertThat(got.asText()).as(id).isEqualTo(expected.asText());
            return;
        }
        double e = expected.doubleValue();
        assertThat(got.isNumber()).as(id + " " + got).isTrue();
        assertThat(Math.abs(got.doubleValue() - e)).as(id).isLessThanOrEqualTo(1e-12 + 1e-9 * Math.abs(e));
    }
}
