package org.focalexplorer.viewmodel.code;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.focalexplorer.loss.Reduction;
import org.focalexplorer.viewmodel.parameters.ParameterViewModel;
import org.focalexplorer.viewmodel.parameters.Parameters;
import org.focalexplorer.viewmodel.text.Messages;

/**
 * The code panel: the PyTorch or Keras call that computes the same loss as the app's current α and γ, with
 * the options only the code needs (library, reduction, what a mean divides by, soft targets, the α vector of
 * the softmax losses), and the warnings about where the libraries' meanings differ for these settings.
 */
public final class CodeViewModel {
    public static final int MIN_CLASSES = 2;
    public static final int MAX_CLASSES = 10;
    /** The reductions the panel offers, in the order shown. */
    public static final List<Reduction> REDUCTIONS = List.of(Reduction.MEAN, Reduction.SUM, Reduction.NONE);

    private final Messages messages;
    private final ParameterViewModel parameters;
    private final ObjectProperty<Framework> framework = new SimpleObjectProperty<>(this, "framework", Framework.PYTORCH);
    private final ObjectProperty<CodeVariant> variant = new SimpleObjectProperty<>(this, "variant", CodeVariant.TORCHVISION);
    private final ObservableList<CodeVariant> variants = FXCollections.observableArrayList(CodeVariant.of(Framework.PYTORCH));
    private final ObjectProperty<Reduction> reduction = new SimpleObjectProperty<>(this, "reduction", Reduction.MEAN);
    private final ObjectProperty<MeanOver> meanOver = new SimpleObjectProperty<>(this, "meanOver", MeanOver.ALL_ELEMENTS);
    private final ObjectProperty<TargetKind> targets = new SimpleObjectProperty<>(this, "targets", TargetKind.HARD);
    private final IntegerProperty classes = new SimpleIntegerProperty(this, "classes", 3) {
        @Override
        public void set(int v) {
            super.set(Math.max(MIN_CLASSES, Math.min(MAX_CLASSES, v)));
        }
    };
    private double[] alphaVector;
    private final ReadOnlyStringWrapper alphaVectorText = new ReadOnlyStringWrapper(this, "alphaVectorText");
    private final ReadOnlyStringWrapper alphaVectorError = new ReadOnlyStringWrapper(this, "alphaVectorError", "");
    private final ReadOnlyObjectWrapper<CodeSettings> settings = new ReadOnlyObjectWrapper<>(this, "settings");
    private final ReadOnlyStringWrapper code = new ReadOnlyStringWrapper(this, "code");
    private final ReadOnlyObjectWrapper<List<CodeWarning>> warningKinds = new ReadOnlyObjectWrapper<>(this, "warningKinds");
    private final ObservableList<String> warnings = FXCollections.observableArrayList();
    // One read-only view each, held here: such a view listens to its list only weakly, so a fresh one per call
    // could be collected together with the listeners a view added to it.
    private final ObservableList<CodeVariant> variantsView = FXCollections.unmodifiableObservableList(variants);
    private final ObservableList<String> warningsView = FXCollections.unmodifiableObservableList(warnings);
    private final BooleanBinding meanOverApplies;
    private final BooleanBinding targetsApply;
    private final BooleanBinding alphaVectorApplies;

    public CodeViewModel(ParameterViewModel parameters, Messages messages) {
        this.messages = messages;
        this.parameters = parameters;
        // The paper's convention: background (class 0) weighs 1 − α, the foreground classes α.
        double a = parameters.alpha().get();
        alphaVector = AlphaVectorText.resize(new double[] {1.0 - a, a}, classes.get());
        alphaVectorText.set(AlphaVectorText.format(alphaVector));
        meanOverApplies = Bindings.createBooleanBinding(
                () -> variant.get().binaryTargets() && reduction.get() == Reduction.MEAN, variant, reduction);
        targetsApply = Bindings.createBooleanBinding(() -> variant.get().binaryTargets(), variant);
        alphaVectorApplies = Bindings.createBooleanBinding(() -> variant.get().alphaVector(), variant);

        framework.addListener((o, was, f) -> {
            variants.setAll(CodeVariant.of(f));
            if (variant.get().framework() != f) {
                variant.set(variants.get(0));
            }
        });
        variant.addListener((o, was, v) -> framework.set(v.framework()));
        classes.addListener((o, was, n) -> {
            alphaVector = AlphaVectorText.resize(alphaVector, n.intValue());
            alphaVectorText.set(AlphaVectorText.format(alphaVector));
            alphaVectorError.set("");
            refresh();
        });
        parameters.parametersProperty().addListener((o, was, p) -> refresh());
        variant.addListener((o, was, v) -> refresh());
        reduction.addListener((o, was, r) -> refresh());
        meanOver.addListener((o, was, m) -> refresh());
        targets.addListener((o, was, t) -> refresh());
        refresh();
    }

