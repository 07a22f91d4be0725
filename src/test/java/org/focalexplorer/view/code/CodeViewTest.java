package org.focalexplorer.view.code;

import org.focalexplorer.testutil.Fx;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.Locale;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.focalexplorer.app.FocalExplorerApp;
import org.focalexplorer.testutil.Screenshots;
import org.focalexplorer.view.ViewIds;
import org.focalexplorer.settings.CodeVariant;
import org.focalexplorer.viewmodel.code.CodeViewModel;
import org.focalexplorer.viewmodel.explorer.ExplorerViewModel;
import org.focalexplorer.viewmodel.text.Messages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The Code tab of the side panel in the real window (headless Monocle). */
@ExtendWith(ApplicationExtension.class)
class CodeViewTest {
    private ExplorerViewModel vm;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        vm = FocalExplorerApp.show(stage, Messages.forLocale(Locale.ENGLISH));
    }

    private static CodeView codeTab(FxRobot robot) {
        TabPane side = Fx.one(robot, "#" + ViewIds.SIDE_PANEL, TabPane.class);
        for (Tab t : side.getTabs()) {
            if (CodeIds.TAB.equals(t.getId())) {
                robot.interact(() -> side.getSelectionModel().select(t)); // built when first selected
                WaitForAsyncUtils.waitForFxEvents();
                return CodeView.of(t);
            }
        }
        throw new AssertionError("no Code tab in the side panel");
    }

    private static TextArea codeText(FxRobot robot) {
        return Fx.one(robot, "#" + CodeIds.TEXT, TextArea.class);
    }

    @Test
    void the_side_panel_has_the_code_tab_and_typing_gamma_updates_the_code(FxRobot robot) {
        CodeView tab = codeTab(robot);
        assertThat(tab.getText()).isEqualTo("Code");
        assertThat(codeText(robot).getScene()).as("the code shows in the window").isSameAs(stage.getScene());
        assertThat(codeText(robot).getText()).contains("sigmoid_focal_loss(").contains("    gamma=2.0,\n");

        robot.clickOn("#" + ViewIds.field("gamma")).push(KeyCode.CONTROL, KeyCode.A).write("3.25").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(vm.parameters().gamma().get()).isEqualTo(3.25);
        assertThat(codeText(robot).getText()).contains("    gamma=3.25,\n").doesNotContain("gamma=2.0");
        assertThat(codeText(robot).isEditable()).isFalse();
    }

    @Test
    void copy_puts_the_code_on_the_clipboard_and_says_so(FxRobot robot) throws Exception {
        codeTab(robot);
        Label copied = Fx.one(robot, "#" + CodeIds.COPIED, Label.class);
        assertThat(copied.getOpacity()).isZero();
        robot.clickOn("#" + CodeIds.COPY);
        WaitForAsyncUtils.waitForFxEvents();
        String clip = WaitForAsyncUtils.asyncFx(() -> Clipboard.getSystemClipboard().getString()).get();
        assertThat(clip).isEqualTo(codeText(robot).getText()).contains("from torchvision.ops import sigmoid_focal_loss");
        assertThat(copied.getOpacity()).isGreaterThan(0.5);
        assertThat(copied.getText()).isEqualTo("Copied to the clipboard");
    }

    @Test
    void keras_and_the_variant_list_by_mouse_and_keyboard_with_warnings_that_follow(FxRobot robot) {
        CodeView tab = codeTab(robot);
        CodeViewModel code = tab.viewModel();
        robot.clickOn("#" + CodeIds.FRAMEWORK_PREFIX + "keras");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(code.variantProperty().get()).isEqualTo(CodeVariant.KERAS_BINARY);
        assertThat(codeText(robot).getText()).contains("apply_class_balancing=False");
        javafx.scene.layout.VBox warnings = Fx.one(robot, "#" + CodeIds.WARNINGS, javafx.scene.layout.VBox.class);
        int offCount = warnings.getChildren().size();
        assertThat(offCount).isEqualTo(code.warnings().size()).isPositive();

        robot.interact(() -> vm.parameters().alphaEnabledProperty().set(true));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(codeText(robot).getText()).contains("apply_class_balancing=True").contains("    alpha=0.25,\n");
        assertThat(Fx.all(robot, ".code-warning-text", Label.class))
                .anySatisfy(l -> assertThat(l.getText()).startsWith("Keras ignores alpha unless apply_class_balancing=True"));

        ComboBox<?> variant = Fx.one(robot, "#" + CodeIds.VARIANT, ComboBox.class);
        robot.interact(variant::requestFocus);
        robot.type(KeyCode.DOWN);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(code.variantProperty().get()).isEqualTo(CodeVariant.KERAS_CATEGORICAL);
        assertThat(codeText(robot).getText()).contains("CategoricalFocalCrossentropy");
        assertThat(Fx.one(robot, "#" + CodeIds.ALPHA_VECTOR).isVisible()).isTrue();
        assertThat(Fx.one(robot, "#" + CodeIds.MEAN_OVER).isVisible()).isFalse();
    }

    @Test
    void a_bad_alpha_vector_shows_a_message_and_keeps_the_code(FxRobot robot) {
        CodeView tab = codeTab(robot);
        robot.interact(() -> {
            tab.viewModel().variantProperty().set(CodeVariant.SOFTMAX_ALPHA);
            vm.parameters().alphaEnabledProperty().set(true);
        });
        WaitForAsyncUtils.waitForFxEvents();
        String before = codeText(robot).getText();
        robot.clickOn("#" + CodeIds.ALPHA_VECTOR).push(KeyCode.CONTROL, KeyCode.A).write("1, 2").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        Label error = Fx.one(robot, "#" + CodeIds.ALPHA_VECTOR_ERROR, Label.class);
        assertThat(error.isVisible()).isTrue();
        assertThat(error.getText()).contains("3 classes");
        assertThat(codeText(robot).getText()).isEqualTo(before);
        robot.push(KeyCode.CONTROL, KeyCode.A).write("1, 2, 4").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(error.isVisible()).isFalse();
        assertThat(codeText(robot).getText()).contains("torch.tensor([1.0, 2.0, 4.0], dtype=torch.float64)");
    }

    @Test
    void the_panel_is_the_explorers_and_its_hint_says_whether_the_alpha_vector_follows_alpha(FxRobot robot) {
        CodeView tab = codeTab(robot);
        assertThat(tab.viewModel()).isSameAs(vm.code());
        robot.interact(() -> {
            vm.code().variantProperty().set(CodeVariant.SOFTMAX_ALPHA);
            vm.parameters().alphaEnabledProperty().set(true);
            vm.parameters().alpha().submit("0.6");
        });
        WaitForAsyncUtils.waitForFxEvents();
        Label hint = Fx.one(robot, "#" + CodeIds.ALPHA_VECTOR_HINT, Label.class);
        TextField field = Fx.one(robot, "#" + CodeIds.ALPHA_VECTOR, TextField.class);
        assertThat(hint.isVisible()).isTrue();
        assertThat(hint.getText()).startsWith("Follows α");
        assertThat(field.getText()).isEqualTo("0.4, 0.6, 0.6");
        assertThat(codeText(robot).getText()).contains("torch.tensor([0.4, 0.6, 0.6], dtype=torch.float64)");

        robot.clickOn(field).push(KeyCode.CONTROL, KeyCode.A).write("2 1 1").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(hint.getText()).startsWith("Typed by you");
        robot.interact(() -> vm.parameters().alpha().submit("0.3"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(field.getText()).isEqualTo("2, 1, 1");

        robot.clickOn(field).push(KeyCode.CONTROL, KeyCode.A).type(KeyCode.BACK_SPACE).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(hint.getText()).startsWith("Follows α");
        assertThat(field.getText()).isEqualTo("0.7, 0.3, 0.3");
        robot.interact(() -> vm.code().variantProperty().set(CodeVariant.TORCHVISION));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(hint.isVisible()).isFalse();
    }

    @Test
    void snapshots_in_english_and_chinese(FxRobot robot) throws Exception {
        codeTab(robot);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(Files.size(Screenshots.write(stage.getScene(), "code-en.png").file())).isPositive();
        CodeView tab = codeTab(robot);
        robot.interact(() -> {
            tab.viewModel().variantProperty().set(CodeVariant.KERAS_BINARY);
            vm.parameters().alphaEnabledProperty().set(true);
        });
        WaitForAsyncUtils.waitForFxEvents();
        Screenshots.write(stage.getScene(), "code-en-keras.png");
        robot.interact(() -> tab.viewModel().variantProperty().set(CodeVariant.SOFTMAX_ALPHA));
        WaitForAsyncUtils.waitForFxEvents();
        Screenshots.write(stage.getScene(), "code-en-softmax.png");

        Stage zh = WaitForAsyncUtils.asyncFx(() -> {
            Stage s = new Stage();
            FocalExplorerApp.show(s, Messages.forLocale(Locale.SIMPLIFIED_CHINESE));
            return s;
        }).get();
        WaitForAsyncUtils.waitForFxEvents();
        try {
            Scene scene = zh.getScene();
            Tab zhCodeTab = ((TabPane) scene.lookup("#" + ViewIds.SIDE_PANEL)).getTabs().stream()
                    .filter(t -> CodeIds.TAB.equals(t.getId())).findFirst().orElseThrow();
            assertThat(zhCodeTab.getText()).isEqualTo("代码");
            robot.interact(() -> zhCodeTab.getTabPane().getSelectionModel().select(zhCodeTab)); // built now
            CodeView zhTab = CodeView.of(zhCodeTab);
            robot.interact(() -> zhTab.viewModel().variantProperty().set(CodeVariant.SMP_MULTICLASS));
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(Files.size(Screenshots.write(scene, "code-zh.png").file())).isPositive();
            robot.interact(() -> zhTab.viewModel().variantProperty().set(CodeVariant.SOFTMAX_ALPHA));
            WaitForAsyncUtils.waitForFxEvents();
            Screenshots.write(scene, "code-zh-softmax.png");
        } finally {
            WaitForAsyncUtils.asyncFx(zh::close).get();
        }
    }
}
