package org.focalexplorer.view.code;

import org.focalexplorer.view.WholeNumbers;
import org.focalexplorer.view.Listen;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import javafx.animation.FadeTransition;
import javafx.animation.PauseTransition;
import javafx.animation.SequentialTransition;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.Tab;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.controlsfx.control.SegmentedButton;
import org.focalexplorer.view.Controls;
import org.focalexplorer.view.EnumToggles;
import org.focalexplorer.view.EnumToggles.Choice;
import org.focalexplorer.view.TextEntry;
import org.focalexplorer.settings.CodeVariant;
import org.focalexplorer.viewmodel.code.CodeViewModel;
import org.focalexplorer.settings.Framework;
import org.focalexplorer.settings.MeanOver;
import org.focalexplorer.settings.TargetKind;
import org.focalexplorer.viewmodel.text.Messages;

/**
 * The side panel's "Code" tab: the framework, the library call and its options, the code in a read-only
 * monospace area with a Copy button, and the warnings that apply to the current settings.
 */
public final class CodeView extends Tab {
    private static final String STYLESHEET = "/org/focalexplorer/view/code.css";

    private final CodeViewModel vm;
    /** Held so that the spinner's bidirectional binding (weak on both sides) is not collected. */
    private final javafx.beans.property.ObjectProperty<Integer> classesObject;

    public CodeView(CodeViewModel vm, Messages m) {
        super(m.get("code.tab"));
        this.vm = vm;
        setId(CodeIds.TAB);
        getProperties().put(CodeView.class, this); // the window shows this tab's content in a tab of its own
        Tooltip tabTip = new Tooltip(m.get("code.tab.tooltip"));
        tabTip.setWrapText(true);
        tabTip.setMaxWidth(420);
        setTooltip(tabTip);

        Map<Framework, Choice> frameworks = new LinkedHashMap<>();
        for (Framework f : Framework.values()) {
            frameworks.put(f, new Choice(CodeIds.FRAMEWORK_PREFIX + f.id(), m.get("code.framework." + f.id()),
                    m.get("code.framework." + f.id() + ".tooltip")));
        }
        SegmentedButton framework = EnumToggles.segmented(vm.frameworkProperty(), frameworks);

        ComboBox<CodeVariant> variant = EnumCombo.of(CodeIds.VARIANT, vm.variantProperty(), vm.variants(),
                v -> m.get("code.variant." + v.id()), m.get("code.variant.tooltip"));
        var reduction = EnumCombo.of(CodeIds.REDUCTION, vm.reductionProperty(),
                FXCollections.observableArrayList(CodeViewModel.REDUCTIONS), r -> m.get("code.reduction." + r.id()),
                m.get("code.reduction.tooltip"));
        ComboBox<MeanOver> meanOver = EnumCombo.of(CodeIds.MEAN_OVER, vm.meanOverProperty(),
                FXCollections.observableArrayList(MeanOver.values()), o -> m.get("code.meanOver." + o.id()),
                m.get("code.meanOver.tooltip"));
        ComboBox<TargetKind> targets = EnumCombo.of(CodeIds.TARGETS, vm.targetsProperty(),
                FXCollections.observableArrayList(TargetKind.values()), t -> m.get("code.targets." + t.id()),
                m.get("code.targets.tooltip"));

        Spinner<Integer> classes = new Spinner<>();
        SpinnerValueFactory.IntegerSpinnerValueFactory counts = new SpinnerValueFactory.IntegerSpinnerValueFactory(
                CodeViewModel.MIN_CLASSES, CodeViewModel.MAX_CLASSES, vm.classesProperty().get());
        WholeNumbers.lenient(counts, "");
        classes.setValueFactory(counts);
        classes.setId(CodeIds.CLASSES);
        classes.getEditor().setPrefColumnCount(3);
        classesObject = vm.classesProperty().asObject();
        counts.valueProperty().bindBidirectional(classesObject);
        Controls.tip(classes, m.get("code.classes.tooltip"));

        TextField alphaVector = alphaVectorField(m);
        Label alphaError = Controls.errorLabel(CodeIds.ALPHA_VECTOR_ERROR);
        alphaError.textProperty().bind(vm.alphaVectorErrorProperty());

        GridPane options = new GridPane();
        options.setHgap(8);
        options.setVgap(0); // hidden rows must take no room; the rows' margins space them instead
        ColumnConstraints labels = new ColumnConstraints();
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        fields.setFillWidth(true);
        options.getColumnConstraints().addAll(labels, fields);
        // The library's name is long: its list gets the panel's full width, on a row of its own.
        Label variantLabel = new Label(m.get("code.variant"));
        variantLabel.setLabelFor(variant);
        options.add(variantLabel, 0, 0, 2, 1);
        options.add(variant, 0, 1, 2, 1);
        GridPane.setMargin(variant, new Insets(3, 0, 3, 0));
        row(options, 2, m.get("code.reduction"), reduction, null);
        row(options, 3, m.get("code.meanOver"), meanOver, vm.meanOverApplies());
        row(options, 4, m.get("code.targets"), targets, vm.targetsApply());
        row(options, 5, m.get("code.classes"), classes, vm.alphaVectorApplies());
        row(options, 6, m.get("code.alphaVector"), alphaVector, vm.alphaVectorApplies());
        options.add(alphaError, 0, 14, 2, 1);
        options.add(alphaVectorHint(m), 0, 15, 2, 1);

        TextArea code = new TextArea();
        code.setId(CodeIds.TEXT);
        code.setEditable(false);
        code.setWrapText(false);
        code.setPrefRowCount(14);
        code.getStyleClass().add("code-text");
        // Not bound: a text control's bound text holds its source's listener strongly, and the view model
        // outlives this view (a language switch rebuilds the views), which would keep every old view alive.
        code.setText(vm.codeProperty().get());
        Listen.whileAlive(code, vm.codeProperty(), (o, was, now) -> code.setText(now));
        Controls.tip(code, m.get("code.text.tooltip"));

        Label copied = new Label(m.get("code.copied"));
        copied.setId(CodeIds.COPIED);
        copied.getStyleClass().add("code-copied");
        copied.setOpacity(0);
        Button copy = new Button(m.get("code.copy"));
        copy.setId(CodeIds.COPY);
        copy.setDefaultButton(false);
        Controls.tip(copy, m.get("code.copy.tooltip"));
        SequentialTransition fade = fadeOut(copied);
        copy.setOnAction(e -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(vm.codeProperty().get());
            Clipboard.getSystemClipboard().setContent(content);
            copied.setOpacity(1);
            fade.playFromStart();
        });
        copy.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        copied.setWrapText(true); // beside the button in a narrow panel: two lines, not "Copied to the c…"
        copied.setMinWidth(0);
        HBox.setHgrow(copied, Priority.ALWAYS);
        HBox copyRow = new HBox(10, copy, copied);
        copyRow.setAlignment(Pos.CENTER_LEFT);

