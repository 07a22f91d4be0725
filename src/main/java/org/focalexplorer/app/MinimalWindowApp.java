package org.focalexplorer.app;

import java.util.ResourceBundle;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/**
 * The baseline of {@link StartupBench}: a window with one Label, launched by the same launcher, with the same
 * JVM options and the same CDS archive as the explorer. What the explorer takes beyond this is its own.
 */
public final class MinimalWindowApp extends Application {

    @Override
    public void start(Stage stage) {
        String title = ResourceBundle.getBundle(FocalExplorerApp.BUNDLE).getString("app.title");
        stage.setScene(new Scene(new Label(title), FocalExplorerApp.WIDTH, FocalExplorerApp.HEIGHT));
        stage.show();
        FirstFrameProbe.install(stage);
    }
}
