package org.focalexplorer.viewmodel.shell;

/**
 * One keyboard shortcut: the keys in JavaFX {@code KeyCombination} syntax ("Shortcut+Z"; the view
 * parses them), and the bundle keys of its group and description, for the menus and the Help → Keyboard
 * dialog, which both read this one list.
 */
public record Shortcut(String keys, String groupKey, String descriptionKey) {}
