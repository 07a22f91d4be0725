package org.focalexplorer.view.explain;

import org.focalexplorer.testutil.Fx;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TitledPane;
import javafx.scene.image.Image;
import javafx.scene.image.PixelReader;
import javafx.stage.Stage;
import org.focalexplorer.app.FocalExplorerApp;
import org.focalexplorer.testutil.Screenshots;
import org.focalexplorer.toy.ModelRole;
import org.focalexplorer.view.ViewIds;
import org.focalexplorer.view.classifier.ClassifierIds;
import org.focalexplorer.settings.Figure4Class;
import org.focalexplorer.viewmodel.explain.ExplainSection;
import org.focalexplorer.viewmodel.explorer.ExplorerViewModel;
import org.focalexplorer.viewmodel.text.Messages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The explanations tab in the real window (headless Monocle): it is there, its formulas are pictures
 * with content and follow γ and the text size, and every plot has its caption.
 */
@ExtendWith(ApplicationExtension.class)
class ExplainViewTest {
    private ExplorerViewModel vm;
    private ExplainView explain;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        vm = FocalExplorerApp.show(stage, Messages.forLocale(Locale.ENGLISH));
        explain = viewOf(stage);
    }

    private static void waitUntil(BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(condition::getAsBoolean).get());
    }

    private FormulaView formula(FxRobot robot, ExplainSection s, int index, boolean live) {
        return Fx.one(robot, "#" + ExplainIds.formula(s, index, live), FormulaView.class);
    }

    /** Pixels that are not fully transparent: the formula's ink. */
    private static int ink(Image image) {
        PixelReader r = image.getPixelReader();
        int n = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if ((r.getArgb(x, y) >>> 24) != 0) {
                    n++;
                }
            }
        }
        return n;
    }

    private static boolean samePixels(Image a, Image b) {
        if (a.getWidth() != b.getWidth() || a.getHeight() != b.getHeight()) {
            return false;
        }
        for (int y = 0; y < a.getHeight(); y++) {
            for (int x = 0; x < a.getWidth(); x++) {
                if (a.getPixelReader().getArgb(x, y) != b.getPixelReader().getArgb(x, y)) {
                    return false;
                }
            }
        }
        return true;
    }

    @Test
    void the_side_panel_has_the_explain_tab_with_every_section_the_first_open(FxRobot robot) throws Exception {
        TabPane side = Fx.one(robot, "#" + ViewIds.SIDE_PANEL, TabPane.class);
        Tab tab = side.getTabs().stream().filter(t -> ExplainIds.TAB.equals(t.getId())).findFirst().orElseThrow();
        assertThat(tab.getText()).isEqualTo("Explain");
        assertThat(side.getScene()).isNotNull();
        for (ExplainSection s : ExplainSection.values()) {
            TitledPane p = Fx.one(robot, "#" + ExplainIds.section(s), TitledPane.class);
            assertThat(p.getText()).doesNotContain("!");
            assertThat(p.isExpanded()).as(s.name()).isEqualTo(s == ExplainSection.CROSS_ENTROPY);
        }
        waitUntil(() -> explain.renders() > 0);
        FormulaView general = formula(robot, ExplainSection.CROSS_ENTROPY, 1, false);
        FormulaView live = formula(robot, ExplainSection.CROSS_ENTROPY, 1, true);
        assertThat(ink(general.image())).isGreaterThan(100);
        assertThat(ink(live.image())).isGreaterThan(100);
        assertThat(live.getAccessibleText()).isEqualTo("CE(0.9) = −log 0.9 = 0.105");
        assertThat(live.getHeight()).isPositive();
    }

    @Test
    void changing_gamma_renders_the_focal_formula_again(FxRobot robot) throws Exception {
        robot.interact(() -> Fx.one(robot, "#" + ExplainIds.section(ExplainSection.FOCAL_TERM), TitledPane.class).setExpanded(true));
        waitUntil(() -> formula(robot, ExplainSection.FOCAL_TERM, 0, true).image() != null);
        FormulaView live = formula(robot, ExplainSection.FOCAL_TERM, 0, true);
        Image before = live.image();
        String altBefore = live.getAccessibleText();
        assertThat(altBefore).isEqualTo(vm.explain().content().formulas(ExplainSection.FOCAL_TERM).get(0).live().plain());
        Image generalBefore = formula(robot, ExplainSection.FOCAL_TERM, 0, false).image();

        long rendered = explain.renders();
        long passes = explain.renderPasses();
        // A burst of changes inside one event (a fast drag): one render at the next pulse.
        robot.interact(() -> {
            for (String g : new String[] {"2.5", "3", "4", "5"}) {
                vm.parameters().gamma().submit(g);
            }
        });
        waitUntil(() -> explain.renders() > rendered && live.getAccessibleText().contains("^5"));
        assertThat(explain.renderPasses()).isEqualTo(passes + 1);
        assertThat(live.getAccessibleText()).isEqualTo("FL(0.9) = −(1 − 0.9)^5 · log 0.9 = 1.05×10⁻⁶");
        assertThat(samePixels(live.image(), before)).isFalse();
        assertThat(samePixels(formula(robot, ExplainSection.FOCAL_TERM, 0, false).image(), generalBefore))
                .as("the general form does not change").isTrue();
    }

    @Test
    void a_larger_text_size_renders_larger_formulas_that_still_fit(FxRobot robot) throws Exception {
        robot.interact(() -> Fx.one(robot, "#" + ExplainIds.section(ExplainSection.FOCAL_TERM), TitledPane.class).setExpanded(true));
        FormulaView factor = formula(robot, ExplainSection.FOCAL_TERM, 1, false); // (1 − pₜ)^γ: short
        waitUntil(() -> factor.image() != null);
        double height = factor.image().getHeight();
        long rendered = explain.renders();
        robot.interact(() -> vm.fontScaleProperty().set(200));
        waitUntil(() -> explain.renders() > rendered && factor.image().getHeight() > height);
        // Twice the text size; JLaTeXMath's fixed one-pixel margins and rounding keep it under exactly 2×.
        assertThat(factor.image().getHeight()).isGreaterThan(1.6 * height);
        // Long formulas are rendered smaller to fit the narrow panel (the general forms always can); below
        // the smallest legible size the picture is shrunk. Once the layout has settled nothing is cut off.
        waitUntil(() -> Fx.all(robot, ".formula").stream().map(FormulaView.class::cast)
                .filter(f -> f.isVisible() && f.image() != null)
                .allMatch(f -> f.shownWidth() <= f.availableWidth() + 0.5
                        && (f.getId().endsWith("-live") || f.image().getWidth() <= f.availableWidth())));
    }

    @Test
    void a_dark_theme_can_recolour_the_formulas(FxRobot robot) throws Exception {
        waitUntil(() -> explain.renders() > 0);
        FormulaView general = formula(robot, ExplainSection.CROSS_ENTROPY, 1, false);
        javafx.scene.paint.Color prose = (javafx.scene.paint.Color) Fx.one(robot, ".explain-text", javafx.scene.control.Label.class).getTextFill();
        int proseRgb = (int) Math.round(prose.getRed() * 255) << 16 | (int) Math.round(prose.getGreen() * 255) << 8
                | (int) Math.round(prose.getBlue() * 255);
        assertThat(inkColours(general.image())).containsOnly(proseRgb); // the prose's CSS text fill (the theme's)
        long rendered = explain.renders();
        robot.interact(() -> explain.formulaColorProperty().set(javafx.scene.paint.Color.web("#F0F0F0")));
        waitUntil(() -> explain.renders() > rendered);
        assertThat(inkColours(general.image())).containsOnly(0xF0F0F0);
    }

    /** The RGB of the fully opaque pixels (the edges are blended with transparency). */
    private static java.util.Set<Integer> inkColours(Image image) {
        java.util.Set<Integer> colours = new java.util.HashSet<>();
        PixelReader r = image.getPixelReader();
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int argb = r.getArgb(x, y);
                if ((argb >>> 24) == 0xFF) {
                    colours.add(argb & 0xFFFFFF);
                }
            }
        }
        assertThat(colours).isNotEmpty();
        return colours;
    }

    @Test
    void every_plot_has_its_caption(FxRobot robot) {
        Messages m = Messages.forLocale(Locale.ENGLISH);
        assertThat(caption(robot, ViewIds.LOSS_PLOT)).isEqualTo(m.get("caption.loss"));
        assertThat(caption(robot, ViewIds.GRADIENT_PLOT)).isEqualTo(m.get("caption.gradient"));
        assertThat(caption(robot, ViewIds.WEIGHTING_PLOT)).isEqualTo(m.get("caption.weighting"));
        robot.interact(() -> vm.featureProperty().set(org.focalexplorer.settings.Feature.CLASSIFIER)); // built now
        for (ModelRole role : ModelRole.values()) {
            assertThat(caption(robot, ClassifierIds.field(role))).isEqualTo(m.get("caption.field"));
            assertThat(caption(robot, ClassifierIds.histogram(role)))
                    .isEqualTo(m.format("caption.pair", m.get("caption.histogram"), m.get("caption.figure4.negatives")));
        }
        assertThat(caption(robot, ClassifierIds.TRAINING_CURVES)).isEqualTo(m.get("caption.curves"));
        // The Figure 4 caption follows the class it shows.
        robot.interact(() -> vm.classifier().figure4ClassProperty().set(Figure4Class.POSITIVES));
        assertThat(caption(robot, ClassifierIds.histogram(ModelRole.FOCAL))).endsWith(m.get("caption.figure4.positives"));
    }

    private static String caption(FxRobot robot, String plotId) {
        Node n = Fx.one(robot, "#" + org.focalexplorer.view.PlotCaption.id(plotId));
        return ((Label) n).getText();
    }

    @Test
    void snapshots_with_the_panel_in_english_and_chinese(FxRobot robot) throws Exception {
        shoot(stage, vm, "explain-en");
        Stage zh = WaitForAsyncUtils.asyncFx(() -> new Stage()).get();
        ExplorerViewModel zhVm = WaitForAsyncUtils.asyncFx(
                () -> FocalExplorerApp.show(zh, Messages.forLocale(Locale.SIMPLIFIED_CHINESE))).get();
        try {
            shoot(zh, zhVm, "explain-zh");
        } finally {
            WaitForAsyncUtils.asyncFx(zh::close).get();
        }
    }

    /** The curves tab with the first three sections open, then the live classifier at 150 % with the others. */
    private static void shoot(Stage stage, ExplorerViewModel vm, String name) throws Exception {
        ExplainView view = viewOf(stage);
        WaitForAsyncUtils.asyncFx(() -> open(stage, ExplainSection.CROSS_ENTROPY, ExplainSection.FOCAL_TERM,
                ExplainSection.ALPHA)).get();
        waitUntil(() -> live(stage, ExplainSection.ALPHA, 1).image() != null);
        WaitForAsyncUtils.waitForFxEvents();
        Screenshots.Written curves = Screenshots.write(stage.getScene(), name + "-curves.png");
        assertThat(curves.picture().getWidth()).isPositive();

        long rendered = view.renders();
        WaitForAsyncUtils.asyncFx(() -> {
            vm.featureProperty().set(org.focalexplorer.settings.Feature.CLASSIFIER);
            vm.toggleSidePanel(); // hidden with the classifier at first (F9 shows it)
            vm.fontScaleProperty().set(150);
            open(stage, ExplainSection.GRADIENT, ExplainSection.FL_STAR, ExplainSection.PRIOR);
        }).get();
        waitUntil(() -> view.renders() > rendered && live(stage, ExplainSection.PRIOR, 3).image() != null
                && live(stage, ExplainSection.GRADIENT, 1).image() != null);
        WaitForAsyncUtils.waitForFxEvents();
        Screenshots.write(stage.getScene(), name + "-classifier-150.png");
        // The whole panel, also what is scrolled out of view.
        Node panel = stage.getScene().lookup(".explain-panel");
        javafx.scene.image.WritableImage whole = WaitForAsyncUtils.asyncFx(() -> panel.snapshot(null, null)).get();
        java.nio.file.Path png = Screenshots.dir().resolve(name + "-panel-150.png");
        assertThat(javax.imageio.ImageIO.write(javafx.embed.swing.SwingFXUtils.fromFXImage(whole, null), "png",
                png.toFile())).isTrue();
    }

    @Test
    void a_lesson_step_opens_its_section_alone_selects_the_tab_and_scrolls_to_it(FxRobot robot) throws Exception {
        TabPane side = Fx.one(robot, "#" + ViewIds.SIDE_PANEL, TabPane.class);
        javafx.scene.control.ScrollPane scroll = Fx.one(robot, ".explain-scroll", javafx.scene.control.ScrollPane.class);
        // The user opened other sections, scrolled the panel to its end, and went on to read the code.
        WaitForAsyncUtils.asyncFx(() -> open(stage, ExplainSection.CROSS_ENTROPY, ExplainSection.FOCAL_TERM,
                ExplainSection.GRADIENT, ExplainSection.PRIOR)).get();
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.asyncFx(() -> {
            scroll.setVvalue(1.0);
            side.getSelectionModel().select(1);
        }).get();
        assertThat(side.getSelectionModel().getSelectedItem().getId()).isNotEqualTo(ExplainIds.TAB);

        WaitForAsyncUtils.asyncFx(() -> vm.lessons().start(4)).get(); // lesson 5: α
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(side.getSelectionModel().getSelectedItem().getId()).isEqualTo(ExplainIds.TAB);
        TitledPane alpha = Fx.one(robot, "#" + ExplainIds.section(ExplainSection.ALPHA), TitledPane.class);
        for (ExplainSection s : ExplainSection.values()) {
            assertThat(Fx.one(robot, "#" + ExplainIds.section(s), TitledPane.class).isExpanded()).as(s.name())
                    .isEqualTo(s == ExplainSection.ALPHA);
        }
        // once its formulas are drawn, its title is at the top of the panel's visible part
        waitUntil(() -> live(stage, ExplainSection.ALPHA, 1).image() != null);
        WaitForAsyncUtils.waitForFxEvents();
        double top = WaitForAsyncUtils.asyncFx(() -> scroll.localToScene(0, scroll.snappedTopInset()).getY()).get();
        double title = WaitForAsyncUtils.asyncFx(() -> alpha.localToScene(alpha.getLayoutBounds()).getMinY()).get();
        assertThat(title).isBetween(top - 1, top + 2);

        // the user closes it; the next step that needs it (here: back and forth to the same step) opens it again
        WaitForAsyncUtils.asyncFx(() -> alpha.setExpanded(false)).get();
        WaitForAsyncUtils.asyncFx(() -> {
            vm.lessons().back();
            vm.lessons().next();
        }).get();
        assertThat(alpha.isExpanded()).isTrue();
        assertThat(Fx.one(robot, "#" + ExplainIds.section(ExplainSection.GRADIENT), TitledPane.class)
                .isExpanded()).isFalse();
    }

    @Test
    void a_language_switch_during_a_lesson_keeps_the_step_s_section_open_at_the_top() throws Exception {
        Stage s = WaitForAsyncUtils.asyncFx(() -> new Stage()).get();
        var shell = new org.focalexplorer.viewmodel.shell.ShellViewModel(
                new org.focalexplorer.viewmodel.prefs.MemoryPreferenceStore(), Locale.ENGLISH);
        try {
            var window = WaitForAsyncUtils.asyncFx(() -> FocalExplorerApp.showWindow(s, shell,
                    new ExplorerViewModel(org.focalexplorer.viewmodel.text.Messages.forLocale(Locale.ENGLISH),
                            javafx.application.Platform::runLater,
                            new org.focalexplorer.viewmodel.classifier.BackgroundScheduler(), Runnable::run))).get();
            WaitForAsyncUtils.asyncFx(() -> window.viewModel().lessons().start(3)).get(); // lesson 4: gradients
            WaitForAsyncUtils.asyncFx(() -> window.viewModel().languageProperty().set(
                    org.focalexplorer.viewmodel.text.AppLanguage.CHINESE.tag())).get();
            waitUntil(() -> live(s, ExplainSection.GRADIENT, 1).image() != null);
            WaitForAsyncUtils.waitForFxEvents();
            for (ExplainSection x : ExplainSection.values()) {
                assertThat(((TitledPane) s.getScene().lookup("#" + ExplainIds.section(x))).isExpanded()).as(x.name())
                        .isEqualTo(x == ExplainSection.GRADIENT);
            }
            javafx.scene.control.ScrollPane scroll = (javafx.scene.control.ScrollPane) s.getScene().lookup(".explain-scroll");
            TitledPane gradient = (TitledPane) s.getScene().lookup("#" + ExplainIds.section(ExplainSection.GRADIENT));
            double top = WaitForAsyncUtils.asyncFx(() -> scroll.localToScene(0, scroll.snappedTopInset()).getY()).get();
            double title = WaitForAsyncUtils.asyncFx(() -> gradient.localToScene(gradient.getLayoutBounds()).getMinY()).get();
            assertThat(title).isBetween(top - 1, top + 2);
        } finally {
            WaitForAsyncUtils.asyncFx(s::close).get();
        }
    }

    @Test
    void snapshots_lesson_step_5_with_its_section_in_english_and_chinese() throws Exception {
        shootLessonStep5(Locale.ENGLISH, "α: class weights", "lesson-step5-en.png");
        shootLessonStep5(Locale.SIMPLIFIED_CHINESE, Messages.forLocale(Locale.SIMPLIFIED_CHINESE).get("explain.alpha.title"),
                "lesson-step5-zh.png");
    }

    private static void shootLessonStep5(Locale locale, String sectionTitle, String png) throws Exception {
        Stage s = WaitForAsyncUtils.asyncFx(() -> new Stage()).get();
        try {
            WaitForAsyncUtils.asyncFx(() -> FocalExplorerApp.show(s, Messages.forLocale(locale)).lessons().start(4)).get();
            waitUntil(() -> live(s, ExplainSection.ALPHA, 1).image() != null);
            WaitForAsyncUtils.waitForFxEvents();
            TitledPane alpha = (TitledPane) s.getScene().lookup("#" + ExplainIds.section(ExplainSection.ALPHA));
            assertThat(alpha.isExpanded()).isTrue();
            assertThat(alpha.getText()).isEqualTo(sectionTitle);
            assertThat(((TitledPane) s.getScene().lookup("#" + ExplainIds.section(ExplainSection.CROSS_ENTROPY)))
                    .isExpanded()).isFalse();
            assertThat(((Label) s.getScene().lookup("#" + org.focalexplorer.view.lessons.LessonsView.COUNTER_ID))
                    .getText()).isEqualTo("5 / 10");
            Screenshots.write(s.getScene(), png);
        } finally {
            WaitForAsyncUtils.asyncFx(s::close).get();
        }
    }

    private static ExplainView viewOf(Stage stage) {
        TabPane side = (TabPane) stage.getScene().lookup("#" + ViewIds.SIDE_PANEL);
        return side.getTabs().stream().map(ExplainView::of).filter(java.util.Objects::nonNull).findFirst().orElseThrow();
    }

    private static Void open(Stage stage, ExplainSection... sections) {
        java.util.Set<ExplainSection> shown = java.util.Set.of(sections);
        for (ExplainSection s : ExplainSection.values()) {
            ((TitledPane) stage.getScene().lookup("#" + ExplainIds.section(s))).setExpanded(shown.contains(s));
        }
        return null;
    }

    private static FormulaView live(Stage stage, ExplainSection s, int index) {
        return (FormulaView) stage.getScene().lookup("#" + ExplainIds.formula(s, index, true));
    }
}
