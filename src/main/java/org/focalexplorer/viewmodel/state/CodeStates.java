package org.focalexplorer.viewmodel.state;

import java.util.ArrayList;
import java.util.List;
import org.focalexplorer.io.session.CodeState;
import org.focalexplorer.loss.Reduction;
import org.focalexplorer.settings.CodeVariant;
import org.focalexplorer.viewmodel.code.CodeViewModel;
import org.focalexplorer.settings.Framework;
import org.focalexplorer.settings.MeanOver;
import org.focalexplorer.settings.TargetKind;

/** The code panel's part of the state: captured from, checked against and applied to its view model. */
final class CodeStates {
    private CodeStates() {}

    static CodeState capture(CodeViewModel c) {
        List<Double> typed = new ArrayList<>();
        c.typedAlphaVector().ifPresent(v -> {
            for (double d : v) {
                typed.add(d);
            }
        });
        return new CodeState(Ids.of(c.frameworkProperty().get()), Ids.of(c.variantProperty().get()),
                Ids.of(c.reductionProperty().get()), Ids.of(c.meanOverProperty().get()), Ids.of(c.targetsProperty().get()),
                c.classesProperty().get(), typed);
    }

    /** What the schema cannot know: the ids are the panel's, the variant is the framework's, 2–10 classes. */
    static void validate(CodeState s) {
        Framework f = Ids.parse(Framework.class, "code.framework", s.framework());
        CodeVariant v = Ids.parse(CodeVariant.class, "code.variant", s.variant());
        if (v.framework() != f) {
            throw new IllegalArgumentException("code.variant = \"" + s.variant() + "\": not a call of framework \""
                    + s.framework() + "\"");
        }
        Reduction r = Ids.parse(Reduction.class, "code.reduction", s.reduction());
        if (!CodeViewModel.REDUCTIONS.contains(r)) {
            throw new IllegalArgumentException("code.reduction = \"" + s.reduction() + "\": not a choice of the explorer");
        }
        Ids.parse(MeanOver.class, "code.mean_over", s.meanOver());
        Ids.parse(TargetKind.class, "code.targets", s.targets());
        if (s.classes() < CodeViewModel.MIN_CLASSES || s.classes() > CodeViewModel.MAX_CLASSES) {
            throw new IllegalArgumentException("code.classes = " + s.classes() + ": must be in ["
                    + CodeViewModel.MIN_CLASSES + ", " + CodeViewModel.MAX_CLASSES + "]");
        }
    }

    /** Sets every option; {@link #validate} has passed. The classes come before the vector that has one weight each. */
    static void apply(CodeViewModel c, CodeState s) {
        c.variantProperty().set(Ids.parse(CodeVariant.class, "code.variant", s.variant()));
        c.frameworkProperty().set(Ids.parse(Framework.class, "code.framework", s.framework()));
        c.reductionProperty().set(Ids.parse(Reduction.class, "code.reduction", s.reduction()));
        c.meanOverProperty().set(Ids.parse(MeanOver.class, "code.mean_over", s.meanOver()));
        c.targetsProperty().set(Ids.parse(TargetKind.class, "code.targets", s.targets()));
        c.classesProperty().set(s.classes());
        if (s.followsAlpha()) {
            c.setTypedAlphaVector(null);
        } else {
            double[] v = new double[s.alphaVector().size()];
            for (int i = 0; i < v.length; i++) {
                v[i] = s.alphaVector().get(i);
            }
            c.setTypedAlphaVector(v);
        }
    }
}
