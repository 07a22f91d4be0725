package org.focalexplorer.viewmodel.text;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * The strings a user reads, from {@code messages*.properties}; patterns are {@link MessageFormat}s.
 *
 * <p>An observable source: {@link #switchTo} changes the language while the app runs, and every view
 * model that holds text listens to {@link #bundleProperty()} and writes its text again. So a language
 * switch rebuilds only the views; the view models, and with them training, undo and the session, stay.
 */
public final class Messages {

    /** Base name of the resource bundle with every string a user reads. */
    public static final String BUNDLE = "org.focalexplorer.messages";

    private final ReadOnlyObjectWrapper<ResourceBundle> bundle;
    /** What {@link #get} reads: volatile, because the live classifier's frames are written on its own thread. */
    private volatile ResourceBundle current;

    public Messages(ResourceBundle bundle) {
        this.bundle = new ReadOnlyObjectWrapper<>(this, "bundle", bundle);
        this.current = bundle;
    }

    /**
     * The bundle for {@code locale}, falling back to the base (English) bundle and never to the
     * machine's default locale: asking for English on a Chinese desktop must give English.
     */
    public static Messages forLocale(Locale locale) {
        return new Messages(load(locale));
    }

    private static ResourceBundle load(Locale locale) {
        return ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** Switches to the strings of {@code locale}; listeners of {@link #bundleProperty()} write their text again. */
    public void switchTo(Locale locale) {
        ResourceBundle next = load(locale);
        if (!next.getLocale().equals(current.getLocale())) {
            current = next;
            bundle.set(next);
            // A property tells its invalidation listeners only when it goes from valid to invalid, and only a
            // get() makes it valid again: the listeners (o -> relabel()) never call it, so without this the
            // switch back (zh → en) reached no one.
            bundle.get();
        }
    }

    /** Changes when the language does. */
    public ReadOnlyObjectProperty<ResourceBundle> bundleProperty() {
        return bundle.getReadOnlyProperty();
    }

    public ResourceBundle bundle() {
        return current;
    }

    public Locale locale() {
        return current.getLocale();
    }

    public String get(String key) {
        try {
            return current.getString(key);
        } catch (MissingResourceException e) {
            return "!" + key + "!"; // visible in a screenshot, and a test checks that no key is missing
        }
    }

    /** The pattern under {@code key} with its {0}, {1}… filled in (pass numbers as preformatted text). */
    public String format(String key, Object... args) {
        return new MessageFormat(get(key), locale()).format(args);
    }
}
