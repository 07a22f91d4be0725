package org.focalexplorer.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.focalexplorer.analysis.CumulativeLoss;
import org.focalexplorer.analysis.Curve;
import org.focalexplorer.analysis.LossShares;
import org.focalexplorer.analysis.TrainingAnalysis;
import org.focalexplorer.toy.ClassificationMetrics;
import org.focalexplorer.toy.DatasetSpec;
import org.focalexplorer.toy.Divergence;
import org.focalexplorer.loss.FocalSetting;
import org.focalexplorer.toy.ModelRole;
import org.focalexplorer.toy.ModelSpec;
import org.focalexplorer.toy.MulticlassDataSpec;
import org.focalexplorer.toy.MulticlassMetrics;
import org.focalexplorer.toy.MulticlassModelState;
import org.focalexplorer.toy.MulticlassSettings;
import org.focalexplorer.toy.MulticlassSnapshot;
import org.focalexplorer.toy.OptimizerSpec;
import org.focalexplorer.toy.Split;
import org.focalexplorer.toy.ThresholdMetrics;
import org.focalexplorer.toy.TrainingSettings;
import org.focalexplorer.toy.TrainingSnapshot;

/**
 * JSON objects of a training run (settings, metrics at a step, Figure 4, divergence), one object per
 * line when written with {@link #line}. Keys are snake_case; non-finite numbers are the strings "NaN",
 * "Infinity", "-Infinity" so that every line stays strict JSON; α is null when α weighting is off.
 */
public final class TrainingJson {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private TrainingJson() {}

