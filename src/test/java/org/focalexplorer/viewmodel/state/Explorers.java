package org.focalexplorer.viewmodel.state;

import java.util.Locale;
import org.focalexplorer.viewmodel.TestMessages;
import org.focalexplorer.viewmodel.classifier.QueueScheduler;
import org.focalexplorer.viewmodel.explorer.ExplorerViewModel;
import org.focalexplorer.viewmodel.text.Messages;

/** Explorer view models for state tests: recomputation at once, training queued and never run. */
final class Explorers {
    private Explorers() {}

    static ExplorerViewModel english() {
        return new ExplorerViewModel(TestMessages.english(), Runnable::run, QueueScheduler.queued());
    }

    static ExplorerViewModel chinese() {
        return new ExplorerViewModel(Messages.forLocale(Locale.SIMPLIFIED_CHINESE), Runnable::run, QueueScheduler.queued());
    }
}
