package org.focalexplorer.view.shell;

import org.focalexplorer.viewmodel.explorer.ExplorerViewModel;

/** Carries what the user set from one explorer view model to its replacement (a language switch). */
final class StateCarrier {
    private StateCarrier() {
    }

    static void carry(ExplorerViewModel from, ExplorerViewModel to) {
        to.parameters().alphaEnabledProperty().set(from.parameters().alphaEnabledProperty().get());
        to.parameters().alpha().submit(Double.toString(from.parameters().alpha().get()));
        to.parameters().gamma().submit(Double.toString(from.parameters().gamma().get()));
        to.parameters().beta().submit(Double.toString(from.parameters().beta().get()));
        to.featureProperty().set(from.featureProperty().get());
        to.fontScaleProperty().set(from.fontScaleProperty().get());
        to.sidePanelShownProperty().set(from.sidePanelShownProperty().get());
    }
}
