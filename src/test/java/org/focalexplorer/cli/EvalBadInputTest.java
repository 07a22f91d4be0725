package org.focalexplorer.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.focalexplorer.testutil.CliRun.run;

import java.io.ByteArrayOutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.focalexplorer.io.LossCaseReader;
import org.focalexplorer.testutil.CliRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every class of bad case file that once crashed {@code eval} (issue 16) or could: refused with exit code 2,
 * one line on standard error of at most 300 characters that names the case and the field, nothing on
 * standard output.
 */
class EvalBadInputTest {
    private static final String TV = "\"fn\":\"torchvision.ops.sigmoid_focal_loss\"";
    private static final String GOOD_REST = "\"shape\":[1],\"logits\":[1.0],\"targets\":[1],\"reductions\":[\"mean\"]";

    @TempDir
    Path dir;

    static Stream<Arguments> badFiles() {
        return Stream.of(
                // the parser's own limits: named by case and field, no NullPointerException while saying so
                bad("nesting depth", "[{\"id\":\"deep\"," + TV + ",\"shape\":[1],\"logits\":" + "[".repeat(100) + "]".repeat(100) + "}]",
                        "case 'deep', field 'logits'", "nesting depth"),
                bad("number length", "[{\"id\":\"long-number\"," + TV + ",\"shape\":[1],\"logits\":[1" + "0".repeat(2_000) + "]}]",
                        "case 'long-number', field 'logits'", "Number value length"),
                bad("string length", "[{\"id\":\"long-fn\",\"fn\":\"" + "x".repeat(70_000) + "\"," + GOOD_REST + "}]",
                        "case 'long-fn', field 'fn'", "String value length"),
                bad("string length before the id", "[{\"id\":\"" + "i".repeat(70_000) + "\"}]", "case '#0', field 'id'", "String value length"),
                bad("key length", "[{\"id\":\"long-key\",\"" + "k".repeat(2_000) + "\":1}]",
                        "case 'long-key', field '(key after 'id')'", "Name length"),
                // shapes: overflow-safe products, checked before anything is allocated; nothing cut to 32 bits
                bad("dimension above 2^32", "[{\"id\":\"wide\"," + TV + ",\"shape\":[4294967297],\"logits\":[1.0],\"targets\":[1]}]",
                        "case 'wide', field 'shape'", "dimension 0 = 4294967297 is not an integer in [0, 2147483647]"),
                bad("dimension a BigInteger", "[{\"id\":\"huge\"," + TV + ",\"shape\":[123456789012345678901234567890],\"logits\":[]}]",
                        "case 'huge', field 'shape'", "dimension 0 = 123456789012345678901234567890"),
                bad("product past long", "[{\"id\":\"overflow\"," + TV + ",\"shape\":[2147483647,2147483647,2147483647,2147483647],\"logits\":[]}]",
                        "case 'overflow', field 'shape'", "too large: at most 16777216 values"),
                bad("product wrapping int", "[{\"id\":\"wrap\"," + TV + ",\"shape\":[65536,65536],\"logits\":[]}]",
                        "case 'wrap', field 'shape'", "too large"),
                bad("50 million values", "[{\"id\":\"fifty\"," + TV + ",\"shape\":[50000000],\"logits\":[]}]",
                        "case 'fifty', field 'shape'", "too large"),
                bad("a billion labels", "[{\"id\":\"labels\",\"fn\":\"torch.nn.functional.cross_entropy\",\"shape\":[1,2],"
                                + "\"target_shape\":[1000000000],\"logits\":[[0,1]],\"targets\":[0]}]",
                        "case 'labels', field 'target_shape'", "too large"),
                bad("a zero beside a huge dimension", "[{\"id\":\"zero\"," + TV + ",\"shape\":[0,2147483647,2147483647],\"logits\":[]}]",
                        "case 'zero', field 'shape'", "too large"),
                bad("within the cap but not in the file", "[{\"id\":\"promised\"," + TV + ",\"shape\":[16777216],\"logits\":[1.0]}]",
                        "case 'promised', field 'logits'", "does not match shape [16777216]"),
                bad("too many dimensions", "[{\"id\":\"dims\"," + TV + ",\"shape\":[" + "1,".repeat(32) + "1]}]",
                        "case 'dims', field 'shape'", "33 dimensions: at most 32"),
                bad("negative dimension", "[{\"id\":\"neg\"," + TV + ",\"shape\":[-1]}]", "case 'neg', field 'shape'", "dimension 0 = -1"),
                // strict JSON
                bad("trailing text", "[{\"id\":\"a\"," + TV + "," + GOOD_REST + "}] trailing", "field '(file)'", "unexpected content after the list of cases"),
                bad("a second list", "[] []", "field '(file)'", "unexpected content after the list of cases"),
                bad("duplicate key", "[{\"id\":\"a\"," + TV + ",\"id\":\"b\"," + GOOD_REST + "}]", "case 'a', field 'id'", "Duplicate field 'id'"),
                bad("duplicate key in params", "[{\"id\":\"p\"," + TV + ",\"params\":{\"gamma\":1,\"gamma\":2}," + GOOD_REST + "}]",
                        "case 'p', field 'params'", "Duplicate field 'gamma'"),
                bad("not a list", "{\"id\":\"a\"}", "field '(file)'", "expected a JSON list of cases, found an object"),
                bad("empty file", "", "field '(file)'", "empty"),
                bad("a case that is not an object", "[{\"id\":\"a\"," + TV + "," + GOOD_REST + "}, 7]", "case '#1', field '(case)'",
                        "expected an object, found a number"),
                bad("cut off", "[{\"id\":\"cut\"," + TV + ",\"shape\":[1],\"logits\":[1.0", "case 'cut', field 'logits'", "not valid JSON"),
                // long or hostile values: quoted briefly, control characters escaped
                bad("a long unknown fn", "[{\"id\":\"fn\",\"fn\":\"" + "f".repeat(60_000) + "\"," + GOOD_REST + "}]",
                        "case 'fn', field 'fn'", "unknown function \"ffff"),
                bad("a long string as a logit", "[{\"id\":\"s\"," + TV + ",\"shape\":[1],\"logits\":[\"" + "s".repeat(60_000) + "\"],\"targets\":[1]}]",
                        "case 's', field 'logits'", "value 0 = \"sss"),
                bad("a terminal escape in the id", "[{\"id\":\"red\\u001b[31m\\nline\",\"fn\":7}]", "case 'red\\u001b[31m\\u000aline', field 'fn'",
                        "missing or not a string"),
                bad("a long id", "[{\"id\":\"" + "i".repeat(5_000) + "\",\"fn\":7}]", "…', field 'fn'", "missing or not a string"));
    }