        VBox content = new VBox(10, framework, options, code, copyRow, Controls.heading(m.get("code.warnings")),
                new WarningList(vm.warnings()));
        content.setPadding(new Insets(10));
        content.getStyleClass().add("code-panel");
        content.getStylesheets().add(Objects.requireNonNull(getClass().getResource(STYLESHEET)).toExternalForm());
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        setContent(scroll);
    }

    private TextField alphaVectorField(Messages m) {
        TextField field = TextEntry.field(vm.alphaVectorTextProperty(), vm::submitAlphaVector, vm::clearAlphaVectorError);
        field.setId(CodeIds.ALPHA_VECTOR);
        field.setPrefColumnCount(10);
        Controls.tip(field, m.get("code.alphaVector.tooltip"));
        Listen.whileAlive(field, vm.alphaVectorErrorProperty(), (o, a, err) -> {
            field.getStyleClass().remove("invalid");
            if (!err.isEmpty()) {
                field.getStyleClass().add("invalid");
            }
        });
        return field;
    }

    /** Says where the α vector comes from: the app's α (and how), or the user's typing (and how to undo it). */
    private Label alphaVectorHint(Messages m) {
        Label hint = new Label();
        hint.setId(CodeIds.ALPHA_VECTOR_HINT);
        hint.getStyleClass().add("code-hint");
        hint.setWrapText(true);
        hint.textProperty().bind(javafx.beans.binding.Bindings.when(vm.alphaVectorFollowsAlphaProperty())
                .then(m.get("code.alphaVector.follows")).otherwise(m.get("code.alphaVector.typed")));
        hint.visibleProperty().bind(vm.alphaVectorApplies());
        hint.managedProperty().bind(hint.visibleProperty());
        GridPane.setMargin(hint, new Insets(0, 0, 3, 0));
        return hint;
    }

    /**
     * A label above its control (rows 2r and 2r + 1), both the panel's full width: side by side, a narrow
     * panel left the lists too little room ("all ele…", issue #13). Both hidden (and taking no room) while
     * {@code shown} is false.
     */
    private static void row(GridPane grid, int r, String text, javafx.scene.control.Control control,
            javafx.beans.value.ObservableBooleanValue shown) {
        Label label = new Label(text);
        label.setLabelFor(control);
        label.setWrapText(true);
        control.setMaxWidth(Double.MAX_VALUE);
        grid.add(label, 0, 2 * r, 2, 1);
        grid.add(control, 0, 2 * r + 1, 2, 1);
        GridPane.setMargin(control, new Insets(3, 0, 3, 0));
        if (shown != null) {
            for (Node n : new Node[] {label, control}) {
                n.visibleProperty().bind(shown);
                n.managedProperty().bind(shown);
            }
        }
    }

    private static SequentialTransition fadeOut(Node n) {
        FadeTransition fade = new FadeTransition(Duration.millis(600), n);
        fade.setFromValue(1);
        fade.setToValue(0);
        return new SequentialTransition(new PauseTransition(Duration.millis(1500)), fade);
    }

    public CodeViewModel viewModel() {
        return vm;
    }

    /** The view behind a side-panel tab that shows it (the window's tab takes over this tab's content when built). */
    public static CodeView of(Tab tab) {
        return (CodeView) tab.getProperties().get(CodeView.class);
    }
}
