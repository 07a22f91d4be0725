package org.focalexplorer.app;

import java.util.ResourceBundle;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;

/** The JavaFX application. For now a placeholder window; the explorer replaces its content. */
public class FocalExplorerApp extends Application {

    /** Base name of the resource bundle with every string a user reads. */
    public static final String BUNDLE = "org.focalexplorer.messages";

    /** Node id of the title label (used by UI tests). */
    public static final String TITLE_LABEL_ID = "titleLabel";

    @Override
    public void start(Stage stage) {
        ResourceBundle messages = ResourceBundle.getBundle(BUNDLE);
        stage.setTitle(messages.getString("app.title"));
        stage.setScene(createScene(messages));
        stage.show();
    }

    /** Builds the main scene; separate from {@link #start} so tests and snapshots can reuse it. */
    static Scene createScene(ResourceBundle messages) {
        Label title = new Label(messages.getString("app.title"));
        title.setId(TITLE_LABEL_ID);
        title.setStyle("-fx-font-size: 24px;");
        BorderPane root = new BorderPane(title);
        return new Scene(root, 960, 640);
    }
}
