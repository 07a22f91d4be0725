package org.focalexplorer.toy;

/** A training set and a test set drawn from the same distribution. */
public record DataSplit(DatasetSpec spec, Dataset train, Dataset test) {}
