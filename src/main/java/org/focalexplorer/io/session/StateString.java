package org.focalexplorer.io.session;

import org.focalexplorer.settings.SettingValues;
import java.io.ByteArrayOutputStream;
import java.util.Base64;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;
import org.focalexplorer.io.session.SessionFormatException.Reason;

/**
 * The whole state as one line of text to copy and paste: {@code FLX1:} then the session's compact JSON,
 * zlib-deflated and in URL-safe base64 without padding (about 800 characters).
 *
 * <p>Decoding refuses what is not such a string, caps both the text and the inflated JSON (so a small
 * string cannot inflate to gigabytes) and then reads the JSON with every check a session file gets.
 */
public final class StateString {
    public static final String PREFIX = "FLX1:";
    /** Far above a real state string; refused before decoding. */
    public static final int MAX_CHARS = 16 * 1024;
    /** The inflated JSON may not be larger than this. */
    public static final int MAX_INFLATED = 256 * 1024;

    private StateString() {}

    public static String encode(SettingValues state) {
        return pack(SessionJson.toCompactBytes(state));
    }

    /** Any bytes as a state string (tests pack other content to check decoding). */
    static String pack(byte[] json) {
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION);
        try {
            deflater.setInput(json);
            deflater.finish();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[4096];
            while (!deflater.finished()) {
                out.write(buffer, 0, deflater.deflate(buffer));
            }
            return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(out.toByteArray());
        } finally {
            deflater.end();
        }
    }

    /** The state in a pasted string; whitespace (line breaks a mail program added) is ignored. */
    public static SessionRead decode(String text) throws SessionFormatException {
        if (text == null) {
            throw new SessionFormatException(Reason.NOT_A_SESSION, "nothing to read");
        }
        if (text.length() > MAX_CHARS) {
            throw new SessionFormatException(Reason.TOO_LARGE, text.length() + " characters, at most " + MAX_CHARS);
        }
        String s = text.replaceAll("\\s+", "");
        if (!s.startsWith(PREFIX)) {
            throw new SessionFormatException(Reason.NOT_A_SESSION, "does not start with " + PREFIX);
        }
        byte[] packed;
        try {
            packed = Base64.getUrlDecoder().decode(s.substring(PREFIX.length()));
        } catch (IllegalArgumentException e) {
            throw new SessionFormatException(Reason.CORRUPT, String.valueOf(e.getMessage()), e);
        }
        return SessionJson.parse(inflate(packed));
    }

    private static byte[] inflate(byte[] packed) throws SessionFormatException {
        Inflater inflater = new Inflater();
        try {
            inflater.setInput(packed);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[4096];
            while (!inflater.finished()) {
                int n = inflater.inflate(buffer);
                if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    throw new SessionFormatException(Reason.TRUNCATED, "the compressed data ends early");
                }
                out.write(buffer, 0, n);
                if (out.size() > MAX_INFLATED) {
                    throw new SessionFormatException(Reason.TOO_LARGE, "inflates to more than " + MAX_INFLATED + " bytes");
                }
            }
            if (inflater.getRemaining() > 0) {
                throw new SessionFormatException(Reason.CORRUPT, inflater.getRemaining() + " bytes after the compressed data");
            }
            return out.toByteArray();
        } catch (DataFormatException e) {
            throw new SessionFormatException(Reason.CORRUPT, String.valueOf(e.getMessage()), e);
        } finally {
            inflater.end();
        }
    }
}
