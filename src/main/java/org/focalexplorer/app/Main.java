package org.focalexplorer.app;

import javafx.application.Application;
import org.focalexplorer.cli.FocalExplorerCommand;

/**
 * Entry point of the jar.
 *
 * <p>Deliberately not a subclass of {@link Application}: the JDK launcher refuses to start a
 * JavaFX {@code Application} main class when JavaFX sits on the class path (as it does for
 * {@code java -jar focal-explorer.jar}), but a plain class that calls
 * {@link Application#launch(Class, String...)} works.
 *
 * <ul>
 *   <li>No arguments: open the explorer window ({@link FocalExplorerApp}); with the environment variable
 *       {@code FOCALEXPLORER_FIRST_FRAME=minimal}, the one-Label window {@link StartupBench} compares it with.
 *   <li>Any argument: run the command line ({@link FocalExplorerCommand}) and exit with its code.
 * </ul>
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        if (args.length == 0) {
            boolean minimal = "minimal".equals(FirstFrameProbe.requested());
            Application.launch(minimal ? MinimalWindowApp.class : FocalExplorerApp.class, args);
        } else {
            System.exit(FocalExplorerCommand.execute(args));
        }
    }
}
