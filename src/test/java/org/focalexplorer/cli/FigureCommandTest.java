package org.focalexplorer.cli;

import static org.focalexplorer.testutil.CliRun.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.focalexplorer.testutil.CliRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FigureCommandTest {
    @TempDir
    Path dir;



    @Test
    void png_is_twice_the_requested_size_and_the_format_follows_the_extension() throws Exception {
        Path png = dir.resolve("fig6.png");
        CliRun r = run("figure", "fig6", "--out", png.toString(), "--width", "300", "--height", "200");
        assertThat(r.exitCode()).as(r.err()).isZero();
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isEqualTo(600);
        assertThat(image.getHeight()).isEqualTo(400);
    }

    @Test
    void format_option_wins_over_the_extension() throws Exception {
        Path out = dir.resolve("figure.data");
        CliRun r = run("figure", "weights", "--out", out.toString(), "--format", "svg", "--lang", "zh");
        assertThat(r.exitCode()).as(r.err()).isZero();
        String svg = Files.readString(out);
        assertThat(svg).startsWith("<?xml").contains("<svg").contains("一个样本保留了多少交叉熵损失");
    }

    @Test
    void fig4_trains_headless_and_writes_the_four_gamma_curves() throws Exception {
        Path csv = dir.resolve("fig4.csv");
        CliRun r = run("figure", "fig4", "--out", csv.toString(), "--steps", "30", "--positives", "0.05", "--seed", "3",
                "--class", "positives");
        assertThat(r.exitCode()).as(r.err()).isZero();
        String header = Files.readAllLines(csv).get(0);
        assertThat(header).contains("γ = 0").contains("γ = 0.5").contains("γ = 1").contains("γ = 2");
    }

    /** Figure 4 of a file of predictions: the tab's own plot, the paper's γ and the current one, from the file. */
    @Test
    void fig4_of_a_predictions_file_draws_the_file_as_the_tab_does() throws Exception {
        Path example = dir.resolve("example.csv");
        try (var in = getClass().getResourceAsStream(org.focalexplorer.io.predictions.ExamplePredictions.RESOURCE)) {
            Files.copy(in, example);
        }
        Path csv = dir.resolve("f4.csv");
        CliRun r = run("figure", "fig4", "--predictions", example.toString(), "--gamma", "3", "--out", csv.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        java.util.List<String> lines = Files.readAllLines(csv);
        assertThat(lines.get(0)).contains("γ = 0").contains("γ = 0.5").contains("γ = 1").contains("γ = 2")
                .contains("γ = 3 (now)");
        var set = org.focalexplorer.io.predictions.PredictionReader.read(example,
                org.focalexplorer.io.predictions.ReadOptions.defaults(), org.focalexplorer.analysis.predictions.Monitor.NONE);
        var report = org.focalexplorer.analysis.predictions.PredictionAnalysis.of(set,
                org.focalexplorer.analysis.predictions.Monitor.NONE).analyse(org.focalexplorer.loss.FocalSetting.focal(0.25, 3));
        var expected = org.focalexplorer.viewmodel.predictions.PredictionPlots.figure4(report, false,
                org.focalexplorer.viewmodel.text.Messages.forLocale(java.util.Locale.ENGLISH));
        assertThat(String.join("\n", lines) + "\n").isEqualTo(org.focalexplorer.render.PlotCsv.of(expected));

        CliRun bad = run("figure", "fig4", "--predictions", dir.resolve("none.csv").toString(), "--out", csv.toString());
        assertThat(bad.exitCode()).isEqualTo(2);
        assertThat(bad.errLines()).hasSize(1);
        assertThat(bad.errLines().get(0)).contains("--predictions: no such file: " + dir.resolve("none.csv"));
        Path broken = Files.writeString(dir.resolve("broken.csv"), "logit,label\n1,1\n1,7\n");
        CliRun row = run("figure", "fig4", "--predictions", broken.toString(), "--out", csv.toString());
        assertThat(row.exitCode()).isEqualTo(2);
        assertThat(row.errLines()).hasSize(1);
        assertThat(row.errLines().get(0)).contains("--predictions: broken.csv: line 3, column \"label\": 7 is not 0 or 1");
        CliRun wrongFigure = run("figure", "fig1", "--predictions", example.toString(), "--out", csv.toString());
        assertThat(wrongFigure.exitCode()).isEqualTo(2);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "fig9|--out,a.png|<figure> must be fig1, fig6, weights or fig4, got 'fig9'",
        "fig1|--out,a.txt|--out a.txt has no .png, .svg or .csv extension: give --format",
        "fig1|--out,a.png,--format,pdf|--format must be png, svg or csv, got 'pdf'",
        "fig1|--out,a.png,--gamma,11|--gamma must be in [0, 10], got 11.0",
        "fig1|--out,a.png,--alpha,1.5|--alpha must be in [0, 1], got 1.5",
        "fig1|--out,a.png,--alpha,0.5,--no-alpha|--alpha and --no-alpha exclude each other",
        "fig1|--out,a.png,--width,20|--width must be in [100, 10000], got 20",
        "fig1|--out,a.png,--lang,fr|--lang must be en or zh, got 'fr'",
        "fig4|--out,a.png,--positives,0.9|--positives must be in [0.001, 0.5] (1:1000 to 1:1), got 0.9",
        "fig4|--out,a.png,--dataset,spiral|--dataset must be anchors, overlap, ring, moons or detection, got 'spiral'",
    })
    void bad_options_exit_2_with_one_line_naming_the_problem(String figure, String options, String message) throws Exception {
        String[] opts = options.split(",");
        for (int i = 0; i < opts.length; i++) {
            if (opts[i].startsWith("a.")) {
                opts[i] = dir.resolve(opts[i]).toString();
            }
        }
        String[] args = new String[opts.length + 2];
        args[0] = "figure";
        args[1] = figure;
        System.arraycopy(opts, 0, args, 2, opts.length);
        CliRun r = run(args);
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err().lines().toList()).hasSize(1);
        assertThat(r.err()).startsWith("focal-explorer figure: ").contains(message.replace("a.txt", dir.resolve("a.txt").toString()));
        try (var files = Files.list(dir)) {
            assertThat(files).as("nothing written").isEmpty();
        }
    }
}
