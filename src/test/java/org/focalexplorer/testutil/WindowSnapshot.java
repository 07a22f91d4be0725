package org.focalexplorer.testutil;

import java.util.Locale;
import java.util.function.Consumer;
import javafx.stage.Stage;
import org.focalexplorer.app.FocalExplorerApp;
import org.focalexplorer.viewmodel.classifier.QueueScheduler;
import org.focalexplorer.viewmodel.explorer.ExplorerViewModel;
import org.focalexplorer.viewmodel.text.Messages;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A window of its own, set up before its first frame (so that no resize animation runs when the picture
 * is taken), checked, written as a PNG and closed.
 */
public final class WindowSnapshot {
    private WindowSnapshot() {}

    /**
     * @param setup runs on the FX thread on the new window's view model before it is first drawn
     * @param check runs on the test thread once the window has been laid out
     */
    public static void write(Locale locale, Consumer<ExplorerViewModel> setup, Consumer<Stage> check, String png)
            throws Exception {
        write(locale, QueueScheduler.queued(), setup, check, png);
    }

    /**
     * The same with the window's training scheduler given, so that {@code check} can run the training the
     * setup asked for ({@link QueueScheduler#runPending()}) before the picture is taken.
     */
    public static void write(Locale locale, QueueScheduler training, Consumer<ExplorerViewModel> setup,
            Consumer<Stage> check, String png) throws Exception {
        Stage s = WaitForAsyncUtils.asyncFx(() -> {
            Stage w = new Stage();
            setup.accept(FocalExplorerApp.show(w, Messages.forLocale(locale), training));
            return w;
        }).get();
        try {
            WaitForAsyncUtils.waitForFxEvents();
            check.accept(s);
            Screenshots.write(s.getScene(), png);
        } finally {
            WaitForAsyncUtils.asyncFx(s::close).get();
        }
    }
}
