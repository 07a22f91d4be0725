package org.focalexplorer.app;

import java.util.Locale;
import java.util.concurrent.Executor;
import java.util.function.Function;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.focalexplorer.view.AfterPulses;
import org.focalexplorer.view.ViewIds;
import org.focalexplorer.view.shell.MainWindow;
import org.focalexplorer.viewmodel.classifier.BackgroundScheduler;
import org.focalexplorer.viewmodel.classifier.TrainingScheduler;
import org.focalexplorer.viewmodel.explorer.ExplorerViewModel;
import org.focalexplorer.viewmodel.prefs.MemoryPreferenceStore;
import org.focalexplorer.viewmodel.prefs.PreferenceStore;
import org.focalexplorer.viewmodel.text.AppLanguage;
import org.focalexplorer.viewmodel.shell.ShellViewModel;
import org.focalexplorer.viewmodel.shell.WindowGeometry;
import org.focalexplorer.viewmodel.text.Messages;

/**
 * The JavaFX application. The language is the one chosen last time, else the system's (Simplified
 * Chinese for a Chinese locale, English otherwise; {@code -Duser.language=zh -Duser.country=CN} chooses
 * Chinese on a first run); {@code -Dfocalexplorer.prefs=memory} runs without reading or writing the
 * user's settings.
 */
public class FocalExplorerApp extends Application {

    /** Base name of the resource bundle with every string a user reads. */
    public static final String BUNDLE = Messages.BUNDLE;

    /** Node id of the title label (used by UI tests). */
    public static final String TITLE_LABEL_ID = ViewIds.TITLE;

    public static final double WIDTH = WindowGeometry.DEFAULT_WIDTH;
    public static final double HEIGHT = WindowGeometry.DEFAULT_HEIGHT;

    @Override
    public void start(Stage stage) {
        PreferenceStore store = "memory".equals(System.getProperty("focalexplorer.prefs"))
                ? new MemoryPreferenceStore() : JavaPreferenceStore.forApp();
        ShellViewModel shell = new ShellViewModel(store, Locale.getDefault());
        MainWindow window = showWindow(stage, shell, new ExplorerViewModel(Messages.forLocale(
                shell.languageProperty().get().locale()), Platform::runLater, new BackgroundScheduler(), new AfterPulses(),
                store));
        placeWithinScreen(stage, shell.windowGeometry());
        stage.setMaximized(shell.windowGeometry().maximized());
        stage.addEventHandler(WindowEvent.WINDOW_CLOSE_REQUEST, e -> window.remember());
        FirstFrameProbe.install(stage);
    }

    /**
     * Puts the window where it was, moved and shrunk onto the screen it was on (or the primary screen): the
     * window as a whole, frame included, must lie within that screen's visible area.
     */
    static void placeWithinScreen(Stage stage, WindowGeometry remembered) {
        javafx.geometry.Rectangle2D area = (remembered.hasPosition()
                ? javafx.stage.Screen.getScreensForRectangle(remembered.x(), remembered.y(), 1, 1).stream().findFirst()
                : java.util.Optional.<javafx.stage.Screen>empty())
                .orElse(javafx.stage.Screen.getPrimary()).getVisualBounds();
        // The stage's size includes the window frame, which the remembered (scene) size does not.
        double frameW = Math.max(0, stage.getWidth() - stage.getScene().getWidth());
        double frameH = Math.max(0, stage.getHeight() - stage.getScene().getHeight());
        WindowGeometry placed = new WindowGeometry(remembered.x(), remembered.y(), remembered.width() + frameW,
                remembered.height() + frameH, remembered.maximized())
                .within(area.getMinX(), area.getMinY(), area.getWidth(), area.getHeight());
        stage.setWidth(placed.width());
        stage.setHeight(placed.height());
        stage.setX(placed.x());
        stage.setY(placed.y());
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

    /**
     * @param afterShown when a frame of the live classifier counts as drawn ({@link AfterPulses} in the app)
     */
    public static ExplorerViewModel show(Stage stage, Messages messages, TrainingScheduler training,
            Executor afterShown) {
        ShellViewModel shell = new ShellViewModel(new MemoryPreferenceStore(), messages.locale());
        shell.languageProperty().set(AppLanguage.forLocale(messages.locale()));
        return showWindow(stage, shell, new ExplorerViewModel(messages, Platform::runLater, training, afterShown))
                .viewModel();
    }

    /** The window with its menu bar, in {@code shell}'s theme, for the view model {@code vm}. */
    public static MainWindow showWindow(Stage stage, ShellViewModel shell, ExplorerViewModel vm) {
        MainWindow window = new MainWindow(stage, shell, vm);
        stage.addEventHandler(WindowEvent.WINDOW_HIDDEN, e -> {
            window.viewModel().dispose();
            window.view().dispose();
        });
        stage.setScene(window.scene());
        stage.setMinWidth(WindowGeometry.MIN_WIDTH);
        stage.setMinHeight(WindowGeometry.MIN_HEIGHT);
        stage.show();
        return window;
    }
}
