package org.focalexplorer.view.export;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.focalexplorer.render.ExportFormat;
import org.focalexplorer.viewmodel.text.Messages;

/**
 * The save dialog: one filter per format (the first selected), the suggested name, the folder of the last
 * export. A name typed without an extension gets the selected filter's.
 */
final class FileChooserChoice implements ExportActions.FileChoice {
    private final Messages m;
    private File lastDirectory;

    FileChooserChoice(Messages m) {
        this.m = m;
    }

    @Override
    public Path choose(Window owner, String fileName, List<ExportFormat> formats) {
        FileChooser fc = new FileChooser();
        fc.setTitle(m.get("export.chooser.title"));
        fc.setInitialFileName(fileName);
        if (lastDirectory != null && lastDirectory.isDirectory()) {
            fc.setInitialDirectory(lastDirectory);
        }
        for (ExportFormat f : formats) {
            fc.getExtensionFilters().add(new FileChooser.ExtensionFilter(
                    m.get("export.filter." + f.extension()), "*." + f.extension()));
        }
        File chosen = fc.showSaveDialog(owner);
        if (chosen == null) {
            return null;
        }
        lastDirectory = chosen.getParentFile();
        Path file = chosen.toPath();
        if (ExportFormat.of(file).isEmpty()) {
            int i = fc.getExtensionFilters().indexOf(fc.getSelectedExtensionFilter());
            ExportFormat f = formats.get(Math.max(0, i));
            file = file.resolveSibling(file.getFileName() + "." + f.extension());
        }
        return file;
    }
}
