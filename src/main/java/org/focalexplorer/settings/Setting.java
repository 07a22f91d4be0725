package org.focalexplorer.settings;

import java.util.Objects;

/**
 * One setting of the app, declared once in {@link Settings}: its id (its dotted path in a session file,
 * e.g. {@code "loss.gamma"}), its codec (type, domain, JSON form), its default, whether a change is a
 * step of the undo history, which view model owns it, and whether a session file may lack it.
 *
 * <p>Everything else is driven from this table: the live properties ({@code LiveState}), capture, apply,
 * validation, undo, session files and the state string. Settings compare by identity.
 */
public final class Setting<T> {
    /** Whether a session file of version 1 must hold the setting. */
    public enum Presence {
        /** Always written, always read. */
        REQUIRED,
        /** Added within version 1: a file without it reads as the default. */
        OPTIONAL,
        /** Added within version 1 with its whole section: a file without the section reads as the default. */
        WITH_SECTION
    }

    private final String id;
    private final Codec<T> codec;
    private final T defaultValue;
    private final boolean undoable;
    private final Owner owner;
    private final Presence presence;
    private final T absentValue;

    Setting(String id, Codec<T> codec, T defaultValue, boolean undoable, Owner owner, Presence presence) {
        this(id, codec, defaultValue, undoable, owner, presence, defaultValue);
    }

    /**
     * @param absentValue what a file without the setting means (files from before it existed), where that is
     *                    not the default a new state starts with
     */
    Setting(String id, Codec<T> codec, T defaultValue, boolean undoable, Owner owner, Presence presence, T absentValue) {
        this.id = Objects.requireNonNull(id);
        this.codec = Objects.requireNonNull(codec);
        this.undoable = undoable;
        this.owner = Objects.requireNonNull(owner);
        this.presence = Objects.requireNonNull(presence);
        this.defaultValue = codec.check(id, defaultValue);
        this.absentValue = codec.check(id, absentValue);
    }

    /** The value a session file that lacks this (optional) setting stands for. */
    public T absentValue() {
        return absentValue;
    }

    public String id() {
        return id;
    }

    public Codec<T> codec() {
        return codec;
    }

    public T defaultValue() {
        return defaultValue;
    }

    public boolean undoable() {
        return undoable;
    }

    public Owner owner() {
        return owner;
    }

    public Presence presence() {
        return presence;
    }

    /** The value checked against this setting's domain; IllegalArgumentException naming id and value. */
    public T check(Object value) {
        return codec.check(id, cast(value));
    }

    @SuppressWarnings("unchecked")
    public T cast(Object value) {
        if (value != null && !codec.type().isInstance(value)) {
            throw new IllegalArgumentException(id + " = " + value + ": not a " + codec.type().getSimpleName());
        }
        return (T) value;
    }

    public Object encode(T value) {
        return codec.encode(value);
    }

    public T decode(Object plain) {
        return codec.decode(id, plain);
    }

    /** The path in a session file: the id's parts ("classifier", "points"). */
    public String[] path() {
        return id.split("\\.");
    }

    @Override
    public String toString() {
        return id;
    }
}
