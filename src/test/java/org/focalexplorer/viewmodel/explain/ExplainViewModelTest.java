package org.focalexplorer.viewmodel.explain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Locale;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.focalexplorer.loss.FocalCurves;
import org.focalexplorer.viewmodel.TestMessages;
import org.focalexplorer.settings.XAxis;
import org.focalexplorer.settings.Feature;
import org.focalexplorer.viewmodel.parameters.ParameterViewModel;
import org.focalexplorer.viewmodel.parameters.Preset;
import org.focalexplorer.viewmodel.probe.ProbeViewModel;
import org.focalexplorer.viewmodel.text.Messages;
import org.junit.jupiter.api.Test;

/** The explanations' live formulas: substituted with the current values, and their numbers the core's. */
class ExplainViewModelTest {
    private final Messages m = TestMessages.english();
    private final ParameterViewModel parameters = new ParameterViewModel(m);
    private final ProbeViewModel probe = new ProbeViewModel(parameters, m);
    private final ObjectProperty<Feature> feature = new SimpleObjectProperty<>(Feature.CURVES);
    private final ExplainViewModel vm = new ExplainViewModel(parameters, probe, m, feature);

    private Formula formula(ExplainSection s, int i) {
        return vm.content().formulas(s).get(i);
    }

    @Test
    void the_papers_example_fl_of_0_9_at_alpha_0_25_gamma_2_is_0_000263() {
        parameters.apply(Preset.PAPER_DEFAULT);
        Formula fl = formula(ExplainSection.FOCAL_TERM, 0);
        // 0.000263, written as the app writes every number below 0.001 (NumberText): 2.63×10⁻⁴.
        assertThat(fl.live().plain()).isEqualTo("FL(0.9) = −0.25 · (1 − 0.9)^2 · log 0.9 = 2.63×10⁻⁴");
        assertThat(fl.live().latex()).contains("-0.25 \\cdot (1 - 0.9)^{2} \\cdot \\log 0.9")
                .endsWith("= 2.63 \\times 10^{-4}\\end{aligned}");
        assertThat(fl.general().latex()).isEqualTo("\\mathrm{FL}(p_t) = -\\alpha_t\\,(1 - p_t)^{\\gamma}\\,\\log p_t");
        assertThat(fl.value()).isEqualTo(FocalCurves.fl(0.9, 0.25, 2.0));
        assertThat(fl.value()).isCloseTo(0.25 * 0.01 * -Math.log(0.9), within(1e-17));
    }

    @Test
    void alpha_off_drops_the_alpha_factor_and_says_so() {
        assertThat(parameters.alphaEnabledProperty().get()).isFalse();
        Formula fl = formula(ExplainSection.FOCAL_TERM, 0);
        assertThat(fl.live().plain()).isEqualTo("FL(0.9) = −(1 − 0.9)^2 · log 0.9 = 0.00105");
        assertThat(fl.value()).isEqualTo(FocalCurves.fl(0.9, 1.0, 2.0));
        assertThat(formula(ExplainSection.ALPHA, 0).live().plain()).isEqualTo("αₜ = 1");
        assertThat(formula(ExplainSection.ALPHA, 1).value()).isEqualTo(FocalCurves.ce(0.9));
        assertThat(vm.content().note(ExplainSection.ALPHA)).isEqualTo(m.get("explain.alpha.off"));

        parameters.alphaEnabledProperty().set(true);
        assertThat(formula(ExplainSection.ALPHA, 0).live().plain()).isEqualTo("αₜ = 0.25 (y = 1); 1 − 0.25 = 0.75 (y = 0)");
        assertThat(formula(ExplainSection.ALPHA, 1).value()).isEqualTo(FocalCurves.fl(0.9, 0.25, 0.0));
        assertThat(vm.content().note(ExplainSection.ALPHA)).isEmpty();
    }

    @Test
    void gamma_0_gives_cross_entropy_and_no_fl_star() {
        parameters.apply(Preset.CROSS_ENTROPY);
        Formula fl = formula(ExplainSection.FOCAL_TERM, 0);
        assertThat(fl.live().plain()).isEqualTo("FL(0.9) = −(1 − 0.9)^0 · log 0.9 = 0.105");
        assertThat(fl.value()).isEqualTo(FocalCurves.ce(0.9));
        assertThat(formula(ExplainSection.FOCAL_TERM, 1).value()).isEqualTo(1.0);
        assertThat(formula(ExplainSection.FL_STAR, 0).hasLive()).isFalse();
        assertThat(formula(ExplainSection.FL_STAR, 1).hasLive()).isFalse();
        assertThat(vm.content().note(ExplainSection.FL_STAR)).isEqualTo(m.get("explain.flStar.gammaZero"));
        assertThat(vm.content().note(ExplainSection.FOCAL_TERM)).isEqualTo(m.get("explain.focalTerm.gammaZero"));
        // Each section keeps its number of formulas, whatever the parameters.
        parameters.gamma().submit("2");
        assertThat(vm.content().formulas(ExplainSection.FL_STAR)).hasSize(2).allMatch(Formula::hasLive);
    }

