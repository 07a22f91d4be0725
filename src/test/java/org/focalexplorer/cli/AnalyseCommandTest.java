package org.focalexplorer.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.focalexplorer.analysis.predictions.Monitor;
import org.focalexplorer.analysis.predictions.PredictionAnalysis;
import org.focalexplorer.analysis.predictions.PredictionReport;
import org.focalexplorer.io.predictions.PredictionReader;
import org.focalexplorer.io.predictions.ReadOptions;
import org.focalexplorer.loss.BinaryFocalLoss;
import org.focalexplorer.loss.FocalSetting;
import org.focalexplorer.loss.Reduction;
import org.focalexplorer.loss.Tensor;
import org.focalexplorer.testutil.CliRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnalyseCommandTest {
    static final Path EXAMPLE = Path.of("src/main/resources/org/focalexplorer/examples/toy-anchors-predictions.csv");
    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void jsonHasEveryFieldAndEqualsTheAnalysisTheViewUses() throws IOException {
        CliRun r = CliRun.run("analyse", EXAMPLE.toString(), "--gamma", "2", "--alpha", "0.25", "--json");
        assertThat(r.exitCode()).as(r.err()).isZero();
        JsonNode j = JSON.readTree(r.out());
        assertThat(j.get("rows").asInt()).isEqualTo(20000);
        assertThat(j.get("positives").asLong()).isEqualTo(200);
        assertThat(j.get("skipped_rows").asLong()).isZero();
        for (String loss : new String[] {"ce", "alpha_ce", "focal"}) {
            for (String part : new String[] {"easy_negatives", "hard", "positives"}) {
                assertThat(j.at("/loss_share/" + loss + "/" + part).isNumber()).as(loss + " " + part).isTrue();
            }
        }
        assertThat(j.at("/figure4/x")).hasSize(21);
        for (String g : new String[] {"0", "0.5", "1", "2"}) {
            assertThat(j.at("/figure4/positives/" + g)).hasSize(21);
            assertThat(j.at("/figure4/negatives/" + g)).hasSize(21);
        }
        PredictionReport rep = PredictionAnalysis.of(PredictionReader.read(EXAMPLE, ReadOptions.defaults(), Monitor.NONE), Monitor.NONE)
                .analyse(FocalSetting.focal(0.25, 2));
        assertThat(j.get("hardest_10pct_share").asDouble()).isEqualTo(rep.focal().hardestShare());
        assertThat(j.get("effective_examples").asDouble()).isEqualTo(rep.focal().effectiveExamples());
        assertThat(j.at("/loss_share/focal/easy_negatives").asDouble()).isEqualTo(rep.focal().loss().easyNegatives());
        // and against the loss core directly: the focal easy-negative share of the example file
        double[][] xy = readCsv(EXAMPLE);
        double[] l = BinaryFocalLoss.compute(new Tensor(new int[] {xy[0].length}, xy[0]), new Tensor(new int[] {xy[1].length}, xy[1]),
                FocalSetting.focal(0.25, 2).params(), Reduction.NONE).loss().data();
        double total = 0;
        double easy = 0;
        for (int i = 0; i < l.length; i++) {
            total += l[i];
            if (xy[1][i] == 0 && org.focalexplorer.loss.Numerics.sigmoid(-xy[0][i]) > 0.9) {
                easy += l[i];
            }
        }
        assertThat(j.at("/loss_share/focal/easy_negatives").asDouble()).isCloseTo(easy / total, within(1e-6));
    }

    static double[][] readCsv(Path p) throws IOException {
        var lines = Files.readAllLines(p);
        double[] x = new double[lines.size() - 1];
        double[] y = new double[x.length];
        for (int i = 1; i < lines.size(); i++) {
            String[] f = lines.get(i).split(",");
            x[i - 1] = Double.parseDouble(f[0]);
            y[i - 1] = Double.parseDouble(f[1]);
        }
        return new double[][] {x, y};
    }

    @Test
    void textReportNamesTheFile() {
        CliRun r = CliRun.run("analyse", EXAMPLE.toString());
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).startsWith("toy-anchors-predictions.csv: 20000 rows, 200 positives, 19800 negatives")
                .contains("Under focal loss the hardest 10 % of the examples carry");
    }

    @Test
    void badRowIsOneLineAndExitTwo() throws IOException {
        Path bad = dir.resolve("bad.csv");
        Files.writeString(bad, "logit,label\n1,0\n2,5\n");
        CliRun r = CliRun.run("analyse", bad.toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.errLines()).containsExactly("focal-explorer analyse: bad.csv: line 3, column \"label\": 5 is not 0 or 1");
        assertThat(r.out()).isEmpty();
        CliRun skip = CliRun.run("analyse", bad.toString(), "--on-error", "skip", "--json");
        assertThat(skip.exitCode()).isZero();
        assertThat(JSON.readTree(skip.out()).get("skipped_rows").asInt()).isEqualTo(1);
        CliRun missing = CliRun.run("analyse", dir.resolve("nope.csv").toString());
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.errLines()).hasSize(1);
        CliRun badGamma = CliRun.run("analyse", EXAMPLE.toString(), "--gamma", "-1");
        assertThat(badGamma.errLines()).containsExactly("focal-explorer analyse: gamma = -1.0: must be a finite number >= 0");
    }

    @Test
    void multiClassWithAlphaVectorAndNoAlpha() throws IOException {
        Path m = dir.resolve("m.csv");
        Files.writeString(m, "bg,car,person,label\n3,0,-1,0\n0.5,2,0,1\n1,0.2,0.1,2\n2,-1,0,0\n");
        CliRun r = CliRun.run("analyse", m.toString(), "--alpha-vector", "0.25,1,1", "--gamma", "1.5", "--json");
        assertThat(r.exitCode()).as(r.err()).isZero();
        JsonNode j = JSON.readTree(r.out());
        assertThat(j.get("class_counts").toString()).isEqualTo("[2,1,1]");
        assertThat(j.get("alpha_by_class").toString()).isEqualTo("[0.25,1.0,1.0]");
        assertThat(j.at("/figure4/positives/1.5")).hasSize(21);
        CliRun wrong = CliRun.run("analyse", m.toString(), "--alpha-vector", "0.25,1");
        assertThat(wrong.errLines()).containsExactly("focal-explorer analyse: alpha has 2 entries: must have one per class (3)");
    }
}
