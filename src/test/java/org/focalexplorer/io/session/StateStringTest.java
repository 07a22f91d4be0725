package org.focalexplorer.io.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import org.focalexplorer.io.session.SessionFormatException.Reason;
import org.focalexplorer.settings.SettingValues;
import org.focalexplorer.settings.Settings;
import org.focalexplorer.toy.DataSource;
import org.junit.jupiter.api.Test;

class StateStringTest {

    private static SessionFormatException refusal(String text) {
        try {
            StateString.decode(text);
        } catch (SessionFormatException e) {
            return e;
        }
        throw new AssertionError("accepted: " + text);
    }

    private static String pack(byte[] raw) {
        return StateString.pack(raw);
    }

    @Test
    void a_state_survives_the_round_trip() throws Exception {
        String s = StateString.encode(SessionSamples.sample());
        assertThat(s).startsWith("FLX1:").matches("FLX1:[A-Za-z0-9_-]+");
        assertThat(s.length()).as("short enough to paste in a chat").isLessThan(1200);
        assertThat(StateString.decode(s).state()).isEqualTo(SessionSamples.sample());
    }

    /**
     * The string and the file of the default state as the code before the settings table wrote them
     * (captured from that build): they still read, to the same values, and those values encode to the very
     * same string and bytes, so strings shared before the table keep working and stay stable.
     */
    @Test
    void a_state_string_and_file_from_before_the_settings_table_read_and_encode_the_same() throws Exception {
        String old;
        byte[] oldFile;
        try (var in = getClass().getResourceAsStream("/session/state-string-default-v1.txt");
                var file = getClass().getResourceAsStream("/session/session-default-v1.json")) {
            old = new String(in.readAllBytes(), StandardCharsets.US_ASCII).strip();
            oldFile = file.readAllBytes();
        }
        SettingValues read = StateString.decode(old).state();
        // the defaults of then: a fixed training set (the data source came later; absent, it means fixed)
        assertThat(read).isEqualTo(SettingValues.defaults().with(Settings.DATA_SOURCE, DataSource.FIXED));
        assertThat(StateString.decode(StateString.encode(read)).state()).isEqualTo(read);
        // the same bytes as then, but for the lines the new settings add (the data source, the threshold, the
        // pin) and the multi-class lab's and the sweep's sections
        String now = new String(SessionJson.toBytes(read), StandardCharsets.UTF_8);
        assertThat(now).contains("\"data_source\" : \"fixed\"");
        assertThat(now).containsPattern(",\n  \"multiclass\" : \\{[^}]*\\}");
        assertThat(now).containsPattern(",\n  \"sweep\" : \\{[^}]*\\}");
        assertThat(now.replace(",\n    \"data_source\" : \"fixed\"", "").replace(",\n    \"threshold\" : 0.5", "").replaceFirst(",\n  \"multiclass\" : \\{[^}]*\\}", "")
                .replaceFirst(",\n  \"sweep\" : \\{[^}]*\\}", "")
                .replaceFirst(",\n    \"pinned\" : \\{[^}]*\\}", ""))
                .isEqualTo(new String(oldFile, StandardCharsets.UTF_8));
    }

    @Test
    void line_breaks_and_spaces_added_on_the_way_are_ignored() throws Exception {
        String s = StateString.encode(SessionSamples.sample());
        String wrapped = "  " + s.substring(0, 30) + "\r\n" + s.substring(30, 90) + "\n " + s.substring(90) + "\n";
        assertThat(StateString.decode(wrapped).state()).isEqualTo(SessionSamples.sample());
    }

    @Test
    void garbage_is_refused() {
        assertThat(refusal("hello").reason()).isEqualTo(Reason.NOT_A_SESSION);
        assertThat(refusal("").reason()).isEqualTo(Reason.NOT_A_SESSION);
        assertThat(refusal(null).reason()).isEqualTo(Reason.NOT_A_SESSION);
        assertThat(refusal("FLX1:not*base64!").reason()).isEqualTo(Reason.CORRUPT);
        assertThat(refusal("FLX1:AAAAAAAA").reason()).as("base64 but not zlib").isEqualTo(Reason.CORRUPT);
    }

    @Test
    void a_cut_string_is_truncated() {
        String s = StateString.encode(SessionSamples.sample());
        for (int keep = StateString.PREFIX.length() + 4; keep < s.length() - 4; keep += 4) {
            // whole base64 quanta, so the bytes decode and the compressed stream is what ends early
            assertThat(refusal(s.substring(0, keep)).reason()).as("kept %d", keep).isEqualTo(Reason.TRUNCATED);
        }
    }

    @Test
    void a_changed_character_is_caught() {
        String s = StateString.encode(SessionSamples.sample());
        int at = s.length() / 2;
        String changed = s.substring(0, at) + (s.charAt(at) == 'A' ? 'B' : 'A') + s.substring(at + 1);
        assertThat(refusal(changed).reason()).isIn(Reason.CORRUPT, Reason.TRUNCATED);
    }

    @Test
    void an_over_long_string_is_refused_before_decoding() {
        String s = StateString.PREFIX + "A".repeat(StateString.MAX_CHARS);
        assertThat(refusal(s).reason()).isEqualTo(Reason.TOO_LARGE);
    }

    @Test
    void a_zip_bomb_stops_at_the_inflation_cap() {
        byte[] spaces = new byte[8 << 20];
        Arrays.fill(spaces, (byte) ' ');
        String bomb = pack(spaces);
        assertThat(bomb.length()).as("small enough to pass the length check").isLessThan(StateString.MAX_CHARS);
        SessionFormatException e = refusal(bomb);
        assertThat(e.reason()).isEqualTo(Reason.TOO_LARGE);
        assertThat(e.detail()).contains("inflates to more than");
    }

    @Test
    void packed_json_gets_every_check_of_a_file() {
        assertThat(refusal(pack("{\"format\":\"other\"}".getBytes(StandardCharsets.UTF_8))).reason())
                .isEqualTo(Reason.NOT_A_SESSION);
        String json = new String(SessionJson.toCompactBytes(SessionSamples.sample()), StandardCharsets.UTF_8);
        assertThat(refusal(pack(json.replace("\"version\":1", "\"version\":7").getBytes(StandardCharsets.UTF_8))).reason())
                .isEqualTo(Reason.WRONG_VERSION);
        assertThat(refusal(pack(json.replace("\"gamma\":0.5", "\"gamma\":-3").getBytes(StandardCharsets.UTF_8))).detail())
                .startsWith("loss.gamma = -3.0");
    }

    @Test
    void bytes_after_the_compressed_data_are_refused() {
        String s = pack(SessionJson.toCompactBytes(SessionSamples.sample()));
        byte[] packed = Base64.getUrlDecoder().decode(s.substring(StateString.PREFIX.length()));
        byte[] longer = Arrays.copyOf(packed, packed.length + 3);
        String extended = StateString.PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(longer);
        assertThat(refusal(extended).reason()).isEqualTo(Reason.CORRUPT);
    }
}
