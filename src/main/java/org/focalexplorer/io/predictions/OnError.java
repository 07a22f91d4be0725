package org.focalexplorer.io.predictions;

/** What a malformed row does: stop the load with its message, or leave the row out and count it. */
public enum OnError {
    STOP,
    SKIP
}
