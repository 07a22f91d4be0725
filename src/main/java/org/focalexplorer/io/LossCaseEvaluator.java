package org.focalexplorer.io;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.Map;
import org.focalexplorer.loss.BceWithLogits;
import org.focalexplorer.loss.BinaryFocalLoss;
import org.focalexplorer.loss.BinaryFocalParams;
import org.focalexplorer.loss.CrossEntropyLoss;
import org.focalexplorer.loss.FlStar;
import org.focalexplorer.loss.LabelTensor;
import org.focalexplorer.loss.LossOutput;
import org.focalexplorer.loss.Reduction;
import org.focalexplorer.loss.SmpFocalLoss;
import org.focalexplorer.loss.SmpMode;
import org.focalexplorer.loss.SoftmaxFocalLoss;
import org.focalexplorer.loss.Tensor;

/**
 * Computes a {@link LossCase} with the loss core: maps each reference function name of the golden
 * format, and its parameters with the reference's own defaults, onto the core.
 */
public final class LossCaseEvaluator {
    public static final String TORCHVISION = "torchvision.ops.sigmoid_focal_loss";
    public static final String SMP_FUNCTIONAL = "smp.focal_loss_with_logits";
    public static final String SMP_WRAPPER = "smp.FocalLoss";
    public static final String SMP_MULTICLASS = "smp.FocalLoss(mode=multiclass)";
    public static final String SOFTMAX_SEED = "seed.focal_loss (softmax, per-class alpha)";
    public static final String BCE = "torch.nn.functional.binary_cross_entropy_with_logits";
    public static final String CROSS_ENTROPY = "torch.nn.functional.cross_entropy";
    public static final String FL_STAR = "paper.fl_star";
    /** The softmax family's only reduction. */
    public static final String ALPHA_WEIGHTED_MEAN = "alpha_weighted_mean";

    /** Longest message of the core quoted in a case error. */
    private static final int CORE_MESSAGE_CHARS = 240;

    private LossCaseEvaluator() {}

    /** The loss and gradient for each of the case's reductions, in order. */
    public static Map<String, LossOutput> evaluate(LossCase c) {
        Map<String, LossOutput> out = new LinkedHashMap<>();
        for (String r : c.reductions()) {
            try {
                out.put(r, evaluate(c, r));
            } catch (CaseFormatException e) {
                throw e;
            } catch (IllegalArgumentException e) {
                // the core's message may quote values from the file: escaped and cut like the reader's own
                throw new CaseFormatException(c.id(), fieldOf(e.getMessage()), CaseFormatException.brief(e.getMessage(), CORE_MESSAGE_CHARS));
            }
        }
        return out;
    }

    private static String fieldOf(String message) {
        if (message == null) {
            return "params";
        }
        for (String f : new String[] {"logits", "targets", "reduction"}) {
            if (message.startsWith(f)) {
                return f;
            }
        }
        return "params";
    }

    static LossOutput evaluate(LossCase c, String reductionName) {
        JsonNode p = c.params();
        switch (c.fn()) {
            case TORCHVISION: {
                BinaryFocalParams params = BinaryFocalParams.torchvision(num(c, "alpha", 0.25), num(c, "gamma", 2.0));
                return BinaryFocalLoss.compute(logits(c), targets(c), params, reduction(c, reductionName, false));
            }
            case SMP_FUNCTIONAL: {
                BinaryFocalParams params = BinaryFocalParams.smp(optNum(c, "alpha"), num(c, "gamma", 2.0),
                        bool(c, "normalized", false), optNum(c, "reduced_threshold"), num(c, "eps", 1e-6));
                return BinaryFocalLoss.compute(logits(c), targets(c), params, reduction(c, reductionName, true));
            }
            case SMP_WRAPPER:
            case SMP_MULTICLASS: {
                SmpMode mode = c.fn().equals(SMP_MULTICLASS) ? SmpMode.MULTICLASS : SmpMode.fromId(text(c, "mode"));
                SmpFocalLoss.Settings s = SmpFocalLoss.Settings.of(mode, optNum(c, "alpha"), num(c, "gamma", 2.0),
                        optInt(c, "ignore_index"), bool(c, "normalized", false), optNum(c, "reduced_threshold"));
                Reduction r = reduction(c, reductionName, true);
                return mode == SmpMode.MULTICLASS
                        ? SmpFocalLoss.compute(logits(c), labels(c), s, r)
                        : SmpFocalLoss.compute(logits(c), targets(c), s, r);
            }
            case SOFTMAX_SEED: {
                if (!ALPHA_WEIGHTED_MEAN.equals(reductionName)) {
                    throw new CaseFormatException(c.id(), "reductions", "\"" + CaseFormatException.brief(reductionName)
                            + "\": the softmax focal loss has only \"" + ALPHA_WEIGHTED_MEAN + "\"");
                }
                return SoftmaxFocalLoss.compute(logits(c), labels(c), num(c, "gamma", 2.0), vector(c, "alpha"));
            }
            case BCE:
                return BceWithLogits.compute(logits(c), targets(c), reduction(c, reductionName, false));
            case CROSS_ENTROPY: {
                Integer ignore = optInt(c, "ignore_index");
                return CrossEntropyLoss.compute(logits(c), labels(c), vector(c, "weight"),
                        ignore == null ? CrossEntropyLoss.TORCH_DEFAULT_IGNORE_INDEX : ignore, reduction(c, reductionName, false));
            }
            case FL_STAR:
                return FlStar.compute(logits(c), targets(c), num(c, "gamma", 2.0), num(c, "beta", 1.0), reduction(c, reductionName, false));
            default:
                throw new CaseFormatException(c.id(), "fn", "unknown function \"" + CaseFormatException.brief(c.fn()) + "\"; supported: "
                        + String.join(", ", TORCHVISION, SMP_FUNCTIONAL, SMP_WRAPPER, SMP_MULTICLASS, SOFTMAX_SEED, BCE, CROSS_ENTROPY, FL_STAR));
        }
        // not reached
    }

