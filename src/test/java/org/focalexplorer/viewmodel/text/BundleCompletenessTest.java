package org.focalexplorer.viewmodel.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The English and Chinese bundles are complete in both directions, have no empty or duplicated keys
 * (a duplicate silently hides the first value), and their patterns take the same arguments.
 */
class BundleCompletenessTest {
    private static final String EN = "messages.properties";
    private static final String ZH = "messages_zh_CN.properties";

    @Test
    void every_english_key_has_a_chinese_text() throws IOException {
        Set<String> missing = new TreeSet<>(load(EN).stringPropertyNames());
        missing.removeAll(load(ZH).stringPropertyNames());
        assertThat(missing).as("keys in %s but not in %s", EN, ZH).isEmpty();
    }

    @Test
    void every_chinese_key_has_an_english_text() throws IOException {
        Set<String> missing = new TreeSet<>(load(ZH).stringPropertyNames());
        missing.removeAll(load(EN).stringPropertyNames());
        assertThat(missing).as("keys in %s but not in %s", ZH, EN).isEmpty();
    }

    @Test
    void no_key_is_empty_or_defined_twice() throws IOException {
        for (String name : List.of(EN, ZH)) {
            Properties p = load(name);
            assertThat(p.stringPropertyNames()).as("empty values in " + name)
                    .filteredOn(k -> p.getProperty(k).isBlank()).isEmpty();
            assertThat(duplicateKeys(text(name))).as("keys defined twice in " + name).isEmpty();
        }
    }

    @Test
    void both_languages_fill_in_the_same_arguments() throws IOException {
        Properties en = load(EN);
        Properties zh = load(ZH);
        List<String> different = new ArrayList<>();
        for (String key : en.stringPropertyNames()) {
            if (zh.containsKey(key) && !arguments(en.getProperty(key)).equals(arguments(zh.getProperty(key)))) {
                different.add(key + ": " + arguments(en.getProperty(key)) + " vs " + arguments(zh.getProperty(key)));
            }
        }
        assertThat(different).isEmpty();
    }

    @Test
    void every_pattern_with_arguments_is_a_valid_message_format() throws IOException {
        for (String name : List.of(EN, ZH)) {
            Properties p = load(name);
            for (String key : p.stringPropertyNames()) {
                String v = p.getProperty(key);
                if (Pattern.compile("\\{\\d+(,\\s*(number|date|time|choice)[^}]*)?}").matcher(v).find()) {
                    assertThat(new MessageFormat(v).getFormats()).as(name + " " + key).isNotNull();
                }
            }
        }
    }

    /** The argument numbers {0}, {1}… a pattern uses. */
    private static Set<Integer> arguments(String pattern) {
        Set<Integer> args = new TreeSet<>();
        Matcher m = Pattern.compile("\\{(\\d+)[,}]").matcher(pattern);
        while (m.find()) {
            args.add(Integer.parseInt(m.group(1)));
        }
        return args;
    }

    /** Keys that appear on more than one logical line (continuation lines are joined first). */
    static Set<String> duplicateKeys(String properties) throws IOException {
        Set<String> seen = new HashSet<>();
        Set<String> twice = new TreeSet<>();
        StringBuilder logical = new StringBuilder();
        for (String line : properties.split("\\R", -1)) {
            logical.append(line);
            if (line.endsWith("\\") && !line.endsWith("\\\\")) {
                logical.setLength(logical.length() - 1);
                continue;
            }
            Properties one = new Properties();
            one.load(new StringReader(logical.toString()));
            for (String k : one.stringPropertyNames()) {
                if (!seen.add(k)) {
                    twice.add(k);
                }
            }
            logical.setLength(0);
        }
        return twice;
    }

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        p.load(new StringReader(text(name)));
        return p;
    }

    private static String text(String name) throws IOException {
        try (InputStream in = BundleCompletenessTest.class.getResourceAsStream("/org/focalexplorer/" + name)) {
            assertThat(in).as(name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void the_duplicate_finder_finds_duplicates() throws IOException {
        assertThat(duplicateKeys("a=1\nb=2\\\n  continued\na=3\n# a=4\n")).containsExactly("a");
    }

}
