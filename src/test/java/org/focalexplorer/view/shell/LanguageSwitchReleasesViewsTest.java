package org.focalexplorer.view.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.ref.WeakReference;
import java.util.Locale;
import javafx.scene.Node;
import javafx.stage.Stage;
import org.focalexplorer.app.FocalExplorerApp;
import org.focalexplorer.testutil.Fx;
import org.focalexplorer.testutil.Pulses;
import org.focalexplorer.view.ViewIds;
import org.focalexplorer.view.guess.GuessView;
import org.focalexplorer.viewmodel.classifier.QueueScheduler;
import org.focalexplorer.viewmodel.explorer.ExplorerViewModel;
import org.focalexplorer.viewmodel.text.AppLanguage;
import org.focalexplorer.viewmodel.text.Messages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A language switch rebuilds every view; the view models stay. Nothing long-lived may keep a replaced view:
 * the soak found one that did (the lesson card's guess field listened strongly to its question, which outlives
 * the view), and every switch then kept a whole window of views, canvases and their pixel buffers alive.
 * Checked with weak references: after the switch and a pulse, a forced collection clears them.
 */
@ExtendWith(ApplicationExtension.class)
class LanguageSwitchReleasesViewsTest {
    private ExplorerViewModel vm;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        vm = FocalExplorerApp.show(stage, Messages.forLocale(Locale.ENGLISH), QueueScheduler.queued());
    }

    @Test
    void views_replaced_by_a_language_switch_can_be_collected() throws Exception {
        String field = GuessView.fieldId("numbers.ratio");
        Fx.call(() -> {
            vm.lessons().start(2); // a step with typed guesses: the lesson card shows their fields
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        // Weak references made on the FX thread: the test thread never holds a node strongly.
        WeakReference<Node> oldField = Fx.call(() -> new WeakReference<>(stage.getScene().lookup("#" + field)));
        WeakReference<Node> oldPlot = Fx.call(() -> new WeakReference<>(stage.getScene().lookup("#" + ViewIds.LOSS_PLOT)));
        assertThat(oldField.get()).as("the guess field is shown").isNotNull();
        assertThat(oldPlot.get()).as("the loss plot is shown").isNotNull();

        Fx.call(() -> {
            vm.languageProperty().set(AppLanguage.CHINESE.tag());
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(Fx.call(() -> stage.getScene().lookup("#" + field))).as("the rebuilt card has the field again")
                .isNotNull().isNotSameAs(oldField.get());
        // The scene lets go of a removed node's dirty state at its next pulse.
        pulse();
        pulse();

        for (int i = 0; i < 10 && (oldField.get() != null || oldPlot.get() != null); i++) {
            System.gc();
        }
        assertThat(oldField.get()).as("the replaced guess field (and the view around it)").isNull();
        assertThat(oldPlot.get()).as("the replaced loss plot").isNull();
        // and no node of the new views caches itself as a bitmap (the renderer's pool would keep it after a switch)
        assertThat(Fx.call(() -> cached(stage.getScene().getRoot()))).as("nodes cached as bitmaps").isZero();
    }

    private static int cached(javafx.scene.Node n) {
        int c = n.isCache() ? 1 : 0;
        if (n instanceof javafx.scene.Parent p) {
            for (javafx.scene.Node k : p.getChildrenUnmodifiable()) {
                c += cached(k);
            }
        }
        return c;
    }

    /** Waits for the scene's next layout pulse (a latch, not a sleep). */
    private void pulse() throws InterruptedException {
        assertThat(Pulses.next(stage::getScene)).as("a pulse came").isTrue();
    }
}
