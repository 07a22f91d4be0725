package org.focalexplorer.io;

/** A case file that cannot be read: the message names the case and the field. */
public class CaseFormatException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    public CaseFormatException(String caseId, String field, String problem) {
        super("case " + (caseId == null ? "?" : "'" + caseId + "'") + ", field '" + field + "': " + problem);
    }
}