    @Test
    void gamma_and_the_probe_are_substituted_live() {
        ExplainContent before = vm.content();
        assertThat(vm.content()).as("nothing changed: not recomputed").isSameAs(before);
        parameters.gamma().submit("5");
        assertThat(vm.content()).isNotSameAs(before);
        assertThat(formula(ExplainSection.FOCAL_TERM, 1).live().plain()).isEqualTo("(1 − 0.9)^5 = 10⁻⁵");
        assertThat(formula(ExplainSection.FOCAL_TERM, 1).live().latex()).isEqualTo("(1 - 0.9)^{5} = 10^{-5}");
        assertThat(formula(ExplainSection.FOCAL_TERM, 0).value()).isEqualTo(FocalCurves.fl(0.9, 1.0, 5.0));

        assertThat(probe.submitProbability("0.25")).isTrue();
        Formula ce = formula(ExplainSection.CROSS_ENTROPY, 1);
        assertThat(ce.live().plain()).isEqualTo("CE(0.25) = −log 0.25 = 1.39");
        assertThat(ce.value()).isEqualTo(FocalCurves.ce(0.25));
        Formula grad = formula(ExplainSection.GRADIENT, 1);
        assertThat(grad.live().plain()).startsWith("∂FL/∂xₜ = (1 − 0.25)^5 · (5 · 0.25 · log 0.25 + 0.25 − 1) = ");
        assertThat(grad.value()).isEqualTo(FocalCurves.flGradient(FocalCurves.logitOf(0.25), 1.0, 5.0));
        assertThat(formula(ExplainSection.GRADIENT, 0).value()).isEqualTo(FocalCurves.ceGradient(FocalCurves.logitOf(0.25)));
    }

    @Test
    void fl_star_substitutes_gamma_beta_and_a_negative_logit_in_parentheses() {
        parameters.beta().submit("-1");
        probe.moveTo(XAxis.LOGIT, -1.5);
        Formula star = formula(ExplainSection.FL_STAR, 0);
        assertThat(star.live().plain()).isEqualTo("FL* = −log σ(2 · (−1.5) + (−1)) / 2 = "
                + org.focalexplorer.text.NumberText.format(star.value(), 3));
        assertThat(star.live().latex()).contains("\\sigma(2 \\cdot (-1.5) + (-1))");
        assertThat(star.value()).isEqualTo(FocalCurves.flStarOfLogit(-1.5, 2.0, -1.0));
        // FL* = softplus(−(γx + β))/γ = log(1 + e⁴)/2 at x = −1.5, β = −1.
        assertThat(star.value()).isCloseTo(Math.log1p(Math.exp(4.0)) / 2.0, within(1e-14));
        assertThat(formula(ExplainSection.FL_STAR, 1).value())
                .isCloseTo(-1.0 / (1.0 + Math.exp(-4.0)), within(1e-15));
    }

    @Test
    void the_prior_initialisation_is_minus_log_99_and_starts_at_0_01() {
        parameters.apply(Preset.PAPER_DEFAULT);
        Formula bias = formula(ExplainSection.PRIOR, 0);
        assertThat(bias.value()).isCloseTo(-Math.log(99.0), within(1e-14));
        assertThat(bias.live().plain()).isEqualTo("b = −log((1 − 0.01) / 0.01) = −4.595");
        assertThat(bias.live().latex()).contains("\\frac{1 - 0.01}{0.01}").contains("-4.595");
        assertThat(formula(ExplainSection.PRIOR, 1).value()).isCloseTo(0.01, within(1e-15));
        // A negative starts at p_t = 0.99 and weighs 1 − α = 0.75.
        Formula negative = formula(ExplainSection.PRIOR, 2);
        assertThat(negative.live().plain()).startsWith("FL(0.99) = −0.75 · (1 − 0.99)^2 · log 0.99 = ");
        assertThat(negative.value()).isEqualTo(FocalCurves.fl(0.99, 0.75, 2.0));
        assertThat(negative.value()).isCloseTo(0.75 * 1e-4 * -Math.log(0.99), within(1e-18));
    }

    @Test
    void no_formula_has_a_character_latex_fonts_lack() {
        for (Preset p : Preset.values()) {
            parameters.apply(p);
            for (double pt : new double[] {0.001, 0.5, 0.9, 0.999}) {
                probe.submitProbability(Double.toString(pt));
                for (List<Formula> fs : vm.content().formulas().values()) {
                    for (Formula f : fs) {
                        assertThat(f.general().latex()).matches("\\p{ASCII}*");
                        if (f.hasLive()) {
                            assertThat(f.live().latex()).as(f.live().plain()).matches("\\p{ASCII}*");
                        }
                    }
                }
            }
        }
    }

    @Test
    void the_sections_about_the_tab_shown_are_marked() {
        assertThat(vm.relevantProperty(ExplainSection.GRADIENT).get()).isTrue();
        assertThat(vm.relevantProperty(ExplainSection.PRIOR).get()).isFalse();
        feature.set(Feature.CLASSIFIER);
        assertThat(vm.relevantProperty(ExplainSection.GRADIENT).get()).isFalse();
        assertThat(vm.relevantProperty(ExplainSection.PRIOR).get()).isTrue();
        assertThat(vm.relevantProperty(ExplainSection.ALPHA).get()).isTrue();
    }

    @Test
    void every_section_has_a_title_and_prose_in_english_and_chinese() {
        for (Locale l : new Locale[] {Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE}) {
            Messages messages = Messages.forLocale(l);
            ExplainViewModel localised = new ExplainViewModel(parameters, probe, messages, feature);
            for (ExplainSection s : ExplainSection.values()) {
                assertThat(localised.title(s)).doesNotStartWith("!");
                assertThat(localised.paragraphs(s)).isNotEmpty().noneMatch(p -> p.startsWith("!") || p.isBlank());
            }
        }
    }
}
