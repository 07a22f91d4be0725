package org.focalexplorer.viewmodel.classifier;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.focalexplorer.toy.ModelSpec;

/** Hidden-layer widths as a user types them: "16, 16", "16-16" or "16 16". */
final class HiddenLayers {
    private HiddenLayers() {}

    /** The widths, if the text is 1 to {@link ModelSpec#MAX_HIDDEN_LAYERS} whole numbers in [1, {@link ModelSpec#MAX_WIDTH}]. */
    static Optional<List<Integer>> parse(String typed) {
        if (typed == null || typed.isBlank()) {
            return Optional.empty();
        }
        List<Integer> widths = new ArrayList<>();
        for (String part : typed.strip().split("[\\s,;×x\\-]+")) {
            if (!part.matches("\\d{1,4}")) {
                return Optional.empty();
            }
            int w = Integer.parseInt(part);
            if (w < 1 || w > ModelSpec.MAX_WIDTH) {
                return Optional.empty();
            }
            widths.add(w);
        }
        if (widths.isEmpty() || widths.size() > ModelSpec.MAX_HIDDEN_LAYERS) {
            return Optional.empty();
        }
        return Optional.of(List.copyOf(widths));
    }

    static String text(List<Integer> widths) {
        return widths.stream().map(String::valueOf).collect(Collectors.joining(", "));
    }
}
