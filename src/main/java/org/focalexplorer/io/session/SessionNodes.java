package org.focalexplorer.io.session;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.function.Function;
import org.focalexplorer.io.session.SessionFormatException.Reason;
import org.focalexplorer.toy.Activation;
import org.focalexplorer.toy.DatasetKind;
import org.focalexplorer.toy.ModelSpec;
import org.focalexplorer.toy.OptimizerKind;

/** {@link ExplorerState} to and from the JSON tree of format version 1 (keys snake_case). */
final class SessionNodes {
    static final String FORMAT = "focal-explorer-session";
    static final int VERSION = 1;
    /** JSON has no infinity: the classifier's "as fast as possible" speed is written as this word. */
    private static final String MAX_SPEED = "max";
    /** The code panel's α vector when it follows the app's α instead of being typed. */
    private static final String FOLLOWS_ALPHA = "follows_alpha";
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private SessionNodes() {}

    static ObjectNode toNode(ExplorerState s) {
        ObjectNode o = NODES.objectNode();
        o.put("format", FORMAT);
        o.put("version", VERSION);
        o.put("language", s.language());
        ObjectNode lesson = o.putObject("lesson");
        lesson.put("id", s.lesson().id());
        lesson.put("step", s.lesson().step());
        LossState l = s.loss();
        ObjectNode loss = o.putObject("loss");
        loss.put("alpha_enabled", l.alphaEnabled());
        loss.put("alpha", l.alpha());
        loss.put("gamma", l.gamma());
        loss.put("beta", l.beta());
        CurveState c = s.curves();
        ObjectNode curves = o.putObject("curves");
        curves.put("alpha_ce", c.alphaCe());
        curves.put("fl", c.fl());
        curves.put("fl_star", c.flStar());
        curves.put("paper_family", c.paperFamily());
        curves.put("x_axis", c.xAxis());
        curves.put("y_scale", c.yScale());
        ObjectNode probe = o.putObject("probe");
        probe.put("axis", s.probe().axis());
        probe.put("value", s.probe().value());
        o.set("classifier", classifier(s.classifier()));
        ViewState v = s.view();
        ObjectNode view = o.putObject("view");
        view.put("feature", v.feature());
        view.put("font_scale", v.fontScale());
        view.put("side_panel_shown", v.sidePanelShown());
        view.put("side_divider", v.sideDivider());
        view.put("side_tab", v.sideTab());
        o.set("code", code(s.code()));
        return o;
    }

    private static ObjectNode code(CodeState c) {
        ObjectNode o = NODES.objectNode();
        o.put("framework", c.framework());
        o.put("variant", c.variant());
        o.put("reduction", c.reduction());
        o.put("mean_over", c.meanOver());
        o.put("targets", c.targets());
        o.put("classes", c.classes());
        if (c.followsAlpha()) {
            o.put("alpha_vector", FOLLOWS_ALPHA);
        } else {
            c.alphaVector().forEach(o.putArray("alpha_vector")::add);
        }
        return o;
    }

    private static ObjectNode classifier(ClassifierState c) {
        ObjectNode o = NODES.objectNode();
        o.put("dataset", c.dataset().id());
        o.put("positive_fraction", c.positiveFraction());
        o.put("points", c.points());
        o.put("noise", c.noise());
        o.put("label_noise", c.labelNoise());
        o.put("seed", c.seed());
        o.put("model", c.model());
        ArrayNode hidden = o.putArray("hidden");
        c.hidden().forEach(hidden::add);
        o.put("activation", c.activation().id());
        o.put("prior_init", c.priorInit());
        o.put("optimizer", c.optimizer().id());
        o.put("learning_rate", c.learningRate());
        o.put("batch", c.batch());
        o.put("batch_size", c.batchSize());
        o.put("reference", c.reference());
        o.put("reference_alpha", c.referenceAlpha());
        if (c.speed() == Double.POSITIVE_INFINITY) {
            o.put("speed", MAX_SPEED);
        } else {
            o.put("speed", c.speed());
        }
        o.put("figure4", c.figure4());
        return o;
    }

