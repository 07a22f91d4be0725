package org.focalexplorer.view.export;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import javafx.application.Platform;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.image.Image;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.MouseEvent;
import javafx.stage.Window;
import org.focalexplorer.io.AtomicFiles;
import org.focalexplorer.render.ExportContent;
import org.focalexplorer.render.ExportFormat;
import org.focalexplorer.render.Exportable;
import org.focalexplorer.render.Exports;
import org.focalexplorer.render.Pictures;
import org.focalexplorer.render.PlotTheme;
import org.focalexplorer.view.classifier.DecisionFieldCanvas;
import org.focalexplorer.view.classifier.MetricsView;
import org.focalexplorer.view.plot.PlotCanvas;
import org.focalexplorer.viewmodel.text.Messages;

/**
 * Export of every plot: a context menu on each (Export PNG…, SVG…, CSV…, Copy image, Copy data), and
 * {@link #exportCurrentPlot()} for File → Export (Ctrl+E), which exports the plot the user last pressed,
 * focused or opened the menu of (the loss plot until then).
 *
 * <p>Pictures are painted by the same code as the screen, in the theme shown ({@link #plotThemeProperty()}
 * is bound into every plot added here), at the plot's size on screen. Files are written whole or not at
 * all, off the FX thread; a failure shows an error dialog and leaves the file as it was.
 */
public final class ExportActions {
    /** Where to save: the file, or null when the user cancelled. */
    @FunctionalInterface
    public interface FileChoice {
        Path choose(Window owner, String fileName, List<ExportFormat> formats);
    }

    /** Every plot, field and table paints itself on a {@code Surface}, so each exports all three. */
    private static final List<ExportFormat> ALL_FORMATS = List.of(ExportFormat.PNG, ExportFormat.SVG, ExportFormat.CSV);

