package org.focalexplorer.view.shell;

import java.util.Objects;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.MenuBar;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import org.focalexplorer.view.explorer.ExplorerView;
import org.focalexplorer.viewmodel.explorer.ExplorerViewModel;
import org.controlsfx.control.StatusBar;
import org.focalexplorer.viewmodel.shell.ShellViewModel;
import org.focalexplorer.viewmodel.state.RecentFiles;
import org.focalexplorer.viewmodel.state.SessionOutcome;
import org.focalexplorer.viewmodel.state.SessionViewModel;
import org.focalexplorer.viewmodel.shell.WindowGeometry;
import org.focalexplorer.viewmodel.text.Messages;
import org.focalexplorer.viewmodel.text.AppLanguage;
import org.focalexplorer.settings.Settings;

/**
 * The application window: the menu bar over the explorer. The view model lives as long as the window;
 * switching the language (a setting of its live state) rebuilds only the views, in the new language, so
 * training, undo, the session file, the lesson and the probe simply stay where they are. The stage, its
 * size and the theme stay too.
 */
public final class MainWindow {
    /** Node id of the status bar. */
    public static final String STATUS_ID = "statusBar";
    private final Stage stage;
    private final ShellViewModel shell;
    private final ExplorerViewModel viewModel;
    private final SessionViewModel session;
    private final BorderPane root = new BorderPane();
    private final Scene scene;
    private final StatusBar status = new StatusBar();
    private ExplorerView view;
    private final PresentationMode presentation;

    public MainWindow(Stage stage, ShellViewModel shell, ExplorerViewModel viewModel) {
        this.stage = Objects.requireNonNull(stage);
        this.shell = shell;
        this.viewModel = viewModel;
        root.getStyleClass().add("main-window");
        root.getStylesheets().add(Objects.requireNonNull(getClass().getResource("shell.css")).toExternalForm());
        session = new SessionViewModel(viewModel.liveState(), viewModel.messages(), new RecentFiles(shell.store()));
        // The menu bar, its menus and the status bar follow the text size too (issue #13: at 200 % they stayed
        // at 100 %); the explorer below sets its own size, which presentation mode enlarges further.
        root.styleProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> String.format(java.util.Locale.ROOT, "-fx-font-size: %.1fpx;",
                        ExplorerView.BASE_FONT_PX * viewModel.fontScaleProperty().get() / 100.0),
                viewModel.fontScaleProperty()));
        status.setId(STATUS_ID);
        status.setText("");
        root.setBottom(status);
        WindowGeometry g = shell.windowGeometry();
        scene = new Scene(root, g.width(), g.height());
        presentation = new PresentationMode(stage, scene, viewModel.messages().get("present.exitHint"));
        status.visibleProperty().bind(presentation.onProperty().not());
        status.managedProperty().bind(status.visibleProperty());
        viewModel.sideDividerProperty().set(shell.sideDivider(viewModel.sideDividerProperty().get()));
        // The theme before the views: whatever styles a node early then parses AtlantaFX only, never Modena too.
        Themes.apply(shell.themeProperty().get(), root);
        build();
        SliderDrags.install(scene, () -> viewModel.undo().adjustingProperty());
        routeUndoKeysFromTextFields();
        shell.themeProperty().addListener((o, a, t) -> {
            Themes.apply(t, root);
            view.plotThemeProperty().set(Themes.plotTheme(t));
        });
        // After a whole change (an opened session holds a language too): the views again, in the language.
        viewModel.liveState().onChange(this::languageChanged, List.of(Settings.LANGUAGE));
    }

    private void languageChanged() {
        AppLanguage.fromTag(viewModel.languageProperty().get()).ifPresent(l -> {
            shell.languageProperty().set(l); // remembered for the next start
            if (view.centre().getDividerPositions().length > 0) {
                viewModel.sideDividerProperty().set(view.centre().getDividerPositions()[0]);
            }
            view.dispose();
            build();
            reportInfo(""); // the last message was in the other language
        });
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
                viewModel.undo().redo();
                e.consume();
            } else if (undoKeys.match(e)) {
                viewModel.undo().undo();
                e.consume();
            }
        });
    }

    private void build() {
        Messages m = viewModel.messages();
        view = new ExplorerView(viewModel);
        view.plotThemeProperty().set(Themes.plotTheme(shell.themeProperty().get()));
        view.presentingProperty().bind(presentation.onProperty());
        MenuBar menu = MainMenu.create(m, shell, viewModel, this);
        // Hidden, not removed, while presenting: its accelerators (F5 to leave, Ctrl+Z) keep working.
        menu.visibleProperty().bind(presentation.onProperty().not());
        menu.managedProperty().bind(menu.visibleProperty());
        root.setTop(menu);
        root.setCenter(view.root());
        org.focalexplorer.view.BitmapCaches.offAfterLayout(view.root()); // else a replaced view keeps its bitmaps
        stage.setTitle(m.get("app.title"));
    }

    public Scene scene() {
        return scene;
    }

    public Stage stage() {
        return stage;
    }

    /** The explorer's view model (the same for the whole life of the window). */
    public ExplorerViewModel viewModel() {
        return viewModel;
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

    /** Presenting: full screen, larger text, the figure or the lab only (F5; Esc leaves). */
    public void togglePresentation() {
        presentation.toggle();
    }

    public boolean isPresenting() {
        return presentation.onProperty().get();
    }

    void showKeyboardHelp() {
        KeyboardHelpDialog.create(stage, shell.messages()).show();
    }
}
