package org.focalexplorer.io;

/** A case file that cannot be read: the message names the case and the field. */
public class CaseFormatException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    /** Longest case id quoted whole; a longer one is cut so that the field still shows on the line. */
    private static final int ID_CHARS = 80;
    /** Longest value quoted in a message (a 5 MB string must not become a 5 MB line). */
    private static final int VALUE_CHARS = 60;

    public CaseFormatException(String caseId, String field, String problem) {
        super("case " + (caseId == null ? "?" : "'" + brief(caseId, ID_CHARS) + "'") + ", field '" + field + "': " + problem);
    }

    /** A value from the file as it may appear in a message: control characters escaped, cut to a few dozen characters. */
    public static String brief(Object value) {
        return brief(String.valueOf(value), VALUE_CHARS);
    }

    /** {@code text} with control characters escaped, at most {@code maxChars} characters and an ellipsis if it was cut. */
    public static String brief(String text, int maxChars) {
        if (text == null) {
            return "null";
        }
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            // control characters would break the one-line promise or drive the terminal
            String piece = Character.isISOControl(cp) || cp == 0x2028 || cp == 0x2029
                    ? String.format("\\u%04x", cp) : new String(Character.toChars(cp));
            if (b.length() + piece.length() > maxChars) {
                return b.append('…').toString();
            }
            b.append(piece);
            i += Character.charCount(cp);
        }
        return b.toString();
    }
}
