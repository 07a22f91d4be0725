package org.focalexplorer.viewmodel.text;

import java.util.Locale;
import java.util.Optional;

/** The languages the app speaks; each has a complete bundle. */
public enum AppLanguage {
    ENGLISH("en", Locale.ENGLISH),
    CHINESE("zh-CN", Locale.SIMPLIFIED_CHINESE);

    private final String tag;
    private final Locale locale;

    AppLanguage(String tag, Locale locale) {
        this.tag = tag;
        this.locale = locale;
    }

    /** The BCP 47 tag written to preferences and sessions ("en", "zh-CN"). */
    public String tag() {
        return tag;
    }

    public Locale locale() {
        return locale;
    }

    /** The language for {@code tag} ("zh", "zh-CN", "zh_CN" and "en-GB" are understood), if we have it. */
    public static Optional<AppLanguage> fromTag(String tag) {
        if (tag == null || tag.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(forLocale(Locale.forLanguageTag(tag.strip().replace('_', '-'))))
                .filter(l -> l.locale.getLanguage().equals(
                        Locale.forLanguageTag(tag.strip().replace('_', '-')).getLanguage()));
    }

    /** Chinese for any Chinese locale, English for everything else (the system default on first run). */
    public static AppLanguage forLocale(Locale locale) {
        return "zh".equals(locale.getLanguage()) ? CHINESE : ENGLISH;
    }
}
