package org.focalexplorer.viewmodel.text;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** The strings a user reads, from {@code messages*.properties}; patterns are {@link MessageFormat}s. */
public final class Messages {

    /** Base name of the resource bundle with every string a user reads. */
    public static final String BUNDLE = "org.focalexplorer.messages";

    private final ResourceBundle bundle;

    public Messages(ResourceBundle bundle) {
        this.bundle = bundle;
    }

    /**
     * The bundle for {@code locale}, falling back to the base (English) bundle and never to the
     * machine's default locale: asking for English on a Chinese desktop must give English.
     */
    public static Messages forLocale(Locale locale) {
        return new Messages(ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)));
    }

    public ResourceBundle bundle() {
        return bundle;
    }

    public Locale locale() {
        return bundle.getLocale();
    }

    public String get(String key) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            return "!" + key + "!"; // visible in a screenshot, and a test checks that no key is missing
        }
    }

    /** The pattern under {@code key} with its {0}, {1}… filled in (pass numbers as preformatted text). */
    public String format(String key, Object... args) {
        return new MessageFormat(get(key), locale()).format(args);
    }
}
