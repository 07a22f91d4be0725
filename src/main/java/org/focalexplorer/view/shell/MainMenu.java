package org.focalexplorer.view.shell;

import org.focalexplorer.view.Listen;
import javafx.application.Platform;
import javafx.event.ActionEvent;
import javafx.event.EventHandler;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCombination;
import org.focalexplorer.viewmodel.explorer.ExplorerViewModel;
import org.focalexplorer.viewmodel.text.AppLanguage;
import org.focalexplorer.settings.Feature;
import org.focalexplorer.viewmodel.text.AppLanguage;
import org.focalexplorer.viewmodel.shell.ShellViewModel;
import org.focalexplorer.viewmodel.shell.Shortcut;
import org.focalexplorer.viewmodel.shell.Shortcuts;
import org.focalexplorer.viewmodel.shell.Theme;
import org.focalexplorer.viewmodel.text.Messages;

/** The menu bar: File, Edit, View, Help; shortcuts from {@link Shortcuts}. */
final class MainMenu {
    static final String ID = "mainMenu";

    private MainMenu() {
    }

    static MenuBar create(Messages m, ShellViewModel shell, ExplorerViewModel vm, MainWindow window) {
        SessionActions sessions = new SessionActions(window, m);
        Menu file = menu("menu.file", m,
                item("menuOpen", m.get("session.menu.open"), Shortcuts.OPEN, e -> sessions.open()),
                recentMenu(m, window, sessions),
                item("menuSave", m.get("session.menu.save"), Shortcuts.SAVE, e -> sessions.save()),
                item("menuSaveAs", m.get("session.menu.saveAs"), Shortcuts.SAVE_AS, e -> sessions.saveAs()),
                new SeparatorMenuItem(),
                item("menuOpenPredictions", m.get("menu.file.openPredictions"), Shortcuts.OPEN_PREDICTIONS, e -> {
                    vm.featureProperty().set(Feature.PREDICTIONS);
                    window.view().predictions().chooseAndOpen();
                }),
                new SeparatorMenuItem(),
                item("menuExport", m.get("menu.file.export"), Shortcuts.EXPORT, e -> window.view().exportCurrentPlot()),
                new SeparatorMenuItem(),
                item("menuCopyState", m.get("session.menu.copyState"), Shortcuts.COPY_STATE,
                        e -> sessions.copyStateString()),
                item("menuPasteState", m.get("session.menu.pasteState"), Shortcuts.PASTE_STATE,
                        e -> sessions.pasteStateString()),
                new SeparatorMenuItem(),
                item("menuQuit", m.get("menu.file.quit"), Shortcuts.QUIT, e -> {
                    window.remember();
                    window.stage().close();
                }));

        MenuItem undo = item("menuUndo", m.get("session.menu.undo"), Shortcuts.UNDO, e -> vm.undo().undo());
        undo.disableProperty().bind(vm.undo().canUndoProperty().not());
        MenuItem redo = item("menuRedo", m.get("session.menu.redo"), Shortcuts.REDO, e -> vm.undo().redo());
        redo.disableProperty().bind(vm.undo().canRedoProperty().not());
        // Pin and compare (issue #12): the same actions as the buttons under the parameters.
        MenuItem pin = item("menuPin", m.get("pin.menu.pin"), Shortcuts.PIN, e -> vm.pin().pin());
        MenuItem unpin = item("menuUnpin", m.get("pin.menu.unpin"), Shortcuts.UNPIN, e -> vm.pin().unpin());
        unpin.disableProperty().bind(vm.pin().isPinnedProperty().not());
        MenuItem baseline = item("menuPinBaseline", m.get("pin.menu.baseline"), null, e -> vm.pin().comparePaperBaseline());
        Menu edit = menu("menu.edit", m, undo, redo, new SeparatorMenuItem(), pin, unpin, baseline);

        Menu view = menu("menu.view", m,
                radio(m, "menu.view.curves", "menuCurves", Shortcuts.CURVES_TAB,
                        () -> vm.featureProperty().set(Feature.CURVES)),
                radio(m, "menu.view.classifier", "menuClassifier", Shortcuts.CLASSIFIER_TAB,
                        () -> vm.featureProperty().set(Feature.CLASSIFIER)),
                radio(m, "menu.view.multiclass", "menuMulticlass", Shortcuts.MULTICLASS_TAB,
                        () -> vm.featureProperty().set(Feature.MULTICLASS)),
                radio(m, "menu.view.predictions", "menuPredictions", Shortcuts.PREDICTIONS_TAB,
                        () -> vm.featureProperty().set(Feature.PREDICTIONS)),
                item("menuExamplePredictions", m.get("menu.view.examplePredictions"), null, e -> {
                    vm.featureProperty().set(Feature.PREDICTIONS);
                    vm.predictions().openExample();
                }),
                new SeparatorMenuItem(),
                sidePanel(m, vm),
                item("menuTextBigger", m.get("menu.view.textBigger"), Shortcuts.TEXT_BIGGER,
                        e -> vm.fontScaleProperty().set(vm.fontScaleProperty().get() + ExplorerViewModel.FONT_SCALE_STEP)),
                item("menuTextSmaller", m.get("menu.view.textSmaller"), Shortcuts.TEXT_SMALLER,
                        e -> vm.fontScaleProperty().set(vm.fontScaleProperty().get() - ExplorerViewModel.FONT_SCALE_STEP)),
                item("menuPresent", m.get("menu.view.present"), Shortcuts.PRESENT, e -> window.togglePresentation()),
                new SeparatorMenuItem(),
                languageMenu(m, vm),
                themeMenu(m, shell));

        Menu lessons = lessonsMenu(m, vm);

        Menu help = menu("menu.help", m,
                item("menuKeyboard", m.get("menu.help.keyboard"), Shortcuts.KEYBOARD_HELP,
                        e -> window.showKeyboardHelp()));

        MenuBar bar = new MenuBar(file, edit, view, lessons, help);
        bar.setId(ID);
        return bar;
    }

