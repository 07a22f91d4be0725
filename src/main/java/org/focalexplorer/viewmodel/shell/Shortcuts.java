package org.focalexplorer.viewmodel.shell;

import java.util.List;

/** Every keyboard shortcut of the app, in the order the Help → Keyboard dialog lists them. */
public final class Shortcuts {
    public static final Shortcut OPEN = file("Shortcut+O", "shortcut.open");
    public static final Shortcut OPEN_PREDICTIONS = file("Shortcut+Shift+O", "shortcut.openPredictions");
    public static final Shortcut SAVE = file("Shortcut+S", "shortcut.save");
    public static final Shortcut SAVE_AS = file("Shortcut+Shift+S", "shortcut.saveAs");
    public static final Shortcut EXPORT = file("Shortcut+E", "shortcut.export");
    public static final Shortcut COPY_STATE = file("Shortcut+Shift+C", "shortcut.copyState");
    public static final Shortcut PASTE_STATE = file("Shortcut+Shift+V", "shortcut.pasteState");
    public static final Shortcut QUIT = file("Shortcut+Q", "shortcut.quit");
    public static final Shortcut UNDO = edit("Shortcut+Z", "shortcut.undo");
    public static final Shortcut REDO = edit("Shortcut+Shift+Z", "shortcut.redo");
    public static final Shortcut PIN = edit("Shortcut+P", "shortcut.pin");
    public static final Shortcut UNPIN = edit("Shortcut+Shift+P", "shortcut.unpin");
    public static final Shortcut CURVES_TAB = view("Shortcut+1", "shortcut.curvesTab");
    public static final Shortcut CLASSIFIER_TAB = view("Shortcut+2", "shortcut.classifierTab");
    public static final Shortcut MULTICLASS_TAB = view("Shortcut+3", "shortcut.multiclassTab");
    public static final Shortcut PREDICTIONS_TAB = view("Shortcut+4", "shortcut.predictionsTab");
    public static final Shortcut SIDE_PANEL = view("F9", "shortcut.sidePanel");
    public static final Shortcut TEXT_BIGGER = view("Shortcut+Equals", "shortcut.textBigger");
    public static final Shortcut TEXT_SMALLER = view("Shortcut+Minus", "shortcut.textSmaller");
    public static final Shortcut PRESENT = view("F5", "shortcut.present");
    public static final Shortcut KEYBOARD_HELP = help("F1", "shortcut.keyboardHelp");

    /** Shortcuts handled by the views themselves (not menu items), listed for completeness. */
    /** Grouped: the dialog starts a heading at each change of group, so a group must not come back later. */
    private static final List<Shortcut> IN_VIEWS = List.of(
            new Shortcut("Tab", "shortcut.group.general", "shortcut.tab"),
            new Shortcut("Esc", "shortcut.group.general", "shortcut.escape"),
            new Shortcut("← / →", "shortcut.group.curves", "shortcut.probeArrows"),
            new Shortcut("+ / −, ↑ / ↓, Ctrl+← / →, 0", "shortcut.group.curves", "shortcut.plotZoom"),
            new Shortcut("Alt+→ / Alt+←", "shortcut.group.lessons", "shortcut.lessonNextBack"),
            new Shortcut("Space", "shortcut.group.classifier", "shortcut.playPause"),
            new Shortcut("→", "shortcut.group.classifier", "shortcut.step"));

    private Shortcuts() {
    }

    /** All of them: menu shortcuts first, then those of the views. */
    public static List<Shortcut> all() {
        List<Shortcut> menu = List.of(OPEN, OPEN_PREDICTIONS, SAVE, SAVE_AS, EXPORT, COPY_STATE, PASTE_STATE, QUIT,
                UNDO, REDO, PIN, UNPIN, CURVES_TAB, CLASSIFIER_TAB, MULTICLASS_TAB, PREDICTIONS_TAB, SIDE_PANEL, TEXT_BIGGER,
                TEXT_SMALLER, PRESENT, KEYBOARD_HELP);
        return java.util.stream.Stream.concat(menu.stream(), IN_VIEWS.stream()).toList();
    }

    private static Shortcut file(String keys, String key) {
        return new Shortcut(keys, "shortcut.group.file", key);
    }

    private static Shortcut edit(String keys, String key) {
        return new Shortcut(keys, "shortcut.group.edit", key);
    }

    private static Shortcut view(String keys, String key) {
        return new Shortcut(keys, "shortcut.group.view", key);
    }

    private static Shortcut help(String keys, String key) {
        return new Shortcut(keys, "shortcut.group.help", key);
    }
}
