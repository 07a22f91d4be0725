package org.focalexplorer.io.session;

import java.util.Locale;

/**
 * A session (file or state string) that cannot be taken. {@link #reason()} says what kind of problem it is,
 * so the explorer can say it in the user's language; {@link #detail()} is the technical particular (the field
 * and value, the parser's complaint) and is shown as it is.
 */
public final class SessionFormatException extends Exception {
    private static final long serialVersionUID = 1L;

    /** What went wrong; the explorer has one message for each. */
    public enum Reason {
        /** The file could not be read at all (missing, no permission, an I/O error). */
        UNREADABLE,
        /** Larger than a session can be: refused before it is parsed. */
        TOO_LARGE,
        /** Empty, or ends before its JSON is complete (cut off while saving or copying). */
        TRUNCATED,
        /** Not JSON, or a state string that does not decode. */
        CORRUPT,
        /** Valid JSON, but not a Focal Loss Explorer session. */
        NOT_A_SESSION,
        /** A session of a format version this program does not read (detail: the version found). */
        WRONG_VERSION,
        /** A field is missing, of the wrong type, or out of range (detail: the field and value). */
        INVALID_VALUE;

        /** "tooLarge": the suffix of the message key. */
        public String key() {
            String[] words = name().toLowerCase(Locale.ROOT).split("_");
            StringBuilder b = new StringBuilder(words[0]);
            for (int i = 1; i < words.length; i++) {
                b.append(Character.toUpperCase(words[i].charAt(0))).append(words[i].substring(1));
            }
            return b.toString();
        }
    }

    private final Reason reason;
    private final String detail;

    public SessionFormatException(Reason reason, String detail) {
        this(reason, detail, null);
    }

    public SessionFormatException(Reason reason, String detail, Throwable cause) {
        super(reason + ": " + detail, cause);
        this.reason = reason;
        this.detail = detail;
    }

    public Reason reason() {
        return reason;
    }

    public String detail() {
        return detail;
    }
}
