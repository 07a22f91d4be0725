package org.focalexplorer.viewmodel.state;

import java.util.List;

/**
 * What became of a save, open or paste, in the user's language: whether it worked, the message to show
 * (why it failed, or what was done), and warnings (fields of the file that were ignored).
 */
public record SessionOutcome(boolean succeeded, String message, List<String> warnings) {
    public SessionOutcome {
        warnings = List.copyOf(warnings);
    }

    static SessionOutcome done(String message, List<String> warnings) {
        return new SessionOutcome(true, message, warnings);
    }

    static SessionOutcome failed(String message) {
        return new SessionOutcome(false, message, List.of());
    }
}
