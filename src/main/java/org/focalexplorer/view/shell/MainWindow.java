package org.focalexplorer.view.shell;

import java.util.Objects;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.Scene;
import javafx.scene.control.MenuBar;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import org.focalexplorer.view.explorer.ExplorerView;
import org.focalexplorer.viewmodel.explorer.ExplorerViewModel;
import org.controlsfx.control.StatusBar;
import org.focalexplorer.viewmodel.shell.AppLanguage;
import org.focalexplorer.viewmodel.shell.ShellViewModel;
import org.focalexplorer.viewmodel.state.RecentFiles;
import org.focalexplorer.viewmodel.state.SessionOutcome;
import org.focalexplorer.viewmodel.state.SessionViewModel;
import org.focalexplorer.viewmodel.shell.WindowGeometry;
import org.focalexplorer.viewmodel.text.Messages;

/**
 * The application window: the menu bar over the explorer. Switching the language while running builds
 * the explorer again in the new language and carries its state over, so nothing the user set is lost;
 * the stage, its size and the theme stay.
 */
public final class MainWindow {
    /** Node id of the status bar. */
    public static final String STATUS_ID = "statusBar";
    private final Stage stage;
    private final ShellViewModel shell;
    private final Function<Messages, ExplorerViewModel> viewModels;
    private final BorderPane root = new BorderPane();
    private final Scene scene;
    private final ReadOnlyObjectWrapper<ExplorerViewModel> viewModel = new ReadOnlyObjectWrapper<>(this, "viewModel");
    private final RecentFiles recentFiles;
    private final StatusBar status = new StatusBar();
    private ExplorerView view;
    private SessionViewModel session;

    /**
     * @param viewModels makes the explorer's view model for a language (called again on each switch;
     *                   the previous one is disposed)
     */
    public MainWindow(Stage stage, ShellViewModel shell, Function<Messages, ExplorerViewModel> viewModels) {
        this.stage = Objects.requireNonNull(stage);
        this.shell = shell;
        this.viewModels = viewModels;
        root.getStyleClass().add("main-window");
        root.getStylesheets().add(Objects.requireNonNull(getClass().getResource("shell.css")).toExternalForm());
        recentFiles = new RecentFiles(shell.store());
        status.setId(STATUS_ID);
        status.setText("");
        root.setBottom(status);
        WindowGeometry g = shell.windowGeometry();
        scene = new Scene(root, g.width(), g.height());
        build(null);
        SliderDrags.install(scene, () -> viewModel.get().undo().adjustingProperty());
        routeUndoKeysFromTextFields();
        Themes.apply(shell.themeProperty().get(), root);
        shell.themeProperty().addListener((o, a, t) -> {
            Themes.apply(t, root);
            view.plotThemeProperty().set(Themes.plotTheme(t));
        });
        shell.languageProperty().addListener((o, a, l) -> build(viewModel.get()));
    }

    /**
     * Ctrl+Z / Ctrl+Shift+Z undo parameter changes also while a text field has the focus — which is where
     * it stays after a typed value — instead of the field's own text undo, which would only change the
     * text shown (a value counts once it is submitted).
     */
    private void routeUndoKeysFromTextFields() {
        javafx.scene.input.KeyCombination undoKeys = javafx.scene.input.KeyCombination.valueOf(
                org.focalexplorer.viewmodel.shell.Shortcuts.UNDO.keys());
        javafx.scene.input.KeyCombination redoKeys = javafx.scene.input.KeyCombination.valueOf(
                org.focalexplorer.viewmodel.shell.Shortcuts.REDO.keys());
        scene.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (!(scene.getFocusOwner() instanceof javafx.scene.control.TextInputControl)) {
                return; // the Edit menu's accelerators handle it
            }
            if (redoKeys.match(e)) {
                viewModel.get().undo().redo();
                e.consume();
            } else if (undoKeys.match(e)) {
                viewModel.get().undo().undo();
                e.consume();
            }
        });
    }

    private void build(ExplorerViewModel previous) {
        Messages m = shell.messages();
        ExplorerViewModel vm = viewModels.apply(m);
        vm.stateBinder().languageProperty().set(shell.languageProperty().get().tag());
        if (previous != null) {
            StateCarrier.carry(previous, vm);
            previous.sideDividerProperty().set(view.centre().getDividerPositions().length > 0
                    ? view.centre().getDividerPositions()[0] : previous.sideDividerProperty().get());
            vm.sideDividerProperty().set(previous.sideDividerProperty().get());
            previous.dispose();
            view.dispose();
        } else {
            vm.sideDividerProperty().set(shell.sideDivider(vm.sideDividerProperty().get()));
        }
        view = new ExplorerView(vm);
        view.plotThemeProperty().set(Themes.plotTheme(shell.themeProperty().get()));
        SessionViewModel previousSession = session;
        session = new SessionViewModel(vm, recentFiles);
        if (previousSession != null) {
            session.takeOver(previousSession);
            reportInfo(""); // the last message was in the other language
        }
        MenuBar menu = MainMenu.create(m, shell, vm, this);
        root.setTop(menu);
        root.setCenter(view.root());
        stage.setTitle(m.get("app.title"));
        viewModel.set(vm);
    }

    public Scene scene() {
        return scene;
    }

    public Stage stage() {
        return stage;
    }

    /** The explorer's current view model (a new one after each language switch). */
    public ReadOnlyObjectProperty<ExplorerViewModel> viewModelProperty() {
        return viewModel.getReadOnlyProperty();
    }

    public ExplorerViewModel viewModel() {
        return viewModel.get();
    }

    public ExplorerView view() {
        return view;
    }

    public ShellViewModel shell() {
        return shell;
    }

    public SessionViewModel session() {
        return session;
    }

    /** Shows what a save, open or paste did (or why not) in the status bar; a refusal is marked as an error. */
    public void report(SessionOutcome outcome) {
        String text = outcome.warnings().isEmpty() ? outcome.message()
                : outcome.message() + "  " + String.join("  ", outcome.warnings());
        status.setText(text);
        status.getStyleClass().remove("error");
        if (!outcome.succeeded()) {
            status.getStyleClass().add("error");
        }
        // A session in another language switches the window to it (the state is carried over).
        if (outcome.succeeded()) {
            var language = viewModel.get().stateBinder().languageProperty();
            java.util.Optional<AppLanguage> l = AppLanguage.fromTag(language.get());
            if (l.isEmpty()) {
                language.set(shell.languageProperty().get().tag()); // a language we lack: stay in this one
            } else if (l.get() != shell.languageProperty().get()) {
                shell.languageProperty().set(l.get());
            }
        }
    }

    /** Shows a plain message in the status bar. */
    public void reportInfo(String text) {
        status.setText(text);
        status.getStyleClass().remove("error");
    }

    /** The text in the status bar (the last session message). */
    public String statusText() {
        return status.getText();
    }

    /** Remembers window geometry and divider (the window is closing). */
    public void remember() {
        // The scene's size, which is what the next start restores: the stage's would add the window frame
        // on every run.
        shell.rememberWindow(new WindowGeometry(stage.getX(), stage.getY(), scene.getWidth(), scene.getHeight(),
                stage.isMaximized()));
        if (view.centre().getDividerPositions().length > 0) {
            shell.rememberSideDivider(view.centre().getDividerPositions()[0]);
        }
    }

    void showKeyboardHelp() {
        KeyboardHelpDialog.create(stage, shell.messages()).show();
    }
}
