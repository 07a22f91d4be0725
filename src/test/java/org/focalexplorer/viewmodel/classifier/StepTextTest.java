package org.focalexplorer.viewmodel.classifier;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.focalexplorer.viewmodel.text.Messages;
import org.junit.jupiter.api.Test;

class StepTextTest {

    @Test
    void names_the_test_step_only_when_it_is_behind() {
        Messages en = Messages.forLocale(Locale.ENGLISH);
        assertThat(StepText.of(en, 300, 300)).isEqualTo("Step 300");
        assertThat(StepText.of(en, 300, 297)).isEqualTo("Step 300 (test-set figures: step 297)");
        Messages zh = Messages.forLocale(Locale.SIMPLIFIED_CHINESE);
        assertThat(StepText.of(zh, 300, 300)).isEqualTo("第 300 步");
        assertThat(StepText.of(zh, 300, 297)).isEqualTo("第 300 步（测试集指标：第 297 步）");
    }
}
