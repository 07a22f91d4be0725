package org.focalexplorer.view.shell;

import org.focalexplorer.viewmodel.explorer.ExplorerViewModel;

/**
 * Carries what the user set, and the live classifier's progress, from one explorer view model to its
 * replacement (a language switch).
 */
final class StateCarrier {
    private StateCarrier() {
    }

    static void carry(ExplorerViewModel from, ExplorerViewModel to) {
        to.apply(from.state().withLanguage(to.stateBinder().languageProperty().get()));
        to.undo().takeOver(from.undo()); // applying the carried state is not a step; the user's steps go on
        from.classifier().handOverTo(to.classifier()); // the live models go on from where they were
    }
}
