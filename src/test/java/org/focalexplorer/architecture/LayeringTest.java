package org.focalexplorer.architecture;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Layering of the main code (tests are not checked):
 *
 * <pre>
 *   loss  <-  toy  <-  analysis                    (no JavaFX at all)
 *   text (number formatting), settings (the table of settings, shared enums: loss, toy)
 *   plot (plot data records: loss, toy, settings, text)
 *   io (files: loss, toy, analysis, settings, text)
 *   render: drawing without UI (java.awt, JFreeSVG, the data above); never viewmodel, view, cli, app
 *   viewmodel: javafx.beans/collections only, no javafx.scene; never view, cli, app
 *   view, cli, app: anything
 *   and no cycles between any two packages: arrows only point down.
 * </pre>
 *
 * Every rule allows an empty package, so it holds while a layer has no classes yet.
 */
@AnalyzeClasses(packages = "org.focalexplorer", importOptions = ImportOption.DoNotIncludeTests.class)
class LayeringTest {

    private static final String ROOT = "org.focalexplorer";
    private static final String PROJECT = ROOT + "..";
    private static final String LOSS = ROOT + ".loss..";
    private static final String TOY = ROOT + ".toy..";
    private static final String ANALYSIS = ROOT + ".analysis..";
    private static final String IO = ROOT + ".io..";
    private static final String VIEWMODEL = ROOT + ".viewmodel..";
    private static final String RENDER = ROOT + ".render..";
    private static final String SETTINGS = ROOT + ".settings..";
    private static final String PLOT = ROOT + ".plot..";
    private static final String TEXT = ROOT + ".text..";

    @ArchTest
    static final ArchRule no_cycles_between_packages =
            com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices()
                    .matching("org.focalexplorer.(**)").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule viewmodel_never_uses_view_cli_or_app =
            noClasses().that().resideInAPackage(VIEWMODEL)
                    .should().dependOnClassesThat().resideInAnyPackage(ROOT + ".view..", ROOT + ".cli..", ROOT + ".app..")
                    .allowEmptyShould(true);

    @ArchTest
    static final ArchRule render_never_uses_viewmodel =
            noClasses().that().resideInAPackage(RENDER)
                    .should().dependOnClassesThat().resideInAPackage(VIEWMODEL)
                    .allowEmptyShould(true);

    @ArchTest
    static final ArchRule settings_depend_only_on_loss_and_toy =
            classes().that().resideInAPackage(SETTINGS)
                    .should().onlyDependOnClassesThat(resideOutsideOfPackage(PROJECT).or(resideInAnyPackage(LOSS, TOY, SETTINGS)))
                    .allowEmptyShould(true);

    @ArchTest
    static final ArchRule plot_data_depend_only_on_loss_toy_settings_and_text =
            classes().that().resideInAPackage(PLOT)
                    .should().onlyDependOnClassesThat(
                            resideOutsideOfPackage(PROJECT).or(resideInAnyPackage(LOSS, TOY, SETTINGS, TEXT, PLOT)))
                    .allowEmptyShould(true);

    @ArchTest
    static final ArchRule text_is_a_leaf =
            classes().that().resideInAPackage(TEXT)
                    .should().onlyDependOnClassesThat(resideOutsideOfPackage(PROJECT).or(resideInAnyPackage(TEXT)))
                    .allowEmptyShould(true);

    @ArchTest
    static final ArchRule shared_layers_use_no_javafx =
            noClasses().that().resideInAnyPackage(SETTINGS, PLOT, TEXT)
                    .should().dependOnClassesThat().resideInAPackage("javafx..")
                    .allowEmptyShould(true);

    @ArchTest
    static final ArchRule core_layers_do_not_use_javafx =
            noClasses().that().resideInAnyPackage(LOSS, TOY, ANALYSIS, IO)
                    .should().dependOnClassesThat().resideInAPackage("javafx..")
                    .allowEmptyShould(true);

    @ArchTest
    static final ArchRule viewmodel_does_not_use_javafx_scene =
            noClasses().that().resideInAPackage(VIEWMODEL)
                    .should().dependOnClassesThat().resideInAPackage("javafx.scene..")
                    .allowEmptyShould(true);