    private static Arguments bad(String what, String json, String names, String problem) {
        return Arguments.of(what, json.getBytes(StandardCharsets.UTF_8), names, problem);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badFiles")
    void is_refused_in_one_line_naming_case_and_field(String what, byte[] json, String names, String problem) throws Exception {
        Path f = Files.write(dir.resolve("cases.json"), json);
        assertRefused(run("eval", f.toString()), names, problem);
    }

    static Stream<Arguments> badUtf8() {
        return Stream.of(
                Arguments.of("a lone 0xff", new byte[] {(byte) 0xff}),
                Arguments.of("an overlong slash", new byte[] {(byte) 0xc0, (byte) 0xaf}),
                Arguments.of("a UTF-16 surrogate", new byte[] {(byte) 0xed, (byte) 0xa0, (byte) 0x80}),
                Arguments.of("a cut-off sequence at the end", new byte[] {(byte) 0xe7, (byte) 0x84}));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badUtf8")
    void invalid_utf8_is_refused_with_its_byte_offset(String what, byte[] bad) throws Exception {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        b.write("[{\"id\":\"".getBytes(StandardCharsets.US_ASCII));
        b.write(bad);
        if (!what.contains("end")) {
            b.write(("\"," + TV + "," + GOOD_REST + "}]").getBytes(StandardCharsets.US_ASCII));
        }
        Path f = Files.write(dir.resolve("cases.json"), b.toByteArray());
        assertRefused(run("eval", f.toString()), "field '(file)'", "not valid UTF-8 at byte 8");
    }

    @Test
    void utf16_is_not_taken_for_json() throws Exception {
        Path f = Files.write(dir.resolve("cases.json"), ("[{\"id\":\"a\"," + TV + "," + GOOD_REST + "}]").getBytes(StandardCharsets.UTF_16LE));
        assertRefused(run("eval", f.toString()), "field '(file)'", "not valid JSON");
    }

    @Test
    void a_utf8_byte_order_mark_is_ignored() throws Exception {
        byte[] json = ("\uFEFF[{\"id\":\"bom\"," + TV + "," + GOOD_REST + "}]").getBytes(StandardCharsets.UTF_8);
        CliRun r = run("eval", Files.write(dir.resolve("cases.json"), json).toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).startsWith("[{\"id\":\"bom\"");
    }

    @Test
    void a_file_over_the_limit_is_refused_before_it_is_read() throws Exception {
        Path f = dir.resolve("big.json");
        try (RandomAccessFile raf = new RandomAccessFile(f.toFile(), "rw")) {
            raf.setLength(LossCaseReader.MAX_FILE_BYTES + 1L); // sparse: costs no disk and no reading
        }
        assertRefused(run("eval", f.toString()), "field '(file)'", "too large: " + (LossCaseReader.MAX_FILE_BYTES + 1L) + " bytes");
    }

    @Test
    void a_folder_is_refused_with_the_reason() throws Exception {
        CliRun r = run("eval", dir.toString());
        assertRefused(r, "cannot read " + dir, "");
    }

    @Test
    void help_shows_help() {
        CliRun r = run("eval", "--help");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("Usage: focal-explorer eval").contains("CASES.json").contains("64 MiB");
        assertThat(r.err()).isEmpty();
    }

    @Test
    void error_lines_are_cut_with_an_ellipsis() {
        String line = EvalCommand.oneLine("x".repeat(1_000));
        assertThat(line).hasSize(EvalCommand.MAX_ERROR_CHARS).endsWith("…");
        assertThat(EvalCommand.oneLine("a\nb\r\nc")).isEqualTo("a b c");
    }

    private static void assertRefused(CliRun r, String names, String problem) {
        assertThat(r.exitCode()).as(r.err()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err().lines()).hasSize(1);
        String line = r.err().strip();
        assertThat(line).startsWith("focal-explorer eval: ").contains(names).contains(problem).doesNotContain("null");
        assertThat(line.length()).isLessThanOrEqualTo(EvalCommand.MAX_ERROR_CHARS);
    }
}
