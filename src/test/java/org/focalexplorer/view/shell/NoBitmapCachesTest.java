package org.focalexplorer.view.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.stage.Stage;
import org.focalexplorer.app.FocalExplorerApp;
import org.focalexplorer.settings.Feature;
import org.focalexplorer.settings.SideTab;
import org.focalexplorer.testutil.Fx;
import org.focalexplorer.testutil.Pulses;
import org.focalexplorer.viewmodel.classifier.QueueScheduler;
import org.focalexplorer.viewmodel.explorer.ExplorerViewModel;
import org.focalexplorer.viewmodel.text.AppLanguage;
import org.focalexplorer.viewmodel.text.Messages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * No node of the window caches itself as a bitmap, whatever was built late. A cached node's bitmap comes
 * from the software renderer's shared pool and goes back only when the node stops caching while still in its
 * scene; a view replaced by a language switch never does, so each cached node it had kept its bitmap checked
 * out for good. The soak's live set crept by 1.5–2 MB a minute from one such node: the side panel (shown only
 * with the curves tab) builds its explanations when it first comes back, after the window's first layout had
 * turned caching off, and their scroll pane's skin cached its viewport (320 × 672 pixels, 0.86 MB) — one more
 * pool bitmap each time a rebuilt window showed the curves tab.
 */
@ExtendWith(ApplicationExtension.class)
@Timeout(value = 3, unit = TimeUnit.MINUTES)
class NoBitmapCachesTest {
    private ExplorerViewModel vm;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        vm = FocalExplorerApp.show(stage, Messages.forLocale(Locale.ENGLISH), QueueScheduler.queued());
    }

    @Test
    void no_node_caches_a_bitmap_after_late_built_tabs_and_side_panel() throws Exception {
        // A window rebuilt (language switch) while a lab is shown: the side panel is out of the window, unbuilt.
        run(() -> vm.featureProperty().set(Feature.CLASSIFIER));
        run(() -> vm.languageProperty().set(AppLanguage.CHINESE.tag()));
        assertThat(cachedAfterPulses()).as("after the rebuild").isEmpty();
        // The curves tab brings the side panel back, which builds its explanations now.
        run(() -> vm.featureProperty().set(Feature.CURVES));
        assertThat(cachedAfterPulses()).as("after the side panel came back with its explanations").isEmpty();
        for (Feature f : Feature.values()) {
            run(() -> vm.featureProperty().set(f));
            assertThat(cachedAfterPulses()).as("after showing " + f).isEmpty();
        }
        run(() -> vm.featureProperty().set(Feature.CURVES));
        for (SideTab t : SideTab.values()) {
            run(() -> vm.sideTabProperty().set(t));
            assertThat(cachedAfterPulses()).as("after showing the side tab " + t).isEmpty();
        }
    }

    private void run(Runnable r) throws Exception {
        Fx.call(() -> {
            r.run();
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The nodes caching themselves once two pulses have laid out (and so skinned) what changed. */
    private List<String> cachedAfterPulses() throws Exception {
        pulse();
        pulse();
        return Fx.call(() -> {
            List<String> out = new ArrayList<>();
            cached(stage.getScene().getRoot(), out);
            return out;
        });
    }

    private static void cached(Node n, List<String> out) {
        if (n.isCache()) {
            out.add(n.getClass().getSimpleName() + " " + n.getStyleClass() + " in " + n.getParent());
        }
        if (n instanceof Parent p) {
            for (Node k : p.getChildrenUnmodifiable()) {
                cached(k, out);
            }
        }
    }

    /** Waits for the scene's next layout pulse (a latch, not a sleep). */
    private void pulse() throws InterruptedException {
        assertThat(Pulses.next(stage::getScene)).as("a pulse came").isTrue();
    }
}
