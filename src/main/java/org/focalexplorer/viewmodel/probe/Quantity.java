package org.focalexplorer.viewmodel.probe;

import java.util.function.ToDoubleFunction;

/** The rows of the probe's readout, in display order; {@code labelKey} names them in the bundle. */
public enum Quantity {
    PT("probe.pt", ProbeReadout::pt),
    XT("probe.xt", ProbeReadout::xt),
    CE("probe.ce", ProbeReadout::ce),
    ALPHA_CE("probe.alphaCe", ProbeReadout::alphaCe),
    FL("probe.fl", ProbeReadout::fl),
    FL_STAR("probe.flStar", ProbeReadout::flStar),
    MODULATING_FACTOR("probe.modulating", ProbeReadout::modulatingFactor),
    RATIO("probe.ratio", ProbeReadout::ratio),
    CE_GRADIENT("probe.ceGradient", ProbeReadout::ceGradient),
    FL_GRADIENT("probe.flGradient", ProbeReadout::flGradient),
    FL_STAR_GRADIENT("probe.flStarGradient", ProbeReadout::flStarGradient);

    private final String labelKey;
    private final ToDoubleFunction<ProbeReadout> value;

    Quantity(String labelKey, ToDoubleFunction<ProbeReadout> value) {
        this.labelKey = labelKey;
        this.value = value;
    }

    public String labelKey() {
        return labelKey;
    }

    public double of(ProbeReadout r) {
        return value.applyAsDouble(r);
    }
}
