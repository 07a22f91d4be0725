package org.focalexplorer.view.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.stage.Stage;
import org.focalexplorer.app.FocalExplorerApp;
import org.focalexplorer.settings.Feature;
import org.focalexplorer.testutil.LayoutProblems;
import org.focalexplorer.testutil.Screenshots;
import org.focalexplorer.view.plot.PlotCanvas;
import org.focalexplorer.view.classifier.ClassifierIds;
import org.focalexplorer.view.guess.GuessView;
import org.focalexplorer.view.lessons.LessonTargets;
import org.focalexplorer.view.lessons.LessonsView;
import org.focalexplorer.viewmodel.classifier.QueueScheduler;
import org.focalexplorer.viewmodel.explorer.ExplorerViewModel;
import org.focalexplorer.viewmodel.prefs.MemoryPreferenceStore;
import org.focalexplorer.viewmodel.shell.ShellViewModel;
import org.focalexplorer.viewmodel.text.AppLanguage;
import org.focalexplorer.viewmodel.text.Messages;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The window on a projector (issue #13): at 1280×720 and 1280×800 with 150 % and 200 % text, and at
 * 1920×1080 with 200 %, in English and Chinese, the curves, the live classifier and the lesson steps show
 * every label whole (nothing elided with "…", nothing cut by a clip such as a tab header row), every plot
 * drawn at its size, the live classifier needs no horizontal scrolling, and a
 * lesson step's named controls lie inside their viewport. Each case is also written as a PNG.
 */
@ExtendWith(ApplicationExtension.class)
class ProjectorLayoutTest {
    private final QueueScheduler training = QueueScheduler.queued();
    private MainWindow window;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        ShellViewModel shell = new ShellViewModel(new MemoryPreferenceStore(), Locale.ENGLISH);
        window = FocalExplorerApp.showWindow(stage, shell, new ExplorerViewModel(
                Messages.forLocale(Locale.ENGLISH), Platform::runLater, training, Runnable::run));
    }

    private ExplorerViewModel vm() {
        return window.viewModel();
    }

    private void settle() {
        WaitForAsyncUtils.waitForFxEvents();
        training.runPending();
        WaitForAsyncUtils.waitForFxEvents();
        training.runPending();
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void setUp(int width, int height, int scale, String language) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            // At the origin of Monocle's 1920×1080 screen: a window reaching past its edge made the headless
            // renderer log BufferOverflowExceptions (it copies the window into the screen's buffer).
            stage.setX(0);
            stage.setY(0);
            stage.setWidth(width);
            stage.setHeight(height);
            vm().fontScaleProperty().set(scale);
            vm().languageProperty().set(AppLanguage.fromTag(language).orElseThrow().tag());
        }).get();
        settle();
    }

    private List<String> problems(String what) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> {
            List<String> out = new ArrayList<>();
            LayoutProblems.elided(window.scene().getRoot()).forEach(e -> out.add(what + ": elided " + e));
            LayoutProblems.clipped(window.scene().getRoot()).forEach(e -> out.add(what + ": clipped " + e));
            LayoutProblems.plotsDrawnAtAnOldSize(window.scene().getRoot()).forEach(e -> out.add(what + ": " + e));
            return out;
        }).get();
    }

    /**
     * The lesson card's "Try this" line — or, while the step's questions wait, their answer buttons — and the
     * controls the step names, where they are not wholly in view. {@code everyAnswer}: all answer buttons of all
     * the step's questions; else (200 % text on a 720- or 800-line screen, where the card already takes 45 % of
     * the window) the first question's first answer, and the rest is a scroll of the card away.
     */
    private List<String> outOfView(String what, boolean everyAnswer) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> {
            List<String> out = new ArrayList<>();
            Node root = window.scene().getRoot();
            List<String> wanted = new ArrayList<>();
            if (vm().lessons().revealedProperty().get()) {
                wanted.add("#" + LessonsView.TRY_ID);
            } else {
                for (var q : vm().lessons().questions()) {
                    if (q.asksForNumber()) {
                        wanted.add("#" + GuessView.checkId(q.id()));
                    } else {
                        for (int i = 0; i < q.choices().size(); i++) {
                            wanted.add("#" + GuessView.choiceId(q.id(), i));
                        }
                    }
                    if (!everyAnswer) {
                        wanted.subList(1, wanted.size()).clear();
                        break;
                    }
                }
            }
            wanted.addAll(LessonTargets.named(vm().lessons().highlightProperty().get()));
            for (String selector : wanted) {
                List<Node> nodes = LessonTargets.find(root, List.of(selector));
                if (nodes.isEmpty()) {
                    out.add(what + ": no " + selector);
                }
                nodes.stream().filter(n -> !LayoutProblems.inView(n)).forEach(n -> out.add(what + ": out of view " + selector));
            }
            return out;
        }).get();
    }

    /**
     * Every render goes to target/screenshots/projector; the issue's sizes (1280×720 at 150 %, 1920×1080
     * at 200 %) of the curves, the lab and lesson step 6 also to the README's screenshots.
     */
    private void render(String name, int width, int height, int scale) throws Exception {
        Screenshots.writeLocal(window.scene(), "projector", name);
        boolean readme = (width == 1280 && height == 720 && scale == 150) || (width == 1920 && scale == 200);
        if (readme && (name.contains("-curves-") || name.contains("-lab-") || name.contains("-lesson6-"))) {
            Screenshots.write(window.scene(), name);
        }
    }

    /**
     * The lab's training-loss chart is a readable chart, not a strip: a plot area of at least 100 px at 100 %
     * text (scaled with the text), and at least 3 labelled ticks (its legend is
     * laid out above the plot area by {@code PlotLayout}).
     */
    private List<String> trainingChart(int scale) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> {
            List<String> out = new ArrayList<>();
            PlotCanvas chart = window.view().classifier().trainingCurves();
            org.focalexplorer.render.PlotLayout l = chart.plotLayout();
            if (l == null) {
                return List.of("lab: the training chart is not drawn");
            }
            if (l.plotHeight() < 100 * scale / 100.0) {
                out.add("lab: training chart plot area " + l.plotHeight() + " px high");
            }
            if (chart.yTicks().size() < 3) {
                out.add("lab: training chart has " + chart.yTicks().size() + " y ticks");
            }
            return out;
        }).get();
    }

    @ParameterizedTest(name = "{0}x{1} at {2} % in {3}")
    @CsvSource({"1280,720,150,en", "1280,720,150,zh-CN", "1280,720,200,en", "1280,720,200,zh-CN",
            "1280,800,150,en", "1280,800,150,zh-CN", "1280,800,200,en", "1280,800,200,zh-CN",
            "1920,1080,200,en", "1920,1080,200,zh-CN"})
    void every_label_is_whole_and_the_lab_fits_across(int width, int height, int scale, String language)
            throws Exception {
        setUp(width, height, scale, language);
        String tag = width + "x" + height + "-" + scale + "-" + (language.startsWith("zh") ? "zh" : "en");
        List<String> found = new ArrayList<>();

        WaitForAsyncUtils.asyncFx(() -> vm().featureProperty().set(Feature.CURVES)).get();
        settle();
        render("projector-curves-" + tag + ".png", width, height, scale);
        found.addAll(problems("curves"));

        WaitForAsyncUtils.asyncFx(() -> vm().featureProperty().set(Feature.CLASSIFIER)).get();
        settle();
        WaitForAsyncUtils.asyncFx(() -> vm().classifier().step(100)).get();
        settle();
        render("projector-lab-" + tag + ".png", width, height, scale);
        found.addAll(problems("lab"));
        found.addAll(trainingChart(scale));
        found.addAll(WaitForAsyncUtils.asyncFx(() -> LayoutProblems.horizontalScrollBars(
                window.scene().lookup("#" + ClassifierIds.CLASSIFIER_TAB) == null ? window.scene().getRoot()
                        : window.view().classifier()).stream().map(s -> "lab: horizontal scroll bar in " + s).toList()).get());

        // The other tabs and every side tab: whole labels, and their headers in view (they wrap, issue #13).
        for (Feature f : new Feature[] {Feature.MULTICLASS, Feature.PREDICTIONS, Feature.CURVES}) {
            WaitForAsyncUtils.asyncFx(() -> vm().featureProperty().set(f)).get();
            settle();
            found.addAll(problems(f.name().toLowerCase(Locale.ROOT)));
        }
        int sideTabs = WaitForAsyncUtils.asyncFx(() -> window.view().sideTabs().getTabs().size()).get();
        for (int i = 0; i < sideTabs; i++) {
            int tab = i;
            String id = WaitForAsyncUtils.asyncFx(() -> {
                javafx.scene.control.TabPane side = window.view().sideTabs();
                side.getSelectionModel().select(tab);
                return side.getTabs().get(tab).getId();
            }).get();
            settle();
            Screenshots.writeLocal(window.scene(), "projector", "projector-side-" + id + "-" + tag + ".png");
            found.addAll(problems("side tab " + id));
        }
        WaitForAsyncUtils.asyncFx(() -> window.view().sideTabs().getSelectionModel().select(0)).get();

        for (int step : new int[] {1, 5, 6}) {
            WaitForAsyncUtils.asyncFx(() -> vm().lessons().start(step)).get();
            settle();
            render("projector-lesson" + (step + 1) + "-" + tag + ".png", width, height, scale);
            found.addAll(problems("lesson step " + (step + 1)));
            found.addAll(outOfView("lesson step " + (step + 1), scale <= 150 || height >= 1080));
        }
        WaitForAsyncUtils.asyncFx(() -> vm().lessons().leave()).get();
        assertThat(found).isEmpty();
    }
}
