package org.focalexplorer.viewmodel.pin;

import static org.assertj.core.api.Assertions.assertThat;

import org.focalexplorer.viewmodel.TestMessages;
import org.focalexplorer.viewmodel.classifier.QueueScheduler;
import org.focalexplorer.viewmodel.explorer.ExplorerViewModel;
import org.junit.jupiter.api.Test;

/**
 * The pin's texts and the ghosts' legend follow a language switch, there and back (the way back once reached
 * no view model: {@code Messages} fired its invalidation listeners only the first time).
 */
class PinLanguageTest {
    @Test
    void texts_follow_the_language_there_and_back() {
        ExplorerViewModel vm = new ExplorerViewModel(TestMessages.english(), Runnable::run, QueueScheduler.queued());
        vm.pin().comparePaperBaseline();
        vm.languageProperty().set("zh-CN");
        assertThat(vm.pin().differenceProperty().get()).contains("个参数不同");
        assertThat(vm.curves().lossPlotProperty().get().series().get(0).label()).startsWith("已固定");
        vm.languageProperty().set("en");
        assertThat(vm.pin().differenceProperty().get()).startsWith("2 parameters differ");
        assertThat(vm.curves().lossPlotProperty().get().series().get(0).label()).startsWith("pinned: ");
        assertThat(vm.curves().lossPlotProperty().get().title()).startsWith("Loss");
        assertThat(vm.probe().summaryProperty().get()).startsWith("At pₜ = 0.9");
    }
}
