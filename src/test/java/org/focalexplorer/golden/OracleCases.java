package org.focalexplorer.golden;

import com.fasterxml.jackson.databind.JsonNode;
import org.focalexplorer.io.LossCase;
import org.focalexplorer.io.LossCaseEvaluator;
import org.focalexplorer.loss.BinaryFocalParams;
import org.focalexplorer.loss.CrossEntropyLoss;
import org.focalexplorer.loss.Reduction;
import org.focalexplorer.loss.SmpFocalLoss;
import org.focalexplorer.loss.SmpMode;

/** A golden case evaluated by the independent {@link ExactOracle} (BigDecimal), for where torch saturates. */
final class OracleCases {
    private OracleCases() {}

    static ExactOracle.Result evaluate(LossCase c, String reduction) {
        JsonNode p = c.params();
        switch (c.fn()) {
            case LossCaseEvaluator.TORCHVISION:
                return ExactOracle.binaryFocal(c.logits(), c.targets(), c.shape(),
                        BinaryFocalParams.torchvision(num(p, "alpha", 0.25), num(p, "gamma", 2.0)), Reduction.fromId(reduction));
            case LossCaseEvaluator.BCE:
                return ExactOracle.binaryFocal(c.logits(), c.targets(), c.shape(), BinaryFocalParams.torchvision(-1, 0), Reduction.fromId(reduction));
            case LossCaseEvaluator.SMP_FUNCTIONAL:
                return ExactOracle.binaryFocal(c.logits(), c.targets(), c.shape(),
                        BinaryFocalParams.smp(opt(p, "alpha"), num(p, "gamma", 2.0), p.path("normalized").asBoolean(false),
                                opt(p, "reduced_threshold"), num(p, "eps", 1e-6)), Reduction.fromId(reduction));
            case LossCaseEvaluator.SMP_MULTICLASS:
                return ExactOracle.smpMulticlass(c.logits(), c.shape(), c.labels(),
                        SmpFocalLoss.Settings.of(SmpMode.MULTICLASS, opt(p, "alpha"), num(p, "gamma", 2.0), optInt(p, "ignore_index"),
                                p.path("normalized").asBoolean(false), opt(p, "reduced_threshold")), Reduction.fromId(reduction));
            case LossCaseEvaluator.SOFTMAX_SEED:
                return ExactOracle.softmaxFocal(c.logits(), c.shape(), c.labels(), num(p, "gamma", 2.0), vector(p, "alpha"));
            case LossCaseEvaluator.CROSS_ENTROPY: {
                Integer ignore = optInt(p, "ignore_index");
                return ExactOracle.crossEntropy(c.logits(), c.shape(), c.labels(), vector(p, "weight"),
                        ignore == null ? CrossEntropyLoss.TORCH_DEFAULT_IGNORE_INDEX : ignore, Reduction.fromId(reduction));
            }
            case LossCaseEvaluator.SMP_WRAPPER:
                return smpWrapperBinary(c, reduction);
            default:
                throw new IllegalArgumentException("no oracle for " + c.fn());
        }
    }

    /** smp FocalLoss binary/multilabel: flatten, drop targets == ignore_index, binary FL, scatter the gradient back. */
    private static ExactOracle.Result smpWrapperBinary(LossCase c, String reduction) {
        JsonNode p = c.params();
        Integer ignore = optInt(p, "ignore_index");
        int n = c.logits().length;
        int[] idx = new int[n];
        int k = 0;
        for (int i = 0; i < n; i++) {
            if (ignore == null || c.targets()[i] != ignore) {
                idx[k++] = i;
            }
        }
        double[] x = new double[k];
        double[] t = new double[k];
        for (int j = 0; j < k; j++) {
            x[j] = c.logits()[idx[j]];
            t[j] = c.targets()[idx[j]];
        }
        ExactOracle.Result r = ExactOracle.binaryFocal(x, t, new int[] {k},
                BinaryFocalParams.smp(opt(p, "alpha"), num(p, "gamma", 2.0), p.path("normalized").asBoolean(false),
                        opt(p, "reduced_threshold")), Reduction.fromId(reduction));
        double[] grad = new double[n];
        for (int j = 0; j < k; j++) {
            grad[idx[j]] = r.grad()[j];
        }
        return new ExactOracle.Result(r.loss(), grad);
    }

    private static double num(JsonNode p, String key, double dflt) {
        return p.has(key) ? Golden.toDouble(p.get(key)) : dflt;
    }

    private static Double opt(JsonNode p, String key) {
        return p.hasNonNull(key) ? Golden.toDouble(p.get(key)) : null;
    }

    private static Integer optInt(JsonNode p, String key) {
        return p.hasNonNull(key) ? p.get(key).intValue() : null;
    }

    private static double[] vector(JsonNode p, String key) {
        return p.hasNonNull(key) ? Golden.flat(p.get(key)) : null;
    }
}