    private static final Executor WRITER = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "export-writer");
        t.setDaemon(true);
        return t;
    });

    private final Messages m;
    private final ObjectProperty<PlotTheme> theme = new SimpleObjectProperty<>(this, "plotTheme", PlotTheme.LIGHT);
    private final ReadOnlyObjectWrapper<Node> current = new ReadOnlyObjectWrapper<>(this, "current");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final FileChooserChoice chooser;
    private FileChoice choice;

    /** @param defaultTarget what {@link #exportCurrentPlot()} exports before the user touched any plot */
    public ExportActions(Messages m, Node defaultTarget) {
        this.m = m;
        this.chooser = new FileChooserChoice(m);
        this.choice = chooser;
        current.set(defaultTarget);
    }

    /** The colours of every plot added here, on screen and in exports. */
    public ObjectProperty<PlotTheme> plotThemeProperty() {
        return theme;
    }

    /** The plot File → Export exports. */
    public ReadOnlyObjectProperty<Node> currentProperty() {
        return current.getReadOnlyProperty();
    }

    /** The last export's failure message, empty after a success (also shown in a dialog). */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** Replaces the file dialog (tests). */
    public void setFileChoice(FileChoice c) {
        choice = c;
    }

    /** Gives {@code node} (a {@link PlotCanvas}, {@link DecisionFieldCanvas} or other {@link Exportable}) its menu. */
    public void add(Node node) {
        if (!(node instanceof Exportable)) {
            throw new IllegalArgumentException(node + " does not export");
        }
        if (node instanceof PlotCanvas p) {
            p.themeProperty().bind(theme);
            Accessible.describe(p, m);
        } else if (node instanceof DecisionFieldCanvas f) {
            f.themeProperty().bind(theme);
            Accessible.describe(f, m);
        } else if (node instanceof MetricsView t) {
            t.themeProperty().bind(theme);
        }
        ContextMenu menu = menu(node);
        node.getProperties().put(ContextMenu.class, menu);
        node.setOnContextMenuRequested(e -> {
            current.set(node);
            menu.show(node, e.getScreenX(), e.getScreenY());
            e.consume();
        });
        node.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> current.set(node));
        node.focusedProperty().addListener((o, a, f) -> {
            if (f) {
                current.set(node);
            }
        });
    }

    /** The context menu {@link #add} gave {@code node}, null if none. */
    public static ContextMenu menuOf(Node node) {
        return (ContextMenu) node.getProperties().get(ContextMenu.class);
    }

    /** File → Export (Ctrl+E): asks for a file (PNG, SVG or CSV) and exports the current plot to it. */
    public CompletableFuture<Path> exportCurrentPlot() {
        Node node = current.get();
        return export(node, ALL_FORMATS);
    }

    /** Asks for a file for {@code node} in one of {@code formats} and writes it; null if the user cancelled. */
    public CompletableFuture<Path> export(Node node, List<ExportFormat> formats) {
        ExportContent c = content(node);
        if (c == null) {
            fail(node, m.get("export.error.empty"));
            return CompletableFuture.failedFuture(new IllegalStateException(m.get("export.error.empty")));
        }
        Window owner = node.getScene() == null ? null : node.getScene().getWindow();
        Path file = choice.choose(owner, fileStem(c.name()) + "." + formats.get(0).extension(), formats);
        if (file == null) {
            return CompletableFuture.completedFuture(null);
        }
        ExportFormat format = ExportFormat.of(file).orElse(formats.get(0));
        return write(node, format, file);
    }

    /** Writes {@code node} as {@code format} to {@code file} off the FX thread; call on the FX thread. */
    public CompletableFuture<Path> write(Node node, ExportFormat format, Path file) {
        ExportContent c = content(node);
        CompletableFuture<Path> done = new CompletableFuture<>();
        if (c == null) {
            done.completeExceptionally(new IllegalStateException(m.get("export.error.empty")));
        } else if (format == ExportFormat.CSV) {
            String csv = c.csv().get(); // made from what the node shows now, on this thread
            WRITER.execute(() -> finish(done, file, () -> AtomicFiles.writeString(file, csv)));
        } else {
            WRITER.execute(() -> finish(done, file, () -> Exports.write(c, format, file)));
        }
        done.whenComplete((path, failure) -> Platform.runLater(() -> report(node, file, failure)));
        return done;
    }

    /** The picture on the clipboard (twice its size on screen). */
    public void copyImage(Node node) {
        ExportContent c = content(node);
        if (c == null) {
            return;
        }
        Image image = SwingFXUtils.toFXImage(Pictures.image(c.figure(), c.width(), c.height(), Pictures.PNG_SCALE), null);
        ClipboardContent content = new ClipboardContent();
        content.putImage(image);
        Clipboard.getSystemClipboard().setContent(content);
    }

    /** The data as CSV text on the clipboard. */
    public void copyData(Node node) {
        ExportContent c = content(node);
        if (c == null) {
            return;
        }
        ClipboardContent content = new ClipboardContent();
        content.putString(c.csv().get());
        Clipboard.getSystemClipboard().setContent(content);
    }

    private interface Write {
        void run() throws IOException;
    }

    private static void finish(CompletableFuture<Path> done, Path file, Write w) {
        try {
            w.run();
            done.complete(file);
        } catch (IOException | RuntimeException e) {
            done.completeExceptionally(e);
        }
    }

    private void report(Node node, Path file, Throwable failure) {
        if (failure == null) {
            error.set("");
            return;
        }
        Throwable cause = failure.getCause() != null && failure instanceof java.util.concurrent.CompletionException
                ? failure.getCause() : failure;
        String reason = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        fail(node, m.format("export.error", file.getFileName(), reason));
    }

    /** Shows why an export did not happen (a dialog; also {@link #errorProperty()}). */
    private void fail(Node node, String message) {
        error.set(message);
        Alert alert = new Alert(Alert.AlertType.ERROR);
        alert.setTitle(m.get("export.error.title"));
        alert.setHeaderText(m.get("export.error.title"));
        alert.setContentText(message);
        alert.getButtonTypes().setAll(org.focalexplorer.view.DialogButtons.ok(m));
        if (node.getScene() != null && node.getScene().getWindow() != null) {
            alert.initOwner(node.getScene().getWindow());
        }
        alert.show();
    }

    private ContextMenu menu(Node node) {
        List<MenuItem> items = new ArrayList<>();
        items.add(item("exportPng", "export.menu.png", () -> export(node, List.of(ExportFormat.PNG))));
        items.add(item("exportSvg", "export.menu.svg", () -> export(node, List.of(ExportFormat.SVG))));
        items.add(item("exportCsv", "export.menu.csv", () -> export(node, List.of(ExportFormat.CSV))));
        items.add(new SeparatorMenuItem());
        items.add(item("copyImage", "export.menu.copyImage", () -> copyImage(node)));
        items.add(item("copyData", "export.menu.copyData", () -> copyData(node)));
        return new ContextMenu(items.toArray(MenuItem[]::new));
    }

    private MenuItem item(String id, String key, Runnable action) {
        MenuItem i = new MenuItem(m.get(key));
        i.setId(id);
        i.setOnAction(e -> action.run());
        return i;
    }


    private static ExportContent content(Node node) {
        return ((Exportable) node).exportContent();
    }

    /** "lossPlot" → "loss-plot", "field-FOCAL" → "field-focal". */
    static String fileStem(String id) {
        return id.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
    }
}
