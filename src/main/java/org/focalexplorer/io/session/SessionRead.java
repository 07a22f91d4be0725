package org.focalexplorer.io.session;

import java.util.List;

/**
 * A session that was read: its state, and the fields it had that this version does not know (ignored, as
 * dotted paths such as "classifier.momentum"), for a warning.
 */
public record SessionRead(ExplorerState state, List<String> unknownFields) {
    public SessionRead {
        unknownFields = List.copyOf(unknownFields);
    }
}
