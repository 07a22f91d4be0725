package org.focalexplorer.viewmodel.curves;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * Remembers the last result and what it was computed from, so a plot whose inputs did not change hands
 * back the very same snapshot (and its view skips the redraw).
 */
final class LastResult<K, V> {
    private K key;
    private V value;

    V get(K newKey, Supplier<V> compute) {
        if (value == null || !Objects.equals(newKey, key)) {
            key = newKey;
            value = compute.get();
        }
        return value;
    }
}
