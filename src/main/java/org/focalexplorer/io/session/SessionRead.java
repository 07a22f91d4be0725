package org.focalexplorer.io.session;

import java.util.List;
import org.focalexplorer.settings.SettingValues;

/**
 * A session that was read: the whole state, and the fields it had that this version does not know
 * (ignored, as dotted paths such as "classifier.momentum"), for a warning.
 */
public record SessionRead(SettingValues state, List<String> unknownFields) {
    public SessionRead {
        unknownFields = List.copyOf(unknownFields);
    }
}
