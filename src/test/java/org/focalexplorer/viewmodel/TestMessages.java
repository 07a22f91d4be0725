package org.focalexplorer.viewmodel;

import java.util.Locale;
import org.focalexplorer.viewmodel.text.Messages;

/** The English bundle, whatever the machine's locale. */
public final class TestMessages {
    private TestMessages() {}

    public static Messages english() {
        return Messages.forLocale(Locale.ENGLISH);
    }
}
