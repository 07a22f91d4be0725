package org.focalexplorer.plot;

import java.util.List;
import org.focalexplorer.toy.ClassField;
import org.focalexplorer.toy.MulticlassLoss;

/**
 * What one model of the multi-class lab shows: its heading, its loss as a formula, the decision regions with
 * the training points, a table per class and the confusion matrix. Immutable; the texts are in the language
 * of the frame.
 *
 * @param loss       the model's loss
 * @param title      its heading
 * @param formula    its loss in one line
 * @param field      the decision regions
 * @param marks      how each training point is drawn
 * @param headers    the column headings of the class table
 * @param rows       one row per class: its name, its recall, AP and share of the loss
 * @param summary    macro AP, accuracy and the training loss in one line
 * @param classNames the classes' names (rows and columns of the confusion matrix)
 * @param confusion  confusion[true][predicted] on the test set
 */
public record ClassPanel(
        MulticlassLoss loss,
        String title,
        String formula,
        ClassField field,
        ClassMarks marks,
        List<String> headers,
        List<List<String>> rows,
        String summary,
        List<String> classNames,
        int[][] confusion) {

    public ClassPanel {
        headers = List.copyOf(headers);
        rows = rows.stream().map(List::copyOf).toList();
        classNames = List.copyOf(classNames);
        int[][] c = new int[confusion.length][];
        for (int i = 0; i < c.length; i++) {
            c[i] = confusion[i].clone();
        }
        confusion = c;
    }

    public int count(int trueClass, int predicted) {
        return confusion[trueClass][predicted];
    }

    public int classes() {
        return classNames.size();
    }
}
