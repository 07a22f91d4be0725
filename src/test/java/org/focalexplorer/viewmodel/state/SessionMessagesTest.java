package org.focalexplorer.viewmodel.state;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import org.focalexplorer.io.session.SessionFormatException.Reason;
import org.focalexplorer.viewmodel.text.Messages;
import org.junit.jupiter.api.Test;

/** Every message of the session feature exists in English and in Chinese. */
class SessionMessagesTest {
    private static Set<String> sessionKeys(Locale locale) {
        ResourceBundle b = Messages.forLocale(locale).bundle();
        Set<String> keys = new TreeSet<>();
        for (String k : Collections.list(b.getKeys())) {
            if (k.startsWith("session.") && b.getString(k).strip().length() > 0) {
                keys.add(k);
            }
        }
        return keys;
    }

    @Test
    void every_refusal_reason_has_a_message_in_both_languages() {
        for (Locale l : new Locale[] {Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE}) {
            Set<String> keys = sessionKeys(l);
            for (Reason r : Reason.values()) {
                assertThat(keys).as(l + " " + r).contains("session.error." + r.key());
            }
            assertThat(keys).contains("session.error.write", "session.warning.unknownFields", "session.saved",
                    "session.opened", "session.pasted", "session.stateString");
        }
    }

    @Test
    void both_languages_have_the_same_session_keys() {
        assertThat(sessionKeys(Locale.SIMPLIFIED_CHINESE)).isEqualTo(sessionKeys(Locale.ENGLISH));
    }

    @Test
    void the_chinese_bundle_is_really_chinese() {
        ResourceBundle zh = Messages.forLocale(Locale.SIMPLIFIED_CHINESE).bundle();
        ResourceBundle en = Messages.forLocale(Locale.ENGLISH).bundle();
        for (String k : sessionKeys(Locale.ENGLISH)) {
            assertThat(zh.getString(k)).as(k).isNotEqualTo(en.getString(k));
        }
    }
}
