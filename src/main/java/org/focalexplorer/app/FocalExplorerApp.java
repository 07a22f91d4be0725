package org.focalexplorer.app;

import java.util.Locale;
import java.util.concurrent.Executor;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.focalexplorer.view.AfterPulses;
import org.focalexplorer.view.ViewIds;
import org.focalexplorer.view.explorer.ExplorerView;
import org.focalexplorer.viewmodel.classifier.BackgroundScheduler;
import org.focalexplorer.viewmodel.classifier.TrainingScheduler;
import org.focalexplorer.viewmodel.explorer.ExplorerViewModel;
import org.focalexplorer.viewmodel.text.Messages;

/**
 * The JavaFX application: the explorer window in the user's language (Simplified Chinese for a
 * zh_CN locale, English otherwise; {@code -Duser.language=zh -Duser.country=CN} chooses Chinese).
 */
public class FocalExplorerApp extends Application {

    /** Base name of the resource bundle with every string a user reads. */
    public static final String BUNDLE = Messages.BUNDLE;

    /** Node id of the title label (used by UI tests). */
    public static final String TITLE_LABEL_ID = ViewIds.TITLE;

    public static final double WIDTH = 1280;
    public static final double HEIGHT = 800;

    @Override
    public void start(Stage stage) {
        show(stage, Messages.forLocale(Locale.getDefault()));
    }

    /** Shows the explorer in {@code stage}, in the language of {@code messages}; returns its view model. */
    public static ExplorerViewModel show(Stage stage, Messages messages) {
        return show(stage, messages, new BackgroundScheduler(), new AfterPulses());
    }

    /**
     * The same, with the live classifier training on {@code training} (tests drive it step by step) and
     * each frame released as soon as the FX thread has taken it; the training thread stops when the
     * window closes.
     */
    public static ExplorerViewModel show(Stage stage, Messages messages, TrainingScheduler training) {
        return show(stage, messages, training, Runnable::run);
    }

    /** @param afterShown when a frame of the live classifier counts as drawn ({@link AfterPulses} in the app) */
    public static ExplorerViewModel show(Stage stage, Messages messages, TrainingScheduler training,
            Executor afterShown) {
        ExplorerViewModel vm = new ExplorerViewModel(messages, Platform::runLater, training, afterShown);
        stage.addEventHandler(WindowEvent.WINDOW_HIDDEN, e -> vm.dispose());
        ExplorerView view = new ExplorerView(vm);
        stage.setTitle(messages.get("app.title"));
        stage.setScene(new Scene(view.root(), WIDTH, HEIGHT));
        stage.setMinWidth(900);
        stage.setMinHeight(600);
        stage.show();
        return vm;
    }
}
