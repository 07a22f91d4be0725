package org.focalexplorer.io;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * One case in the golden file format (the input fields only): which reference function, its
 * parameters, and the inputs as flat row-major arrays with their shapes.
 *
 * @param labels integer class labels for the families that take them, else null
 * @param targets float targets for the binary families, else null
 */
public record LossCase(String id, String fn, JsonNode params, int[] shape, int[] targetShape,
                       double[] logits, double[] targets, int[] labels, List<String> reductions) {}