    /** Resume or start the guided lesson at any step, and leave it. */
    private static Menu lessonsMenu(Messages m, ExplorerViewModel vm) {
        var lessons = vm.lessons();
        Menu menu = new Menu(m.get("lesson.button"));
        menu.setId("menu-lessons");
        MenuItem resume = item("menuLessonResume", m.get("menu.lessons.resume"), null, e -> lessons.resume());
        MenuItem leave = item("menuLessonLeave", m.get("lesson.leave"), null, e -> lessons.leave());
        leave.disableProperty().bind(lessons.activeProperty().not());
        menu.getItems().addAll(resume, leave, new SeparatorMenuItem());
        var steps = lessons.lesson().steps();
        for (int i = 0; i < steps.size(); i++) {
            int index = i;
            menu.getItems().add(item("menuLesson-" + (i + 1),
                    m.format("menu.lessons.step", Integer.toString(i + 1), m.get(steps.get(i).titleKey())), null,
                    e -> lessons.start(index)));
        }
        return menu;
    }

    /** Recent sessions, listed afresh each time the menu opens (a file may have gone since). */
    private static Menu recentMenu(Messages m, MainWindow window, SessionActions sessions) {
        Menu recent = new Menu(m.get("session.menu.recent"));
        recent.setId("menuRecent");
        MenuItem placeholder = new MenuItem(m.get("session.menu.recent.empty"));
        placeholder.setDisable(true);
        recent.getItems().add(placeholder);
        recent.setOnShowing(e -> {
            var files = window.session().recentFiles();
            files.pruneMissing();
            recent.getItems().clear();
            for (java.nio.file.Path p : files.files()) {
                MenuItem item = new MenuItem(p.getFileName() + "   " + p.getParent());
                item.setMnemonicParsing(false);
                item.setOnAction(a -> sessions.open(p));
                recent.getItems().add(item);
            }
            if (recent.getItems().isEmpty()) {
                recent.getItems().add(placeholder);
            }
        });
        return recent;
    }

    private static Menu menu(String key, Messages m, MenuItem... items) {
        Menu menu = new Menu(m.get(key), null, items);
        menu.setId(key.replace('.', '-'));
        return menu;
    }

    static MenuItem item(String id, String text, Shortcut shortcut, EventHandler<ActionEvent> action) {
        MenuItem item = new MenuItem(text);
        item.setId(id);
        if (shortcut != null) {
            item.setAccelerator(KeyCombination.valueOf(shortcut.keys()));
        }
        item.setOnAction(action);
        return item;
    }

    // Tabs as plain items (a radio group here would fight the tab pane over which one is selected).
    private static MenuItem radio(Messages m, String key, String id, Shortcut shortcut, Runnable action) {
        return item(id, m.get(key), shortcut, e -> action.run());
    }

    private static CheckMenuItem sidePanel(Messages m, ExplorerViewModel vm) {
        CheckMenuItem item = new CheckMenuItem(m.get("menu.view.sidePanel"));
        item.setId("menuSidePanel");
        item.setAccelerator(KeyCombination.valueOf(Shortcuts.SIDE_PANEL.keys()));
        item.setSelected(vm.sidePanelVisibleProperty().get());
        Listen.whileAlive(item, vm.sidePanelVisibleProperty(), (o, was, shown) -> item.setSelected(shown));
        item.setOnAction(e -> {
            vm.toggleSidePanel();
            item.setSelected(vm.sidePanelVisibleProperty().get());
        });
        return item;
    }

    private static Menu languageMenu(Messages m, ExplorerViewModel vm) {
        Menu menu = new Menu(m.get("menu.view.language"));
        menu.setId("menuLanguage");
        ToggleGroup group = new ToggleGroup();
        for (AppLanguage l : AppLanguage.values()) {
            // Each language is named in itself, so a user who cannot read the current one finds theirs.
            RadioMenuItem item = new RadioMenuItem(m.get("language." + l.tag()));
            item.setId("menuLanguage-" + l.tag());
            item.setToggleGroup(group);
            item.setSelected(AppLanguage.fromTag(vm.languageProperty().get()).orElse(null) == l);
            // Rebuilding the window from inside the menu's own event would pull the menu from under it.
            item.setOnAction(e -> Platform.runLater(() -> vm.languageProperty().set(l.tag())));
            menu.getItems().add(item);
        }
        return menu;
    }

    private static Menu themeMenu(Messages m, ShellViewModel shell) {
        Menu menu = new Menu(m.get("menu.view.theme"));
        menu.setId("menuTheme");
        ToggleGroup group = new ToggleGroup();
        for (Theme t : Theme.values()) {
            RadioMenuItem item = new RadioMenuItem(m.get("theme." + t.name().toLowerCase(java.util.Locale.ROOT)));
            item.setId("menuTheme-" + t.name().toLowerCase(java.util.Locale.ROOT));
            item.setToggleGroup(group);
            item.setSelected(shell.themeProperty().get() == t);
            item.setOnAction(e -> shell.themeProperty().set(t));
            menu.getItems().add(item);
        }
        return menu;
    }
}
