package org.focalexplorer.view.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.concurrent.Callable;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextArea;
import javafx.scene.control.ToggleButton;
import javafx.stage.Stage;
import org.focalexplorer.app.FocalExplorerApp;
import org.focalexplorer.settings.Feature;
import org.focalexplorer.settings.Framework;
import org.focalexplorer.settings.Settings;
import org.focalexplorer.settings.SideTab;
import org.focalexplorer.view.budget.LossBudgetView;
import org.focalexplorer.view.classifier.ClassifierIds;
import org.focalexplorer.view.code.CodeIds;
import org.focalexplorer.view.explorer.ExplorerView;
import org.focalexplorer.view.multiclass.MulticlassIds;
import org.focalexplorer.view.predictions.PredictionsIds;
import org.focalexplorer.viewmodel.classifier.QueueScheduler;
import org.focalexplorer.viewmodel.explorer.ExplorerViewModel;
import org.focalexplorer.viewmodel.prefs.MemoryPreferenceStore;
import org.focalexplorer.viewmodel.shell.ShellViewModel;
import org.focalexplorer.viewmodel.text.Messages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue #14: the window builds only what it shows at start — the curves and the side panel's explanations;
 * the labs, the predictions tab and the other side tabs are built the first time they are shown, and then
 * show every setting made while they did not exist (the view models hold the state). The live classifier
 * trains nothing before its tab is shown. Training runs at once on the FX thread ({@link QueueScheduler}),
 * so each frame is there after the FX queue has drained.
 */
@ExtendWith(ApplicationExtension.class)
class LazyViewsTest {
    private MainWindow window;

    @Start
    void start(Stage stage) {
        ShellViewModel shell = new ShellViewModel(new MemoryPreferenceStore(), Locale.ENGLISH);
        window = FocalExplorerApp.showWindow(stage, shell, new ExplorerViewModel(Messages.forLocale(Locale.ENGLISH),
                Platform::runLater, QueueScheduler.immediate(), Runnable::run));
    }

    private static <T> T fx(Callable<T> read) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        return WaitForAsyncUtils.asyncFx(read).get();
    }

    private static void fxRun(Runnable r) throws Exception {
        WaitForAsyncUtils.asyncFx(r).get();
        WaitForAsyncUtils.waitForFxEvents();
    }

    private Node find(String id) {
        return window.scene().getRoot().lookup("#" + id);
    }

    @Test
    void at_start_only_the_curves_and_the_explanations_are_built_and_nothing_trains() throws Exception {
        ExplorerView view = window.view();
        ExplorerViewModel vm = window.viewModel();
        assertThat(fx(() -> vm.featureProperty().get())).isEqualTo(Feature.CURVES);
        assertThat(fx(() -> view.isBuilt(Feature.CLASSIFIER))).isFalse();
        assertThat(fx(() -> view.isBuilt(Feature.MULTICLASS))).isFalse();
        assertThat(fx(() -> view.isBuilt(Feature.PREDICTIONS))).isFalse();
        assertThat(fx(view::isExplainBuilt)).isTrue();
        // Not in the scene graph either (neither styled nor laid out at the first frame).
        for (String id : new String[] {ClassifierIds.PLAY, ClassifierIds.SEED, MulticlassIds.VIEW, MulticlassIds.SETTINGS,
                PredictionsIds.VIEW, CodeIds.TEXT, LossBudgetView.ID}) {
            assertThat(fx(() -> find(id))).as(id).isNull();
        }
        assertThat(fx(() -> vm.classifier().isActive())).as("the live classifier has no models yet").isFalse();
        assertThat(fx(() -> vm.classifier().frame())).isNull();
        assertThat(fx(() -> vm.multiclass().isActive())).isFalse();
    }

    @Test
    void a_tab_built_on_first_show_shows_the_settings_made_before_it_existed() throws Exception {
        ExplorerView view = window.view();
        ExplorerViewModel vm = window.viewModel();
        fxRun(() -> {
            vm.liveState().set(Settings.SEED, 4242);
            vm.liveState().set(Settings.MC_CLASSES, 5);
            vm.liveState().set(Settings.CODE_FRAMEWORK, Framework.KERAS);
        });
        assertThat(fx(() -> view.isBuilt(Feature.CLASSIFIER))).isFalse();
        assertThat(fx(() -> vm.classifier().frame())).isNull();

        fxRun(() -> vm.featureProperty().set(Feature.CLASSIFIER)); // as Ctrl+2 or a click on the tab does
        assertThat(fx(() -> view.isBuilt(Feature.CLASSIFIER))).isTrue();
        assertThat(fx(() -> view.isBuilt(Feature.MULTICLASS))).as("only the tab shown").isFalse();
        assertThat(fx(() -> find(ClassifierIds.PLAY))).isNotNull();
        assertThat(fx(() -> ((Spinner<?>) find(ClassifierIds.SEED)).getValue())).isEqualTo(4242);
        assertThat(fx(() -> vm.classifier().isActive())).isTrue();
        assertThat(fx(() -> vm.classifier().frame().snapshot().settings().seed()))
                .as("the first frame trains with the seed set before the tab existed").isEqualTo(4242L);

        fxRun(() -> vm.featureProperty().set(Feature.MULTICLASS));
        assertThat(fx(() -> view.isBuilt(Feature.MULTICLASS))).isTrue();
        assertThat(fx(() -> vm.multiclass().isActive())).isTrue();
        assertThat(fx(() -> find(MulticlassIds.SETTINGS))).isNotNull();
        assertThat(fx(() -> ((Spinner<?>) find(MulticlassIds.CLASSES)).getValue())).isEqualTo(5);

        fxRun(() -> vm.featureProperty().set(Feature.PREDICTIONS));
        assertThat(fx(() -> view.isBuilt(Feature.PREDICTIONS))).isTrue();
        assertThat(fx(() -> find(PredictionsIds.VIEW))).isNotNull();

        // The side panel's code tab: built when selected, in the framework chosen before.
        assertThat(fx(() -> find(CodeIds.TEXT))).isNull();
        fxRun(() -> {
            vm.featureProperty().set(Feature.CURVES); // the side panel shows with the curves
            vm.sideTabProperty().set(SideTab.CODE);
        });
        TextArea code = fx(() -> (TextArea) find(CodeIds.TEXT));
        assertThat(code).isNotNull();
        String shown = fx(code::getText);
        assertThat(shown).isEqualTo(fx(() -> vm.code().codeProperty().get())).contains("keras");
        assertThat(fx(() -> ((ToggleButton) find(CodeIds.FRAMEWORK_PREFIX + Framework.KERAS.id())).isSelected()))
                .isTrue();
        assertThat(fx(() -> find(LossBudgetView.ID))).as("the loss budget tab was never selected").isNull();
    }
}