    @ArchTest
    static final ArchRule render_uses_no_ui_toolkit_and_no_upper_layer =
            noClasses().that().resideInAPackage(RENDER)
                    .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..",
                            ROOT + ".view..", ROOT + ".cli..", ROOT + ".app..")
                    .allowEmptyShould(true);

    @ArchTest
    static final ArchRule loss_depends_on_no_other_layer =
            classes().that().resideInAPackage(LOSS)
                    .should().onlyDependOnClassesThat(resideOutsideOfPackage(PROJECT).or(resideInAnyPackage(LOSS)))
                    .allowEmptyShould(true);

    @ArchTest
    static final ArchRule toy_depends_only_on_loss =
            classes().that().resideInAPackage(TOY)
                    .should().onlyDependOnClassesThat(resideOutsideOfPackage(PROJECT).or(resideInAnyPackage(LOSS, TOY)))
                    .allowEmptyShould(true);

    @ArchTest
    static final ArchRule analysis_depends_only_on_loss_and_toy =
            classes().that().resideInAPackage(ANALYSIS)
                    .should().onlyDependOnClassesThat(
                            resideOutsideOfPackage(PROJECT).or(resideInAnyPackage(LOSS, TOY, ANALYSIS)))
                    .allowEmptyShould(true);

    @ArchTest
    static final ArchRule io_depends_only_on_loss_toy_analysis_settings_and_text =
            classes().that().resideInAPackage(IO)
                    .should().onlyDependOnClassesThat(
                            resideOutsideOfPackage(PROJECT).or(resideInAnyPackage(LOSS, TOY, ANALYSIS, SETTINGS, TEXT, IO)))
                    .allowEmptyShould(true);

    // ---- The same JavaFX rules by reading the sources, independent of ArchUnit's class import ----

    private static final Path MAIN_SOURCES =
            Path.of(System.getProperty("basedir", "."), "src", "main", "java", "org", "focalexplorer");
    private static final Pattern IMPORT_JAVAFX = Pattern.compile("^\\s*import\\s+(static\\s+)?javafx\\.");
    private static final Pattern IMPORT_JAVAFX_SCENE =
            Pattern.compile("^\\s*import\\s+(static\\s+)?javafx\\.scene\\.");
    private static final Pattern IMPORT_JAVAFX_SCENE_OR_STAGE =
            Pattern.compile("^\\s*import\\s+(static\\s+)?javafx\\.(scene|stage)\\.");

    @Test
    void core_sources_import_no_javafx() throws IOException {
        List<String> offenders = new ArrayList<>();
        for (String layer : List.of("loss", "toy", "analysis", "io")) {
            offenders.addAll(importsMatching(MAIN_SOURCES.resolve(layer), IMPORT_JAVAFX));
        }
        assertThat(offenders).as("JavaFX imports in loss/toy/analysis/io").isEmpty();
    }

    @Test
    void viewmodel_sources_import_no_javafx_scene() throws IOException {
        assertThat(importsMatching(MAIN_SOURCES.resolve("viewmodel"), IMPORT_JAVAFX_SCENE))
                .as("javafx.scene imports in viewmodel")
                .isEmpty();
    }

    @Test
    void render_sources_import_no_javafx_scene_or_stage() throws IOException {
        assertThat(importsMatching(MAIN_SOURCES.resolve("render"), IMPORT_JAVAFX_SCENE_OR_STAGE))
                .as("javafx.scene/javafx.stage imports in render")
                .isEmpty();
    }

    @Test
    void source_scan_finds_the_sources() {
        // Guards the scan above against silently looking at the wrong folder.
        assertThat(MAIN_SOURCES.resolve("app").resolve("Main.java")).isRegularFile();
    }

    /** "path:line: import ..." for every line of every .java file under {@code dir} that matches. */
    private static List<String> importsMatching(Path dir, Pattern pattern) throws IOException {
        List<String> hits = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return hits;
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(dir)) {
            files = walk.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        }
        for (Path file : files) {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            for (int i = 0; i < lines.size(); i++) {
                if (pattern.matcher(lines.get(i)).find()) {
                    hits.add(MAIN_SOURCES.relativize(file) + ":" + (i + 1) + ": " + lines.get(i).strip());
                }
            }
        }
        return hits;
    }
}
