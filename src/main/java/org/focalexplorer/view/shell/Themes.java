package org.focalexplorer.view.shell;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.css.PseudoClass;
import javafx.scene.Parent;
import org.focalexplorer.render.PlotTheme;
import org.focalexplorer.viewmodel.shell.Theme;

/**
 * Applies a theme: AtlantaFX's Primer as the user-agent stylesheet (the app's own CSS uses its looked-up
 * colours, so it follows), and a {@code :dark} pseudo-class on the root for the few rules that differ.
 */
public final class Themes {
    public static final PseudoClass DARK = PseudoClass.getPseudoClass("dark");

    private Themes() {
    }

    /** The plots' colours for a theme (exports use the theme shown). */
    public static PlotTheme plotTheme(Theme theme) {
        return theme == Theme.DARK ? PlotTheme.DARK : PlotTheme.LIGHT;
    }

    public static void apply(Theme theme, Parent root) {
        Application.setUserAgentStylesheet(theme == Theme.DARK
                ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet());
        root.pseudoClassStateChanged(DARK, theme == Theme.DARK);
    }
}
