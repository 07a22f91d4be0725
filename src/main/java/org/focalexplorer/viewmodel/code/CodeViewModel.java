package org.focalexplorer.viewmodel.code;

import org.focalexplorer.settings.TargetKind;
import org.focalexplorer.settings.MeanOver;
import org.focalexplorer.settings.CodeVariant;
import org.focalexplorer.settings.Framework;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.focalexplorer.loss.Reduction;
import org.focalexplorer.viewmodel.parameters.ParameterViewModel;
import org.focalexplorer.viewmodel.parameters.Parameters;
import org.focalexplorer.viewmodel.text.Messages;
import org.focalexplorer.settings.Settings;
import org.focalexplorer.viewmodel.state.LiveState;

/**
 * The code panel: the PyTorch or Keras call that computes the same loss as the app's current α and γ, with
 * the options only the code needs (library, reduction, what a mean divides by, soft targets, the α vector of
 * the softmax losses), and the warnings about where the libraries' meanings differ for these settings.
 */
public final class CodeViewModel {
    public static final int MIN_CLASSES = Settings.MIN_CLASSES;
    public static final int MAX_CLASSES = Settings.MAX_CLASSES;
    /** The reductions the panel offers, in the order shown. */
    public static final List<Reduction> REDUCTIONS = Settings.CODE_REDUCTIONS;

    private final Messages messages;
    private final ParameterViewModel parameters;
    private final ObjectProperty<Framework> framework;
    private final ObjectProperty<CodeVariant> variant;
    private final ObservableList<CodeVariant> variants;
    private final ObjectProperty<Reduction> reduction;
    private final ObjectProperty<MeanOver> meanOver;
    private final ObjectProperty<TargetKind> targets;
    private final IntegerProperty classes;
    /** The vector the snippets use: the typed one, or the one that follows the app's α. */
    private double[] alphaVector;
    /** What the user typed (resized with the classes); empty = the vector follows the app's α. */
    private final ObjectProperty<List<Double>> typed;
    private final ReadOnlyBooleanWrapper alphaVectorFollowsAlpha = new ReadOnlyBooleanWrapper(this, "alphaVectorFollowsAlpha", true);
    private final ReadOnlyStringWrapper alphaVectorText = new ReadOnlyStringWrapper(this, "alphaVectorText");
    private final ReadOnlyStringWrapper alphaVectorError = new ReadOnlyStringWrapper(this, "alphaVectorError", "");
    private final ReadOnlyObjectWrapper<CodeSettings> settings = new ReadOnlyObjectWrapper<>(this, "settings");
    private final ReadOnlyStringWrapper code = new ReadOnlyStringWrapper(this, "code");
    private final ReadOnlyObjectWrapper<List<CodeWarning>> warningKinds = new ReadOnlyObjectWrapper<>(this, "warningKinds");
    private final ObservableList<String> warnings = FXCollections.observableArrayList();
    // One read-only view each, held here: such a view listens to its list only weakly, so a fresh one per call
    // could be collected together with the listeners a view added to it.
    private final ObservableList<CodeVariant> variantsView;
    private final ObservableList<String> warningsView = FXCollections.unmodifiableObservableList(warnings);
    private final BooleanBinding meanOverApplies;
    private final BooleanBinding targetsApply;
    private final BooleanBinding alphaVectorApplies;

    /** In the live state of {@code parameters}. */
    public CodeViewModel(ParameterViewModel parameters, Messages messages) {
        this(parameters.liveState(), parameters, messages);
    }