    /** The state in a parsed session; unknown fields are listed, not refused. */
    static SessionRead fromNode(JsonNode root) throws SessionFormatException {
        if (root == null || !root.isObject()) {
            throw new SessionFormatException(Reason.NOT_A_SESSION,
                    "expected a JSON object, found " + (root == null ? "nothing" : JsonFields.describe(root)));
        }
        JsonNode format = root.get("format");
        if (format == null || !format.isTextual() || !format.textValue().equals(FORMAT)) {
            throw new SessionFormatException(Reason.NOT_A_SESSION,
                    "format = " + (format == null ? "missing" : JsonFields.describe(format)) + ", expected \"" + FORMAT + "\"");
        }
        JsonNode version = root.get("version");
        if (version == null || !version.isIntegralNumber() || !version.canConvertToInt() || version.intValue() != VERSION) {
            throw new SessionFormatException(Reason.WRONG_VERSION, version == null ? "missing" : JsonFields.describe(version));
        }
        JsonFields top = JsonFields.top((ObjectNode) root);
        top.text("format");
        top.integer("version");
        try {
            ExplorerState s = new ExplorerState(loss(top.object("loss")), curves(top.object("curves")),
                    probe(top.object("probe")), classifier(top.object("classifier")), view(top.object("view")),
                    lesson(top.object("lesson")), top.text("language"),
                    optionalCode(top));
            return new SessionRead(s, top.unknownFields());
        } catch (IllegalArgumentException e) {
            throw new SessionFormatException(Reason.INVALID_VALUE, e.getMessage(), e);
        }
    }

    private static LossState loss(JsonFields f) throws SessionFormatException {
        return new LossState(f.bool("alpha_enabled"), f.number("alpha"), f.number("gamma"), f.number("beta"));
    }

    private static CurveState curves(JsonFields f) throws SessionFormatException {
        return new CurveState(f.bool("alpha_ce"), f.bool("fl"), f.bool("fl_star"), f.bool("paper_family"),
                f.text("x_axis"), f.text("y_scale"));
    }

    private static ProbeState probe(JsonFields f) throws SessionFormatException {
        return new ProbeState(f.text("axis"), f.number("value"));
    }

    private static ClassifierState classifier(JsonFields f) throws SessionFormatException {
        return new ClassifierState(id(f.text("dataset"), DatasetKind::fromId), f.number("positive_fraction"),
                f.integer("points"), f.number("noise"), f.number("label_noise"), f.integer("seed"), f.text("model"),
                f.integers("hidden", ModelSpec.MAX_HIDDEN_LAYERS), id(f.text("activation"), Activation::fromId),
                f.bool("prior_init"), id(f.text("optimizer"), OptimizerKind::fromId), f.number("learning_rate"),
                f.text("batch"), f.integer("batch_size"), f.text("reference"), f.number("reference_alpha"),
                f.numberOr("speed", MAX_SPEED, Double.POSITIVE_INFINITY), f.text("figure4"));
    }

    /** A toy enum by its id; its refusal ("dataset = …") gets the field's full path. */
    private static <T> T id(String value, Function<String, T> parse) {
        try {
            return parse.apply(value);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("classifier." + e.getMessage(), e);
        }
    }

    private static ViewState view(JsonFields f) throws SessionFormatException {
        return new ViewState(f.text("feature"), f.integer("font_scale"), f.bool("side_panel_shown"),
                f.number("side_divider"), f.textOr("side_tab", ViewState.DEFAULT_SIDE_TAB));
    }

    /** The code section was added within version 1: a file written before it has none and gets the defaults. */
    private static CodeState optionalCode(JsonFields top) throws SessionFormatException {
        java.util.Optional<JsonFields> f = top.optionalObject("code");
        return f.isPresent() ? code(f.get()) : CodeState.DEFAULT;
    }

    private static CodeState code(JsonFields f) throws SessionFormatException {
        return new CodeState(f.text("framework"), f.text("variant"), f.text("reduction"), f.text("mean_over"),
                f.text("targets"), f.integer("classes"), f.numbersOr("alpha_vector", FOLLOWS_ALPHA, CodeState.MAX_CLASSES));
    }

    private static LessonState lesson(JsonFields f) throws SessionFormatException {
        return new LessonState(f.integer("id"), f.integer("step"));
    }
}
