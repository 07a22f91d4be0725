package org.focalexplorer.analysis.predictions;

/**
 * Fractions of a total carried by three kinds of example (they overlap: a hard positive counts as hard and as
 * a positive). NaN when the total is 0.
 *
 * @param easyNegatives negatives with p_t &gt; 0.9
 * @param hard          examples with p_t &lt; 0.5 (misclassified), of any class
 * @param positives     every positive (multi-class: every example not of the negative class)
 */
public record Shares(double easyNegatives, double hard, double positives) {}