    public CodeViewModel(LiveState state, ParameterViewModel parameters, Messages messages) {
        this.messages = messages;
        this.parameters = parameters;
        framework = state.object(Settings.CODE_FRAMEWORK);
        variant = state.object(Settings.CODE_VARIANT);
        variants = FXCollections.observableArrayList(CodeVariant.of(framework.get()));
        reduction = state.object(Settings.CODE_REDUCTION);
        meanOver = state.object(Settings.CODE_MEAN_OVER);
        targets = state.object(Settings.CODE_TARGETS);
        classes = state.integer(Settings.CODE_CLASSES);
        typed = state.object(Settings.CODE_ALPHA_VECTOR);
        variantsView = FXCollections.unmodifiableObservableList(variants);
        updateAlphaVector();
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
            alphaVectorError.set("");
            if (!typed.get().isEmpty()) {
                typed.set(list(AlphaVectorText.resize(array(typed.get()), n.intValue())));
            } else {
                updateAlphaVector();
                refresh();
            }
        });
        typed.addListener((o, was, now) -> {
            updateAlphaVector();
            refresh();
        });
        messages.bundleProperty().addListener(o -> {
            alphaVectorError.set("");
            settings.set(null); // the same settings, written again in the new language
            refresh();
        });
        parameters.parametersProperty().addListener((o, was, p) -> {
            updateAlphaVector();
            refresh();
        });
        variant.addListener((o, was, v) -> refresh());
        reduction.addListener((o, was, r) -> refresh());
        meanOver.addListener((o, was, m) -> refresh());
        targets.addListener((o, was, t) -> refresh());
        refresh();
    }

    /**
     * The α vector that follows the app's α: the paper's binary convention carried over to C classes, class 0
     * (background) weighs 1 − α and every foreground class α, so that for C = 2 each example's loss is
     * exactly the app's α-balanced focal loss (a softmax of two logits is the sigmoid of their difference); with α off every class weighs 1 (the snippets then pass no α at all).
     */
    static double[] followingAlpha(Parameters p, int classes) {
        double[] v = new double[classes];
        for (int i = 0; i < classes; i++) {
            v[i] = !p.alphaEnabled() ? 1.0 : i == 0 ? 1.0 - p.alpha() : p.alpha();
        }
        return v;
    }

    private void updateAlphaVector() {
        alphaVector = !typed.get().isEmpty() && typed.get().size() == classes.get() ? array(typed.get())
                : followingAlpha(parameters.parameters(), classes.get());
        alphaVectorFollowsAlpha.set(typed.get().isEmpty());
        alphaVectorText.set(AlphaVectorText.format(alphaVector));
    }

    private void refresh() {
        Parameters p = parameters.parameters();
        CodeSettings s = new CodeSettings(variant.get(), p.focal(), reduction.get(),
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
     * Takes typed text as the α vector if it is one number ≥ 0 per class with a positive sum (empty text: the
     * vector follows the app's α again); otherwise says why in {@link #alphaVectorErrorProperty()} and keeps
     * the vector.
     *
     * @return whether the text was accepted
     */
    public boolean submitAlphaVector(String typed) {
        String shown = typed == null ? "" : typed.strip();
        if (shown.isEmpty()) { // an emptied field: follow the app's α again
            setTypedAlphaVector(null);
            return true;
        }
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
        setTypedAlphaVector(v);
        return true;
    }

    /**
     * Fixes the α vector to {@code v} (one weight ≥ 0 per class, positive sum), or with null lets it follow the
     * app's α again. A loaded session uses this; the user types through {@link #submitAlphaVector}.
     */
    public void setTypedAlphaVector(double[] v) {
        if (v != null && v.length != classes.get()) {
            throw new IllegalArgumentException("alphaVector has " + v.length + " weights, expected " + classes.get());
        }
        alphaVectorError.set("");
        typed.set(v == null ? List.of() : list(v));
    }

    private static List<Double> list(double[] v) {
        List<Double> l = new ArrayList<>();
        for (double d : v) {
            l.add(d);
        }
        return List.copyOf(l);
    }

    private static double[] array(List<Double> l) {
        double[] v = new double[l.size()];
        for (int i = 0; i < v.length; i++) {
            v[i] = l.get(i);
        }
        return v;
    }

    /** The α vector the user typed, or empty while it follows the app's α. */
    public Optional<double[]> typedAlphaVector() {
        return typed.get().isEmpty() ? Optional.empty() : Optional.of(array(typed.get()));
    }

    /** Whether the α vector follows the app's α (nothing typed, or the field emptied). */
    public ReadOnlyBooleanProperty alphaVectorFollowsAlphaProperty() {
        return alphaVectorFollowsAlpha.getReadOnlyProperty();
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