    /** One line of compact JSON. */
    public static String line(ObjectNode node) {
        try {
            return MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** {@code {"type":"settings", ...}}: everything needed to repeat the run. */
    public static ObjectNode settings(TrainingSettings s, List<ModelRole> roles) {
        ObjectNode o = object("settings");
        DatasetSpec d = s.data();
        ObjectNode data = o.putObject("data");
        data.put("dataset", d.kind().id());
        data.set("positive_fraction", JsonNumbers.toNode(d.positiveFraction()));
        data.put("train_points", d.trainPoints());
        data.put("test_points", d.testPoints());
        data.set("noise", JsonNumbers.toNode(d.noise()));
        data.set("label_noise", JsonNumbers.toNode(d.labelNoise()));
        data.put("seed", d.seed());
        ModelSpec m = s.model();
        ObjectNode model = o.putObject("model");
        model.put("kind", m.isLogistic() ? "logistic" : "mlp");
        ArrayNode hidden = model.putArray("hidden");
        m.hidden().forEach(hidden::add);
        model.put("activation", m.activation().id());
        model.put("prior_init", m.priorInit());
        model.set("prior", JsonNumbers.toNode(m.prior()));
        OptimizerSpec opt = s.optimizer();
        ObjectNode optimizer = o.putObject("optimizer");
        optimizer.put("kind", opt.kind().id());
        optimizer.set("learning_rate", JsonNumbers.toNode(opt.learningRate()));
        optimizer.set("momentum", JsonNumbers.toNode(opt.momentum()));
        optimizer.put("batch_size", opt.batchSize());
        o.put("normalization", s.normalization().id());
        o.put("seed", s.seed());
        o.set("threshold", JsonNumbers.toNode(s.threshold()));
        ArrayNode models = o.putArray("models");
        for (ModelRole r : roles) {
            ObjectNode mo = models.addObject();
            mo.put("role", r.id());
            loss(mo, s.loss(r));
        }
        return o;
    }

    /** {@code {"type":"metrics", "step":…, "models":[…]}} for the given models, train and test. */
    public static ObjectNode metrics(String type, TrainingSnapshot s, TrainingAnalysis a, List<ModelRole> roles) {
        ObjectNode o = object(type);
        o.put("step", s.step());
        ArrayNode models = o.putArray("models");
        for (ModelRole r : roles) {
            ObjectNode mo = models.addObject();
            mo.put("role", r.id());
            loss(mo, s.model(r).loss());
            for (Split split : Split.values()) {
                ObjectNode so = mo.putObject(split.id());
                metrics(so, s.model(r).metrics(split));
                shares(so, a.shares(r).of(split));
            }
        }
        return o;
    }

    /** {@code {"type":"figure4", "step":…, "split":…, "curves":[{"gamma", "positives":{"x","y"}, "negatives":{…}}]}}. */
    public static ObjectNode figure4(long step, Split split, List<CumulativeLoss.Curves> curves) {
        ObjectNode o = object("figure4");
        o.put("step", step);
        o.put("model", ModelRole.FOCAL.id());
        o.put("split", split.id());
        ArrayNode list = o.putArray("curves");
        for (CumulativeLoss.Curves c : curves) {
            ObjectNode co = list.addObject();
            co.set("gamma", JsonNumbers.toNode(c.gamma()));
            co.set("positives", curve(c.positives()));
            co.set("negatives", curve(c.negatives()));
        }
        return o;
    }

    /** One model's figure over several seeds: mean, standard deviation and every seed's value. */
    public record Spread(double mean, double sd, List<Double> values) {}

    /** One model of a multi-seed summary: its role, its loss id and its figures by key, in order. */
    public record SeedModel(String role, String loss, java.util.Map<String, Spread> test) {}

    /** {@code {"type":"seeds", "step":…, "seeds":[…], "models":[{"role","loss","test":{key:{"mean","sd","values"}}}]}}. */
    public static ObjectNode seeds(long step, List<Long> seeds, List<SeedModel> models) {
        ObjectNode o = object("seeds");
        o.put("step", step);
        ArrayNode seedList = o.putArray("seeds");
        seeds.forEach(seedList::add);
        ArrayNode list = o.putArray("models");
        for (SeedModel m : models) {
            ObjectNode mo = list.addObject();
            mo.put("role", m.role());
            mo.put("loss", m.loss());
            ObjectNode test = mo.putObject("test");
            m.test().forEach((key, spread) -> {
                ObjectNode v = test.putObject(key);
                v.set("mean", JsonNumbers.toNode(spread.mean()));
                v.set("sd", JsonNumbers.toNode(spread.sd()));
                ArrayNode all = v.putArray("values");
                spread.values().forEach(x -> all.add(JsonNumbers.toNode(x)));
            });
        }
        return o;
    }

    /** {@code {"type":"settings", "classes":K, "frequencies":[…], …, "models":[id, …]}} of a multi-class run. */
    public static ObjectNode multiclassSettings(MulticlassSettings s) {
        ObjectNode o = object("settings");
        MulticlassDataSpec d = s.data();
        o.put("classes", d.classes());
        ArrayNode f = o.putArray("frequencies");
        d.frequencies().forEach(v -> f.add(JsonNumbers.toNode(v)));
        o.put("source", s.source().id());
        o.put("train_points", d.trainPoints());
        o.put("test_points", d.testPoints());
        o.put("batch_size", s.batchPoints());
        o.set("noise", JsonNumbers.toNode(d.noise()));
        o.put("seed", s.seed());
        ArrayNode a = o.putArray("alpha_vector");
        for (double v : s.params().alphaVector().values()) {
            a.add(JsonNumbers.toNode(v));
        }
        o.set("gamma", JsonNumbers.toNode(s.params().gamma()));
        if (s.params().focal().hasAlpha()) {
            o.set("ovr_alpha", JsonNumbers.toNode(s.params().focal().alpha()));
        } else {
            o.putNull("ovr_alpha");
        }
        ArrayNode models = o.putArray("models");
        s.losses().forEach(l -> models.add(l.id()));
        return o;
    }

    /**
     * {@code {"type":"metrics", "step":…, "models":[{"loss", "train":{"loss"}, "test":{"macro_ap", "accuracy",
     * "per_class":[…], "confusion":[[…]]}}]}}: the final line's figures plus accuracy, loss shares and confusion.
     */
    public static ObjectNode multiclassMetrics(MulticlassSnapshot s) {
        ObjectNode o = object("metrics");
        o.put("step", s.step());
        ArrayNode models = o.putArray("models");
        for (MulticlassModelState m : s.models()) {
            ObjectNode mo = multiclassModel(models.addObject(), m, true);
            ObjectNode test = (ObjectNode) mo.get("test");
            test.set("accuracy", JsonNumbers.toNode(m.test().accuracy()));
            ArrayNode cm = test.putArray("confusion");
            for (int[] row : m.test().confusion()) {
                ArrayNode r = cm.addArray();
                for (int v : row) {
                    r.add(v);
                }
            }
        }
        return o;
    }

    /**
     * Exactly {@code {"type":"final","models":[{"loss": id, "train": {"loss": …}, "test": {"macro_ap": …,
     * "per_class": [{"class": k, "frequency": …, "recall": …, "ap": …}, …]}}, …]}}.
     */
    public static ObjectNode multiclassFinal(MulticlassSnapshot s) {
        ObjectNode o = object("final");
        ArrayNode models = o.putArray("models");
        for (MulticlassModelState m : s.models()) {
            multiclassModel(models.addObject(), m, false);
        }
        return o;
    }

    private static ObjectNode multiclassModel(ObjectNode mo, MulticlassModelState m, boolean shares) {
        mo.put("loss", m.loss().id());
        mo.putObject("train").set("loss", JsonNumbers.toNode(m.trainLoss()));
        ObjectNode test = mo.putObject("test");
        test.set("macro_ap", JsonNumbers.toNode(m.test().macroAp()));
        ArrayNode per = test.putArray("per_class");
        for (MulticlassMetrics.ClassMetrics c : m.test().perClass()) {
            ObjectNode co = per.addObject();
            co.put("class", c.classIndex());
            co.set("frequency", JsonNumbers.toNode(c.frequency()));
            co.set("recall", JsonNumbers.toNode(c.recall()));
            co.set("ap", JsonNumbers.toNode(c.averagePrecision()));
            if (shares) {
                co.set("loss_share", JsonNumbers.toNode(m.lossShare(c.classIndex())));
            }
        }
        return mo;
    }

    /** {@code {"type":"diverged", "step":…, "models":[…], "cause":…, "value":…, "message":…}}. */
    public static ObjectNode divergence(Divergence d) {
        ObjectNode o = object("diverged");
        o.put("step", d.step());
        ArrayNode models = o.putArray("models");
        d.models().forEach(r -> models.add(r.id()));
        o.put("cause", d.cause().name().toLowerCase(java.util.Locale.ROOT));
        o.set("value", JsonNumbers.toNode(d.value()));
        o.put("message", d.message());
        return o;
    }

    private static ObjectNode object(String type) {
        ObjectNode o = JsonNumbers.NODES.objectNode();
        o.put("type", type);
        return o;
    }

    private static void loss(ObjectNode o, FocalSetting l) {
        o.put("loss", l.kindId());
        if (l.hasAlpha()) {
            o.set("alpha", JsonNumbers.toNode(l.alpha()));
        } else {
            o.putNull("alpha");
        }
        o.set("gamma", JsonNumbers.toNode(l.gamma()));
    }

    private static void metrics(ObjectNode o, ClassificationMetrics m) {
        o.put("examples", m.examples());
        o.put("positives", m.positives());
        o.set("loss", JsonNumbers.toNode(m.loss()));
        o.set("log_loss", JsonNumbers.toNode(m.logLoss()));
        o.set("ap", JsonNumbers.toNode(m.averagePrecision()));
        o.set("roc_auc", JsonNumbers.toNode(m.rocAuc()));
        o.set("minority_recall", JsonNumbers.toNode(m.minorityRecall()));
        o.set("ece", JsonNumbers.toNode(m.calibrationError()));
        o.set("at_half", threshold(m.atHalf()));
        o.set("at_threshold", threshold(m.atThreshold()));
    }

    private static ObjectNode threshold(ThresholdMetrics t) {
        ObjectNode o = JsonNumbers.NODES.objectNode();
        o.set("threshold", JsonNumbers.toNode(t.threshold()));
        o.put("tp", t.truePositives());
        o.put("fp", t.falsePositives());
        o.put("tn", t.trueNegatives());
        o.put("fn", t.falseNegatives());
        o.set("precision", JsonNumbers.toNode(t.precision()));
        o.set("recall", JsonNumbers.toNode(t.recall()));
        o.set("f1", JsonNumbers.toNode(t.f1()));
        return o;
    }

    private static void shares(ObjectNode o, LossShares s) {
        o.set("easy_negative_share", JsonNumbers.toNode(s.easyNegativeShare()));
        o.set("easy_negative_fraction", JsonNumbers.toNode(s.easyNegativeFraction()));
        o.set("hardest_fraction", JsonNumbers.toNode(s.hardestFraction()));
        o.set("hardest_share", JsonNumbers.toNode(s.hardestShare()));
        o.set("positive_share", JsonNumbers.toNode(s.positiveShare()));
    }

    private static ObjectNode curve(Curve c) {
        ObjectNode o = JsonNumbers.NODES.objectNode();
        ArrayNode x = o.putArray("x");
        ArrayNode y = o.putArray("y");
        for (int k = 0; k < c.size(); k++) {
            x.add(JsonNumbers.toNode(c.x(k)));
            y.add(JsonNumbers.toNode(c.y(k)));
        }
        return o;
    }
}