    private void refresh() {
        Parameters p = parameters.parameters();
        CodeSettings s = new CodeSettings(variant.get(), p.alphaEnabled(), p.alpha(), p.gamma(), reduction.get(),
                meanOver.get(), targets.get(), alphaVector);
        if (s.equals(settings.get())) {
            return;
        }
        settings.set(s);
        code.set(Snippets.code(s, messages.get("code.comment." + s.variant().id())));
        List<CodeWarning> kinds = CodeWarnings.of(s);
        List<String> texts = new ArrayList<>();
        for (CodeWarning w : kinds) {
            texts.add(messages.get("code.warning." + w.id()));
        }
        warningKinds.set(kinds);
        warnings.setAll(texts);
    }

    /**
     * Takes typed text as the α vector if it is one number ≥ 0 per class with a positive sum; otherwise
     * says why in {@link #alphaVectorErrorProperty()} and keeps the vector.
     *
     * @return whether the text was accepted
     */
    public boolean submitAlphaVector(String typed) {
        String shown = typed == null ? "" : typed.strip();
        Optional<double[]> parsed = AlphaVectorText.parse(shown);
        String kept = alphaVectorText.get();
        if (parsed.isEmpty()) {
            alphaVectorError.set(messages.format("code.alphaVector.error.number", shown, kept));
            return false;
        }
        double[] v = parsed.get();
        if (v.length != classes.get()) {
            alphaVectorError.set(messages.format("code.alphaVector.error.count", shown, classes.get(), kept));
            return false;
        }
        double sum = 0;
        for (double d : v) {
            if (d < 0) {
                alphaVectorError.set(messages.format("code.alphaVector.error.negative", shown, kept));
                return false;
            }
            sum += d;
        }
        if (!(sum > 0)) {
            alphaVectorError.set(messages.format("code.alphaVector.error.zero", shown, kept));
            return false;
        }
        alphaVector = v;
        alphaVectorError.set("");
        alphaVectorText.set(AlphaVectorText.format(v));
        refresh();
        return true;
    }

    /** Forgets a refused entry (the field shows the current vector again). */
    public void clearAlphaVectorError() {
        alphaVectorError.set("");
    }

    public ObjectProperty<Framework> frameworkProperty() {
        return framework;
    }

    public ObjectProperty<CodeVariant> variantProperty() {
        return variant;
    }

    /** The variants of the current framework (what the variant list offers). */
    public ObservableList<CodeVariant> variants() {
        return variantsView;
    }

    public ObjectProperty<Reduction> reductionProperty() {
        return reduction;
    }

    public ObjectProperty<MeanOver> meanOverProperty() {
        return meanOver;
    }

    public ObjectProperty<TargetKind> targetsProperty() {
        return targets;
    }

    /** Number of classes of the softmax variants (2–10); the α vector follows it. */
    public IntegerProperty classesProperty() {
        return classes;
    }

    public ReadOnlyStringProperty alphaVectorTextProperty() {
        return alphaVectorText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty alphaVectorErrorProperty() {
        return alphaVectorError.getReadOnlyProperty();
    }

    /** The settings the code was written for. */
    public ReadOnlyObjectProperty<CodeSettings> settingsProperty() {
        return settings.getReadOnlyProperty();
    }

    /** The code to paste. */
    public ReadOnlyStringProperty codeProperty() {
        return code.getReadOnlyProperty();
    }

    /** Which warnings apply, in the order of {@link #warnings()}. */
    public ReadOnlyObjectProperty<List<CodeWarning>> warningKindsProperty() {
        return warningKinds.getReadOnlyProperty();
    }

    /** The warnings that apply to the current settings, in the user's language. */
    public ObservableList<String> warnings() {
        return warningsView;
    }

    /** Whether "mean over all elements / positives" matters (binary targets with reduction mean). */
    public BooleanBinding meanOverApplies() {
        return meanOverApplies;
    }

    /** Whether hard/soft targets matter (the binary-target variants). */
    public BooleanBinding targetsApply() {
        return targetsApply;
    }

    /** Whether the number of classes and the α vector matter (the softmax variants). */
    public BooleanBinding alphaVectorApplies() {
        return alphaVectorApplies;
    }
}
