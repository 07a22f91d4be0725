package org.focalexplorer.view;

import java.util.HashMap;
import java.util.Map;
import javafx.collections.ListChangeListener;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * A tab pane whose headers wrap onto a second line instead of hiding behind the overflow arrow (issue #13):
 * at 1280×720 with 150 % text, TabPane's own header row showed "Your predictions" as "Yo" and put the side
 * panel's last tabs in its drop-down, where a class cannot see them. The pane keeps its tabs, selection and
 * keys (Ctrl+Tab); only its header row is hidden (style class {@value #HIDDEN_HEADERS}, explorer.css) and
 * replaced by one toggle per tab in a {@link FlowPane}, which follows the pane's selection both ways.
 */
public final class WrappingTabHeaders {
    /** The style class that hides a pane's own header row. */
    public static final String HIDDEN_HEADERS = "headers-elsewhere";
    /** The style class of the row of headers, and of each header ({@value #HEADER}). */
    public static final String BAR = "wrapping-tab-bar";
    public static final String HEADER = "wrapping-tab";
    /** A header's id is its tab's id with this suffix (tests and lessons find a tab's header by it). */
    public static final String ID_SUFFIX = "-header";

    private WrappingTabHeaders() {}

    /** The headers above {@code pane}: put the returned box where the pane was. */
    public static VBox wrap(TabPane pane) {
        FlowPane bar = new FlowPane();
        bar.getStyleClass().add(BAR);
        ToggleGroup group = new ToggleGroup();
        Map<Tab, ToggleButton> headerOf = new HashMap<>();
        Runnable rebuild = () -> {
            headerOf.clear();
            group.getToggles().clear();
            bar.getChildren().clear();
            for (Tab tab : pane.getTabs()) {
                ToggleButton b = header(tab);
                b.setToggleGroup(group);
                b.setSelected(tab.isSelected());
                headerOf.put(tab, b);
                bar.getChildren().add(b);
            }
        };
        rebuild.run();
        pane.getTabs().addListener((ListChangeListener<Tab>) c -> rebuild.run());
        group.selectedToggleProperty().addListener((o, was, now) -> {
            if (now == null) {
                // a click on the shown tab's header would leave no tab selected: keep it shown
                if (was != null && group.getToggles().contains(was)) {
                    group.selectToggle(was);
                }
            } else if (now.getUserData() instanceof Tab tab && pane.getSelectionModel().getSelectedItem() != tab) {
                pane.getSelectionModel().select(tab);
            }
        });
        pane.getSelectionModel().selectedItemProperty().addListener((o, was, tab) -> {
            ToggleButton b = headerOf.get(tab);
            if (b != null && !b.isSelected()) {
                group.selectToggle(b);
            }
        });
        pane.getStyleClass().add(HIDDEN_HEADERS);
        // The hidden header row took the keyboard focus for the pane; the headers above take it now.
        pane.setFocusTraversable(false);
        VBox box = new VBox(bar, pane);
        VBox.setVgrow(pane, Priority.ALWAYS);
        box.getStyleClass().add("wrapping-tab-pane");
        return box;
    }

    private static ToggleButton header(Tab tab) {
        ToggleButton b = new ToggleButton();
        b.getStyleClass().add(HEADER);
        b.textProperty().bind(tab.textProperty());
        b.tooltipProperty().bind(tab.tooltipProperty());
        b.disableProperty().bind(tab.disableProperty());
        b.setUserData(tab);
        b.setAccessibleRole(AccessibleRole.TAB_ITEM);
        b.setMnemonicParsing(false);
        b.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE); // wraps to the next line, never elides
        if (tab.getId() != null) {
            b.setId(tab.getId() + ID_SUFFIX);
        }
        return b;
    }
}