    private static Reduction reduction(LossCase c, String name, boolean batchwiseAllowed) {
        Reduction r;
        try {
            r = Reduction.fromId(name);
        } catch (IllegalArgumentException e) {
            throw new CaseFormatException(c.id(), "reductions", CaseFormatException.brief(e.getMessage(), CORE_MESSAGE_CHARS));
        }
        if (r == Reduction.BATCHWISE_MEAN && !batchwiseAllowed) {
            throw new CaseFormatException(c.id(), "reductions", "\"batchwise_mean\" exists only in smp");
        }
        return r;
    }

    private static Tensor logits(LossCase c) {
        return new Tensor(c.shape(), c.logits());
    }

    private static Tensor targets(LossCase c) {
        if (c.targets() == null) {
            throw new CaseFormatException(c.id(), "targets", c.fn() + " takes float targets of the logits' shape, not class labels with a target_shape");
        }
        return new Tensor(c.shape(), c.targets());
    }

    private static LabelTensor labels(LossCase c) {
        if (c.labels() == null) {
            throw new CaseFormatException(c.id(), "target_shape", c.fn() + " takes integer class labels: target_shape is required");
        }
        return new LabelTensor(c.targetShape(), c.labels());
    }

    private static double num(LossCase c, String key, double dflt) {
        JsonNode n = c.params().get(key);
        if (n == null) {
            return dflt;
        }
        Double d = JsonNumbers.toDouble(n);
        if (d == null) {
            throw new CaseFormatException(c.id(), "params." + key, "expected a number, found " + CaseFormatException.brief(n));
        }
        return d;
    }

    private static Double optNum(LossCase c, String key) {
        JsonNode n = c.params().get(key);
        return n == null || n.isNull() ? null : num(c, key, Double.NaN);
    }

    private static Integer optInt(LossCase c, String key) {
        JsonNode n = c.params().get(key);
        if (n == null || n.isNull()) {
            return null;
        }
        if (!n.isIntegralNumber() || !n.canConvertToInt()) {
            throw new CaseFormatException(c.id(), "params." + key, "expected an integer or null, found " + CaseFormatException.brief(n));
        }
        return n.intValue();
    }

    private static boolean bool(LossCase c, String key, boolean dflt) {
        JsonNode n = c.params().get(key);
        if (n == null) {
            return dflt;
        }
        if (!n.isBoolean()) {
            throw new CaseFormatException(c.id(), "params." + key, "expected true or false, found " + CaseFormatException.brief(n));
        }
        return n.booleanValue();
    }

    private static String text(LossCase c, String key) {
        JsonNode n = c.params().get(key);
        if (n == null || !n.isTextual()) {
            throw new CaseFormatException(c.id(), "params." + key, "expected a string, found " + CaseFormatException.brief(n));
        }
        return n.textValue();
    }

    private static double[] vector(LossCase c, String key) {
        JsonNode n = c.params().get(key);
        if (n == null || n.isNull()) {
            return null;
        }
        if (!n.isArray()) {
            throw new CaseFormatException(c.id(), "params." + key, "expected a list of numbers or null, found " + CaseFormatException.brief(n));
        }
        double[] v = new double[n.size()];
        for (int i = 0; i < v.length; i++) {
            Double d = JsonNumbers.toDouble(n.get(i));
            if (d == null) {
                throw new CaseFormatException(c.id(), "params." + key, "entry " + i + " = " + CaseFormatException.brief(n.get(i)) + " is not a number");
            }
            v[i] = d;
        }
        return v;
    }
}
