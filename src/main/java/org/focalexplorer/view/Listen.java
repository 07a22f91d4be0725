package org.focalexplorer.view;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.beans.WeakInvalidationListener;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.beans.value.WeakChangeListener;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.WeakListChangeListener;
import javafx.scene.Node;

/**
 * Listening to a view model from a view for as long as the view lives. The view models outlive their
 * views (a language switch rebuilds only the views), so a view must not be kept alive by the listeners it
 * added: the view's node holds the listener, the view model's property only a weak reference to it, and a
 * view that was replaced is collected with its listeners.
 */
public final class Listen {
    private static final Object KEY = new Object();

    private Listen() {}

    /** {@code source.addListener(listener)} for as long as {@code owner} (a node or a menu item of the view) is reachable. */
    public static <T> void whileAlive(Object owner, ObservableValue<T> source, ChangeListener<? super T> listener) {
        keep(owner, listener);
        source.addListener(new WeakChangeListener<>(listener));
    }

    /** The same for an invalidation listener. */
    public static void whileAlive(Object owner, Observable source, InvalidationListener listener) {
        keep(owner, listener);
        source.addListener(new WeakInvalidationListener(listener));
    }

    /** The same for a list. */
    public static <E> void whileAlive(Object owner, ObservableList<E> source, ListChangeListener<? super E> listener) {
        keep(owner, listener);
        source.addListener(new WeakListChangeListener<>(listener));
    }

    /** The owner (a node or a menu item) holds the listener in its properties. */
    @SuppressWarnings("unchecked")
    private static void keep(Object owner, Object listener) {
        java.util.Map<Object, Object> properties;
        if (owner instanceof Node n) {
            properties = n.getProperties();
        } else if (owner instanceof javafx.scene.control.MenuItem item) {
            properties = item.getProperties();
        } else {
            throw new IllegalArgumentException("owner must be a node or a menu item: " + owner);
        }
        ((List<Object>) properties.computeIfAbsent(KEY, k -> new ArrayList<>())).add(listener);
    }
}
