package org.focalexplorer.toy;

import java.util.List;

/**
 * How well a multi-class model does on one set: per class its frequency, recall (the model predicts the
 * class of highest probability) and one-vs-rest average precision (the examples ranked by that class's
 * probability, scikit-learn's definition with its tie handling), the macro AP (mean over the classes),
 * accuracy and the confusion matrix.
 *
 * @param perClass  one entry per class, class 0 (the background) first
 * @param macroAp   the mean of the classes' AP (NaN if a class has no example)
 * @param accuracy  share of examples whose predicted class is their class
 * @param confusion confusion[true][predicted] counts
 */
public record MulticlassMetrics(List<ClassMetrics> perClass, double macroAp, double accuracy, int[][] confusion) {

    /** One class: its share of the set, its recall and its one-vs-rest AP. */
    public record ClassMetrics(int classIndex, int examples, double frequency, double recall, double averagePrecision) {}

    public MulticlassMetrics {
        perClass = List.copyOf(perClass);
        int[][] c = new int[confusion.length][];
        for (int i = 0; i < c.length; i++) {
            c[i] = confusion[i].clone();
        }
        confusion = c;
    }

    /** A copy of the confusion matrix. */
    @Override
    public int[][] confusion() {
        int[][] c = new int[confusion.length][];
        for (int i = 0; i < c.length; i++) {
            c[i] = confusion[i].clone();
        }
        return c;
    }

    public int count(int trueClass, int predicted) {
        return confusion[trueClass][predicted];
    }

    /**
     * @param scores {@code scores[k][e]}: a score increasing with the probability of class k for example e
     *               (the arg max over k is the prediction; ranking by it is ranking by the probability)
     * @param labels the classes
     */
    static MulticlassMetrics of(double[][] scores, int[] labels) {
        int classes = scores.length;
        int n = labels.length;
        int[][] confusion = new int[classes][classes];
        int[] count = new int[classes];
        int correct = 0;
        for (int e = 0; e < n; e++) {
            int best = 0;
            for (int k = 1; k < classes; k++) {
                if (scores[k][e] > scores[best][e]) {
                    best = k;
                }
            }
            confusion[labels[e]][best]++;
            count[labels[e]]++;
            correct += best == labels[e] ? 1 : 0;
        }
        ClassMetrics[] per = new ClassMetrics[classes];
        double apSum = 0;
        double[] binary = new double[n];
        for (int k = 0; k < classes; k++) {
            for (int e = 0; e < n; e++) {
                binary[e] = labels[e] == k ? 1.0 : 0.0;
            }
            double ap = count[k] == 0 || !allFinite(scores[k]) ? Double.NaN
                    : RankMetrics.of(scores[k], binary, 1.0, count[k]).averagePrecision(); // reads both arrays only
            apSum += ap;
            per[k] = new ClassMetrics(k, count[k], n == 0 ? Double.NaN : (double) count[k] / n,
                    count[k] == 0 ? Double.NaN : (double) confusion[k][k] / count[k], ap);
        }
        return new MulticlassMetrics(List.of(per), apSum / classes, n == 0 ? Double.NaN : (double) correct / n, confusion);
    }

    private static boolean allFinite(double[] a) {
        for (double v : a) {
            if (!Double.isFinite(v)) {
                return false;
            }
        }
        return true;
    }
}
