package org.focalexplorer.viewmodel.shell;

import org.focalexplorer.viewmodel.text.AppLanguage;
import java.util.Locale;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.focalexplorer.viewmodel.prefs.PreferenceStore;
import org.focalexplorer.viewmodel.text.Messages;

/**
 * The application around the explorer: its language and theme (both switchable while running and
 * remembered), and the window geometry remembered between runs.
 */
public final class ShellViewModel {
    static final String LANGUAGE_KEY = "ui.language";
    static final String THEME_KEY = "ui.theme";
    static final String SIDE_DIVIDER_KEY = "ui.sideDivider";

    private final PreferenceStore store;
    private final ObjectProperty<AppLanguage> language;
    private final ObjectProperty<Theme> theme;

    /**
     * @param systemLocale the language on first run (later runs use the remembered choice)
     */
    public ShellViewModel(PreferenceStore store, Locale systemLocale) {
        this.store = store;
        AppLanguage lang = AppLanguage.fromTag(store.get(LANGUAGE_KEY, null))
                .orElse(AppLanguage.forLocale(systemLocale));
        language = new SimpleObjectProperty<>(this, "language", lang);
        theme = new SimpleObjectProperty<>(this, "theme", Theme.fromName(store.get(THEME_KEY, null)).orElse(Theme.LIGHT));
        // Remember only what the user chose: a first run on a Chinese desktop stays "system" until changed.
        language.addListener((o, a, l) -> {
            if (l == null) {
                language.set(a);
            } else {
                store.put(LANGUAGE_KEY, l.tag());
            }
        });
        theme.addListener((o, a, t) -> {
            if (t == null) {
                theme.set(a);
            } else {
                store.put(THEME_KEY, t.name());
            }
        });
    }

    public ObjectProperty<AppLanguage> languageProperty() {
        return language;
    }

    public ObjectProperty<Theme> themeProperty() {
        return theme;
    }

    /** The strings of the current language. */
    public Messages messages() {
        return Messages.forLocale(language.get().locale());
    }

    public PreferenceStore store() {
        return store;
    }

    public WindowGeometry windowGeometry() {
        return WindowGeometry.load(store);
    }

    public void rememberWindow(WindowGeometry geometry) {
        geometry.save(store);
    }

    /** The remembered position of the divider before the side panel (0–1), or {@code fallback}. */
    public double sideDivider(double fallback) {
        double d = store.getDouble(SIDE_DIVIDER_KEY, fallback);
        return d > 0.2 && d < 0.95 ? d : fallback;
    }

    public void rememberSideDivider(double position) {
        if (position > 0.2 && position < 0.95) {
            store.put(SIDE_DIVIDER_KEY, Double.toString(position));
        }
    }
}
