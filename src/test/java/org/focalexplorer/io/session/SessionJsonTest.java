package org.focalexplorer.io.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.function.Consumer;
import org.focalexplorer.io.session.SessionFormatException.Reason;
import org.focalexplorer.settings.ProbePosition;
import org.focalexplorer.settings.SettingValues;
import org.focalexplorer.settings.Settings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SessionJsonTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @TempDir
    Path dir;

    private static byte[] sampleBytes() {
        return SessionJson.toBytes(SessionSamples.sample());
    }

    /** The sample's JSON, edited. */
    private static byte[] edited(Consumer<ObjectNode> edit) throws IOException {
        ObjectNode root = (ObjectNode) MAPPER.readTree(sampleBytes());
        edit.accept(root);
        return MAPPER.writeValueAsBytes(root);
    }

    private static SessionFormatException refusal(byte[] bytes) {
        try {
            SessionJson.parse(bytes);
        } catch (SessionFormatException e) {
            return e;
        }
        throw new AssertionError("accepted: " + new String(bytes, StandardCharsets.UTF_8));
    }

    private static SessionFormatException refusal(String text) {
        return refusal(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void a_state_survives_a_file_round_trip_exactly() throws Exception {
        Path file = dir.resolve("s.json");
        SessionJson.write(file, SessionSamples.sample());
        SessionRead read = SessionJson.read(file);
        assertThat(read.state()).isEqualTo(SessionSamples.sample());
        assertThat(read.unknownFields()).isEmpty();
    }

    @Test
    void doubles_that_have_no_short_decimal_survive_exactly() throws Exception {
        SettingValues s = SessionSamples.sample().with(Settings.ALPHA_ENABLED, false).with(Settings.ALPHA, 0.1 + 0.2)
                .with(Settings.GAMMA, Math.PI).with(Settings.BETA, -Math.E)
                .with(Settings.PROBE, ProbePosition.ofProbability(1.0 / 3.0));
        assertThat(SessionJson.parse(SessionJson.toBytes(s)).state()).isEqualTo(s);
    }

    private byte[] resource(String name) throws IOException {
        try (InputStream in = getClass().getResourceAsStream(name)) {
            return in.readAllBytes();
        }
    }

    @Test
    void the_hand_written_version_1_file_reads_as_the_sample() throws Exception {
        SessionRead read = SessionJson.parse(resource("/session/session-v1-code.json"));
        assertThat(read.state()).isEqualTo(SessionSamples.asWritten());
        assertThat(read.unknownFields()).isEmpty();
    }

    @Test
    void a_version_1_file_from_before_the_code_section_opens_with_the_code_panels_defaults() throws Exception {
        SessionRead read = SessionJson.parse(resource("/session/session-v1.json"));
        assertThat(read.state()).isEqualTo(SessionSamples.sampleWithoutCode());
        assertThat(read.state().only(x -> x.id().startsWith("code.")))
                .isEqualTo(SettingValues.defaults().only(x -> x.id().startsWith("code.")));
        assertThat(read.state().get(Settings.CODE_ALPHA_VECTOR)).isEmpty(); // follows α
        assertThat(read.unknownFields()).isEmpty();
        assertThat(SessionJson.parse(edited(r -> {
            r.remove("code");
            r.remove("multiclass");
            r.remove("sweep");
            obj(r, "classifier").remove("threshold");
            obj(r, "view").remove("side_tab");
            obj(r, "curves").remove("pinned");
        })).state()).isEqualTo(SessionSamples.sampleWithoutCode());
    }

    @Test
    void the_code_section_is_written_with_ids_and_an_alpha_vector_that_follows_alpha_as_a_word() throws Exception {
        JsonNode code = MAPPER.readTree(sampleBytes()).get("code");
        assertThat(code.get("variant").textValue()).isEqualTo("keras_categorical");
        assertThat(code.get("alpha_vector").isArray()).isTrue();
        SettingValues following = SessionSamples.sample()
                .with(SettingValues.defaults().only(x -> x.id().startsWith("code.")));
        JsonNode followingCode = MAPPER.readTree(SessionJson.toBytes(following)).get("code");
        assertThat(followingCode.get("alpha_vector").textValue()).isEqualTo("follows_alpha");
        assertThat(SessionJson.parse(SessionJson.toBytes(following)).state()).isEqualTo(following);
    }

    @Test
    void a_bad_code_section_is_refused_naming_its_field_and_value() throws Exception {
        assertInvalid(r -> r.put("code", 3), "code: expected an object");
        assertInvalid(r -> r.putNull("code"), "code: expected an object");
        assertInvalid(r -> obj(r, "code").put("framework", "jax"), "code.framework = \"jax\"");
        assertInvalid(r -> obj(r, "code").put("variant", "focal"), "code.variant = \"focal\"");
        assertInvalid(r -> obj(r, "code").put("reduction", "batchwise_mean"), "code.reduction = \"batchwise_mean\"");
        assertInvalid(r -> obj(r, "code").put("mean_over", "anchors"), "code.mean_over = \"anchors\"");
        assertInvalid(r -> obj(r, "code").put("targets", "fuzzy"), "code.targets = \"fuzzy\"");
        assertInvalid(r -> obj(r, "code").put("classes", 1), "code.classes = 1");
        assertInvalid(r -> obj(r, "code").remove("targets"), "code.targets is missing");
        assertInvalid(r -> obj(r, "view").put("side_tab", "glossary"), "view.side_tab = \"glossary\"");
        assertInvalid(r -> obj(r, "view").put("side_tab", 1), "view.side_tab: expected a string");
        assertInvalid(r -> obj(r, "code").put("alpha_vector", "follows"),
                "code.alpha_vector: expected a list of numbers or \"follows_alpha\"");
        assertInvalid(r -> obj(r, "code").putArray("alpha_vector").add(1).add(2), "code.alpha_vector: 2 weights");
        assertInvalid(r -> obj(r, "code").putArray("alpha_vector").add(1).add(-2).add(1).add(1),
                "code.alpha_vector[1] = -2.0");
        assertInvalid(r -> obj(r, "code").putArray("alpha_vector").add(0).add(0).add(0).add(0),
                "code.alpha_vector = [0.0, 0.0, 0.0, 0.0]");
        assertInvalid(r -> obj(r, "code").putArray("alpha_vector").add(1).add("2").add(1).add(1),
                "code.alpha_vector[1]: expected a number");
    }

    @Test
    void the_file_names_its_format_and_version() throws Exception {
        JsonNode root = MAPPER.readTree(sampleBytes());
        assertThat(root.get("format").textValue()).isEqualTo("focal-explorer-session");
        assertThat(root.get("version").intValue()).isEqualTo(1);
        assertThat(root.get("classifier").get("speed").textValue()).isEqualTo("max");
    }

    @Test
    void a_file_cut_anywhere_is_truncated() {
        byte[] full = sampleBytes();
        int lastBrace = new String(full, StandardCharsets.UTF_8).lastIndexOf('}');
        for (int cut = 0; cut < lastBrace; cut++) {
            SessionFormatException e = refusal(Arrays.copyOf(full, cut));
            assertThat(e.reason()).as("cut at %d", cut).isEqualTo(Reason.TRUNCATED);
        }
    }

    @Test
    void text_that_is_not_json_is_corrupt() {
        assertThat(refusal("this is not a session").reason()).isEqualTo(Reason.CORRUPT);
        assertThat(refusal(new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0}).reason()).isEqualTo(Reason.CORRUPT);
        String json = new String(sampleBytes(), StandardCharsets.UTF_8);
        assertThat(refusal(json.replaceFirst("\"version\" :", "\"version\" ;")).reason()).isEqualTo(Reason.CORRUPT);
        assertThat(refusal(json + "{}").reason()).as("trailing content").isEqualTo(Reason.CORRUPT);
        assertThat(refusal(json.replaceFirst("\\{", "{ \"language\" : \"en\",")).reason())
                .as("duplicate key").isEqualTo(Reason.CORRUPT);
    }

    @Test
    void deep_nesting_is_refused_without_exhausting_the_stack() {
        byte[] deep = new byte[SessionJson.MAX_BYTES];
        Arrays.fill(deep, (byte) '[');
        assertThat(refusal(deep).reason()).isIn(Reason.CORRUPT, Reason.TRUNCATED);
        String closed = "[".repeat(100_000) + "]".repeat(100_000);
        assertThat(refusal(closed).reason()).isEqualTo(Reason.CORRUPT);
    }

    @Test
    void numbers_beyond_double_or_int_are_refused() throws Exception {
        assertInvalid(r -> obj(r, "loss").put("alpha", new java.math.BigDecimal("1e400")), "loss.alpha = Infinity");
        assertInvalid(r -> obj(r, "classifier").put("seed", new java.math.BigInteger("99999999999999999999")),
                "classifier.seed: expected a whole number");
    }

    @Test
    void an_empty_file_is_truncated() {
        assertThat(refusal("").reason()).isEqualTo(Reason.TRUNCATED);
        assertThat(refusal(" \n ").reason()).isEqualTo(Reason.TRUNCATED);
    }

    @Test
    void an_over_large_file_is_refused_before_it_is_parsed() throws Exception {
        // A valid session padded with spaces: parsing would accept it, so only the size check can refuse it.
        byte[] valid = sampleBytes();
        byte[] padded = Arrays.copyOf(valid, SessionJson.MAX_BYTES + 1);
        Arrays.fill(padded, valid.length, padded.length, (byte) ' ');
        Path file = dir.resolve("big.json");
        Files.write(file, padded);
        assertThatThrownBy(() -> SessionJson.read(file)).isInstanceOfSatisfying(SessionFormatException.class,
                e -> assertThat(e.reason()).isEqualTo(Reason.TOO_LARGE));
        assertThat(refusal(padded).reason()).isEqualTo(Reason.TOO_LARGE);
        Files.write(file, Arrays.copyOf(padded, SessionJson.MAX_BYTES));
        assertThat(SessionJson.read(file).state()).isEqualTo(SessionSamples.sample());
    }

    @Test
    void json_that_is_not_a_session_is_refused() throws Exception {
        assertThat(refusal("[1, 2]").reason()).isEqualTo(Reason.NOT_A_SESSION);
        assertThat(refusal("42").reason()).isEqualTo(Reason.NOT_A_SESSION);
        assertThat(refusal("{\"type\":\"settings\"}").reason()).isEqualTo(Reason.NOT_A_SESSION);
        assertThat(refusal(edited(r -> r.put("format", "focal-explorer-lesson"))).reason()).isEqualTo(Reason.NOT_A_SESSION);
    }

    @Test
    void another_version_is_refused_and_named() throws Exception {
        SessionFormatException two = refusal(edited(r -> r.put("version", 2)));
        assertThat(two.reason()).isEqualTo(Reason.WRONG_VERSION);
        assertThat(two.detail()).isEqualTo("2");
        assertThat(refusal(edited(r -> r.put("version", 0))).reason()).isEqualTo(Reason.WRONG_VERSION);
        assertThat(refusal(edited(r -> r.put("version", "1"))).reason()).isEqualTo(Reason.WRONG_VERSION);
        assertThat(refusal(edited(r -> r.put("version", 1.5))).reason()).isEqualTo(Reason.WRONG_VERSION);
        assertThat(refusal(edited(r -> r.remove("version"))).reason()).isEqualTo(Reason.WRONG_VERSION);
    }

    @Test
    void a_bad_value_is_refused_naming_its_field_and_value() throws Exception {
        assertInvalid(r -> obj(r, "loss").put("alpha", 1.5), "loss.alpha = 1.5");
        assertInvalid(r -> obj(r, "loss").put("gamma", -1), "loss.gamma = -1.0");
        assertInvalid(r -> obj(r, "loss").put("gamma", "2"), "loss.gamma: expected a number, found \"2\"");
        assertInvalid(r -> obj(r, "loss").remove("beta"), "loss.beta is missing");
        assertInvalid(r -> r.remove("curves"), "curves is missing");
        assertInvalid(r -> r.put("curves", 3), "curves: expected an object");
        assertInvalid(r -> obj(r, "curves").put("x_axis", "sideways"), "curves.x_axis = \"sideways\"");
        assertInvalid(r -> obj(r, "curves").put("fl", 1), "curves.fl: expected true or false");
        assertInvalid(r -> obj(r, "probe").put("axis", "probability").put("value", 1.0), "probe.value = 1.0");
        assertInvalid(r -> obj(r, "classifier").put("dataset", "spiral"), "classifier.dataset = \"spiral\"");
        assertInvalid(r -> obj(r, "classifier").put("points", 5), "classifier.points = 5");
        assertInvalid(r -> obj(r, "classifier").put("points", 500.5), "classifier.points: expected a whole number");
        assertInvalid(r -> obj(r, "classifier").put("seed", 1e12), "classifier.seed: expected a whole number");
        assertInvalid(r -> obj(r, "classifier").putArray("hidden").add(16).add(0), "classifier.hidden[1] = 0");
        assertInvalid(r -> obj(r, "classifier").putArray("hidden").add(1).add(1).add(1).add(1).add(1),
                "classifier.hidden: 5 entries, at most 4");
        assertInvalid(r -> obj(r, "classifier").put("learning_rate", 0), "classifier.learning_rate = 0.0");
        assertInvalid(r -> obj(r, "classifier").put("speed", "fast"), "classifier.speed: expected a number or \"max\"");
        assertInvalid(r -> obj(r, "view").put("side_divider", 2), "view.side_divider = 2.0");
        assertInvalid(r -> r.put("language", "x".repeat(100)), "language = \"xxxx");
        assertInvalid(r -> obj(r, "lesson").put("step", -2), "lesson.step = -2");
        assertInvalid(r -> obj(r, "lesson").put("step", Settings.LESSON_STEPS), "lesson.step = " + Settings.LESSON_STEPS
                + ": out of range [0, " + (Settings.LESSON_STEPS - 1) + "]");
        assertInvalid(r -> obj(r, "lesson").put("id", 2), "lesson.id = 2");
        assertInvalid(r -> obj(r, "lesson").put("id", -1), "lesson.step = 3: must be -1 without a lesson");
        assertInvalid(r -> obj(r, "loss").put("gamma", 10.5), "loss.gamma = 10.5: out of range [0, 10]");
        assertInvalid(r -> obj(r, "view").put("font_scale", 300), "view.font_scale = 300: out of range [100, 200]");
        assertInvalid(r -> obj(r, "classifier").put("positive_fraction", 0.04), "classifier.positive_fraction = 0.04");
        assertInvalid(r -> obj(r, "code").put("variant", "torchvision"),
                "code.variant = \"torchvision\": not a call of framework \"keras\"");
    }

    private static ObjectNode obj(ObjectNode root, String name) {
        return (ObjectNode) root.get(name);
    }

    private static void assertInvalid(Consumer<ObjectNode> edit, String detail) throws IOException {
        SessionFormatException e = refusal(edited(edit));
        assertThat(e.reason()).as(detail).isEqualTo(Reason.INVALID_VALUE);
        assertThat(e.detail()).startsWith(detail);
    }

    @Test
    void unknown_fields_are_listed_and_the_rest_is_read() throws Exception {
        byte[] bytes = edited(r -> {
            r.put("comment", "from a newer version");
            obj(r, "loss").put("delta", 3);
            obj(r, "classifier").put("momentum", 0.95);
        });
        SessionRead read = SessionJson.parse(bytes);
        assertThat(read.state()).isEqualTo(SessionSamples.sample());
        assertThat(read.unknownFields()).containsExactlyInAnyOrder("comment", "loss.delta", "classifier.momentum");
    }

    @Test
    void class_names_in_the_file_are_only_unknown_fields() throws Exception {
        byte[] bytes = edited(r -> {
            r.put("@class", "java.lang.ProcessBuilder");
            obj(r, "loss").putArray("@type").add("java.net.URL").add("http://127.0.0.1/");
        });
        SessionRead read = SessionJson.parse(bytes);
        assertThat(read.state()).isEqualTo(SessionSamples.sample());
        assertThat(read.unknownFields()).containsExactlyInAnyOrder("@class", "loss.@type");
    }

    @Test
    void a_missing_file_is_unreadable() {
        assertThatThrownBy(() -> SessionJson.read(dir.resolve("nowhere.json")))
                .isInstanceOfSatisfying(SessionFormatException.class, e -> assertThat(e.reason()).isEqualTo(Reason.UNREADABLE));
    }

    @Test
    void reason_keys_are_camel_case() {
        assertThat(Reason.TOO_LARGE.key()).isEqualTo("tooLarge");
        assertThat(Reason.NOT_A_SESSION.key()).isEqualTo("notASession");
        assertThat(Reason.CORRUPT.key()).isEqualTo("corrupt");
    }
}
