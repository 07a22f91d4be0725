package org.focalexplorer.io.session;

import org.focalexplorer.settings.SettingValues;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.focalexplorer.io.AtomicFiles;
import org.focalexplorer.io.session.SessionFormatException.Reason;

/**
 * Session files: {@code {"format":"focal-explorer-session","version":1, ...}} in UTF-8 JSON.
 *
 * <p>Reading is defensive: a file over {@link #MAX_BYTES} is refused before it is parsed; JSON is read
 * as a plain tree (never bound to classes named in the file), with duplicate keys and trailing content
 * refused; a cut-off file is told apart from a corrupt one; unknown fields come back as warnings. Writing
 * is atomic ({@link AtomicFiles}).
 */
public final class SessionJson {
    public static final String FORMAT = SessionNodes.FORMAT;
    public static final int VERSION = SessionNodes.VERSION;
    /** A session is about 1.5 KB; anything near this is not one. */
    public static final int MAX_BYTES = 1 << 20;

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private SessionJson() {}

    /** The session as indented JSON with a final newline, as saved to a file. */
    public static byte[] toBytes(SettingValues state) {
        try {
            byte[] json = MAPPER.writer(SerializationFeature.INDENT_OUTPUT).writeValueAsBytes(SessionNodes.toNode(state));
            byte[] withNewline = java.util.Arrays.copyOf(json, json.length + 1);
            withNewline[json.length] = '\n';
            return withNewline;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e); // a tree of plain values always serialises
        }
    }

    /** The session as compact JSON (for the state string). */
    public static byte[] toCompactBytes(SettingValues state) {
        try {
            return MAPPER.writeValueAsBytes(SessionNodes.toNode(state));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Saves atomically: the file is wholly the old or wholly the new session. */
    public static void write(Path file, SettingValues state) throws IOException {
        AtomicFiles.write(file, toBytes(state));
    }

    public static SessionRead read(Path file) throws SessionFormatException {
        byte[] bytes;
        try {
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw tooLarge(size);
            }
            try (InputStream in = Files.newInputStream(file)) {
                bytes = in.readNBytes(MAX_BYTES + 1); // the file may have grown since it was measured
            }
        } catch (NoSuchFileException e) {
            throw new SessionFormatException(Reason.UNREADABLE, "no such file", e);
        } catch (IOException e) {
            throw new SessionFormatException(Reason.UNREADABLE, String.valueOf(e.getMessage()), e);
        }
        return parse(bytes);
    }

    /** A session from the bytes of its JSON. */
    public static SessionRead parse(byte[] bytes) throws SessionFormatException {
        if (bytes.length > MAX_BYTES) {
            throw tooLarge(bytes.length);
        }
        if (isBlank(bytes)) {
            throw new SessionFormatException(Reason.TRUNCATED, "empty");
        }
        JsonNode root;
        try {
            root = MAPPER.readTree(bytes);
        } catch (StreamReadException e) {
            Reason r = endsInside(bytes) ? Reason.TRUNCATED : Reason.CORRUPT;
            throw new SessionFormatException(r, e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new SessionFormatException(Reason.CORRUPT, String.valueOf(e.getMessage()), e);
        }
        return SessionNodes.fromNode(root);
    }

    private static SessionFormatException tooLarge(long size) {
        return new SessionFormatException(Reason.TOO_LARGE, size + " bytes, at most " + MAX_BYTES);
    }

    private static boolean isBlank(byte[] bytes) {
        for (byte b : bytes) {
            if (!Character.isWhitespace(b)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether the text stops inside a string, an object or an array: the mark of a file cut off while it
     * was written or copied, as opposed to one that is complete but wrong.
     */
    static boolean endsInside(byte[] bytes) {
        int depth = 0;
        boolean inString = false;
        boolean escaped = false;
        boolean opened = false;
        for (byte b : bytes) {
            if (inString) {
                if (escaped) {
                    escaped = false;
                } else if (b == '\\') {
                    escaped = true;
                } else if (b == '"') {
                    inString = false;
                }
            } else if (b == '"') {
                inString = true;
            } else if (b == '{' || b == '[') {
                depth++;
                opened = true;
            } else if (b == '}' || b == ']') {
                depth--;
                if (depth < 0) {
                    return false; // more closed than opened: not a cut, a mess
                }
            }
        }
        return inString || (opened && depth > 0);
    }
}
