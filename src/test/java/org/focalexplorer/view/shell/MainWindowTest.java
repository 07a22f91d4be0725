package org.focalexplorer.view.shell;

import org.focalexplorer.testutil.Fx;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.focalexplorer.app.FocalExplorerApp;
import org.focalexplorer.testutil.Screenshots;
import org.focalexplorer.view.ViewIds;
import org.focalexplorer.loss.Reduction;
import org.focalexplorer.view.code.CodeIds;
import org.focalexplorer.view.code.CodeView;
import org.focalexplorer.viewmodel.classifier.BackgroundScheduler;
import org.focalexplorer.settings.CodeVariant;
import org.focalexplorer.viewmodel.code.CodeViewModel;
import org.focalexplorer.settings.Framework;
import org.focalexplorer.viewmodel.explorer.ExplorerViewModel;
import org.focalexplorer.settings.Feature;
import org.focalexplorer.settings.SideTab;
import org.focalexplorer.viewmodel.prefs.MemoryPreferenceStore;
import org.focalexplorer.viewmodel.text.AppLanguage;
import org.focalexplorer.viewmodel.shell.ShellViewModel;
import org.focalexplorer.viewmodel.shell.Theme;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The window around the explorer: runtime language switch, themes, the keyboard help. */
@ExtendWith(ApplicationExtension.class)
class MainWindowTest {
    private MainWindow window;
    private ShellViewModel shell;

    @Start
    void start(Stage stage) {
        shell = new ShellViewModel(new MemoryPreferenceStore(), Locale.ENGLISH);
        window = FocalExplorerApp.showWindow(stage, shell, new ExplorerViewModel(
                org.focalexplorer.viewmodel.text.Messages.forLocale(Locale.ENGLISH), Platform::runLater,
                new BackgroundScheduler(), Runnable::run));
    }

    @Test
    void switching_language_relabels_the_open_window_and_keeps_the_settings(FxRobot robot) throws Exception {
        ExplorerViewModel before = window.viewModel();
        WaitForAsyncUtils.asyncFx(() -> {
            before.parameters().gamma().submit("3.5");
            before.parameters().alphaEnabledProperty().set(false);
            before.featureProperty().set(Feature.CLASSIFIER);
            before.fontScaleProperty().set(150);
        }).get();
        assertThat(title(robot)).isEqualTo("Focal Loss Explorer");

        fire(robot, "menuLanguage-zh-CN");

        ExplorerViewModel after = window.viewModel();
        assertThat(after).as("a language switch keeps the view model").isSameAs(before);
        assertThat(title(robot)).isEqualTo("焦点损失探索器");
        assertThat(window.stage().getTitle()).isEqualTo("焦点损失探索器");
        MenuBar menu = Fx.one(robot, "#" + MainMenu.ID, MenuBar.class);
        assertThat(menu.getMenus().get(0).getText()).isEqualTo("文件");
        assertThat(after.parameters().gamma().get()).isEqualTo(3.5);
        assertThat(after.parameters().alphaEnabledProperty().get()).isFalse();
        assertThat(after.featureProperty().get()).isEqualTo(Feature.CLASSIFIER);
        assertThat(after.fontScaleProperty().get()).isEqualTo(150);
        assertThat(shell.store().get("ui.language", null)).isEqualTo("zh-CN");
        Screenshots.write(window.scene(), "window-zh.png");

        WaitForAsyncUtils.asyncFx(() -> window.viewModel().languageProperty().set(AppLanguage.ENGLISH.tag())).get();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(title(robot)).isEqualTo("Focal Loss Explorer");
        assertThat(window.viewModel().parameters().gamma().get()).isEqualTo(3.5);
    }

    @Test
    void switching_language_keeps_the_code_panels_options_typed_alpha_vector_and_side_tab() throws Exception {
        ExplorerViewModel before = window.viewModel();
        WaitForAsyncUtils.asyncFx(() -> {
            before.parameters().alphaEnabledProperty().set(true);
            before.code().variantProperty().set(CodeVariant.KERAS_CATEGORICAL);
            before.code().reductionProperty().set(Reduction.NONE);
            before.code().classesProperty().set(4);
            before.code().submitAlphaVector("1, 2, 3, 4");
            TabPane side = (TabPane) window.scene().getRoot().lookup("#" + ViewIds.SIDE_PANEL);
            side.getSelectionModel().select(side.getTabs().stream().filter(t -> CodeIds.TAB.equals(t.getId())).findFirst().orElseThrow());
        }).get();
        assertThat(before.sideTabProperty().get()).isEqualTo(SideTab.CODE);
        String code = before.code().codeProperty().get();

        WaitForAsyncUtils.asyncFx(() -> window.viewModel().languageProperty().set(AppLanguage.CHINESE.tag())).get();
        WaitForAsyncUtils.waitForFxEvents();
        ExplorerViewModel after = window.viewModel();
        assertThat(after).as("a language switch keeps the view model").isSameAs(before);
        CodeViewModel c = after.code();
        assertThat(c.frameworkProperty().get()).isEqualTo(Framework.KERAS);
        assertThat(c.variantProperty().get()).isEqualTo(CodeVariant.KERAS_CATEGORICAL);
        assertThat(c.reductionProperty().get()).isEqualTo(Reduction.NONE);
        assertThat(c.classesProperty().get()).isEqualTo(4);
        assertThat(c.typedAlphaVector()).hasValueSatisfying(v -> assertThat(v).containsExactly(1.0, 2.0, 3.0, 4.0));
        assertThat(c.settingsProperty().get()).isEqualTo(before.code().settingsProperty().get());
        // the same code, only its comment line in the new language
        assertThat(c.codeProperty().get()).contains("alpha = [1.0, 2.0, 3.0, 4.0]").contains("reduction=None")
                .isNotEqualTo(code);
        assertThat(c.codeProperty().get().replaceAll("(?m)^#.*\\n", ""))
                .isEqualTo(code.replaceAll("(?m)^#.*\\n", ""));
        // the window's Code tab shows the carried view model
        assertThat(WaitForAsyncUtils.asyncFx(() -> window.scene().getRoot().lookupAll("#" + CodeIds.ALPHA_VECTOR)
                .stream().map(n -> ((javafx.scene.control.TextField) n).getText()).toList()).get())
                .containsExactly("1, 2, 3, 4");
        assertThat(after.sideTabProperty().get()).isEqualTo(SideTab.CODE);
        assertThat(WaitForAsyncUtils.asyncFx(() -> ((TabPane) window.scene().getRoot().lookup("#" + ViewIds.SIDE_PANEL))
                .getSelectionModel().getSelectedItem()).get()).satisfies(t -> {
                    assertThat(t.getId()).isEqualTo(CodeIds.TAB);
                    assertThat(CodeView.of(t)).as("the code tab is built (it is shown)").isNotNull();
                });
    }

    @Test
    void switching_language_keeps_the_live_classifier_where_it_was() throws Exception {
        ExplorerViewModel before = window.viewModel();
        WaitForAsyncUtils.asyncFx(() -> before.classifier().step(30)).get();
        WaitForAsyncUtils.waitFor(20, java.util.concurrent.TimeUnit.SECONDS, () -> stepOf(before) == 30);
        var trained = before.classifier().frameProperty().get().snapshot();

        WaitForAsyncUtils.asyncFx(() -> window.viewModel().languageProperty().set(AppLanguage.CHINESE.tag())).get();
        ExplorerViewModel after = window.viewModel();
        assertThat(after).as("a language switch keeps the view model").isSameAs(before);
        WaitForAsyncUtils.waitFor(20, java.util.concurrent.TimeUnit.SECONDS, () -> stepOf(after) == 30);
        var carried = after.classifier().frameProperty().get().snapshot();
        assertThat(carried.settings()).isEqualTo(trained.settings());
        // The same trained weights and loss history, not a new run that also reached step 30.
        assertThat(carried.focal().parameters()).containsExactly(trained.focal().parameters());
        assertThat(carried.history().values(org.focalexplorer.toy.ModelRole.REFERENCE))
                .containsExactly(trained.history().values(org.focalexplorer.toy.ModelRole.REFERENCE));
        assertThat(after.classifier().stepTextProperty().get()).contains("30").doesNotContain("Step");

        // It trains on from there, on the new window's thread.
        WaitForAsyncUtils.asyncFx(() -> after.classifier().step(5)).get();
        WaitForAsyncUtils.waitFor(20, java.util.concurrent.TimeUnit.SECONDS, () -> stepOf(after) == 35);
    }

    private static long stepOf(ExplorerViewModel vm) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> {
            var f = vm.classifier().frameProperty().get();
            return f == null ? -1L : (long) f.snapshot().step();
        }).get();
    }

    @Test
    void dark_theme_marks_the_root_and_persists(FxRobot robot) throws Exception {
        fire(robot, "menuTheme-dark");
        assertThat(window.scene().getRoot().getPseudoClassStates()).contains(Themes.DARK);
        assertThat(shell.store().get("ui.theme", null)).isEqualTo("DARK");
        Screenshots.write(window.scene(), "window-dark.png");
        WaitForAsyncUtils.asyncFx(() -> shell.themeProperty().set(Theme.LIGHT)).get();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.scene().getRoot().getPseudoClassStates()).doesNotContain(Themes.DARK);
        Screenshots.write(window.scene(), "window-light.png");
    }

    @Test
    void f1_opens_the_keyboard_help_listing_the_shortcuts(FxRobot robot) {
        robot.clickOn("#" + ViewIds.TITLE);
        robot.press(KeyCode.F1).release(KeyCode.F1);
        // the dialog's window opens on a later pulse: wait for it (a condition, not a sleep)
        try {
            WaitForAsyncUtils.waitFor(60, java.util.concurrent.TimeUnit.SECONDS,
                    () -> Fx.find(robot, "#" + KeyboardHelpDialog.ID).isPresent());
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("F1 opened no keyboard help within 60 s", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(Fx.find(robot, "#" + KeyboardHelpDialog.ID)).isPresent();
        assertThat(Fx.all(robot, ".shortcut-keys", Label.class)).extracting(Label::getText)
                .contains(KeyboardHelpDialog.displayText("Shortcut+Z"));
        Window dialog = Fx.one(robot, "#" + KeyboardHelpDialog.ID).getScene().getWindow();
        WaitForAsyncUtils.asyncFx(() -> {
            Screenshots.write(dialog.getScene(), "keyboard-help.png");
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
    }

    @Test
    void a_saved_session_reopens_and_a_damaged_one_changes_nothing(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        java.nio.file.Path file = dir.resolve("class.json");
        WaitForAsyncUtils.asyncFx(() -> {
            window.viewModel().parameters().gamma().submit("4");
            window.report(window.session().save(file));
            window.viewModel().parameters().gamma().submit("1");
            window.report(window.session().open(file));
        }).get();
        assertThat(window.viewModel().parameters().gamma().get()).isEqualTo(4.0);
        assertThat(window.statusText()).contains("class.json");

        java.nio.file.Path broken = dir.resolve("broken.json");
        java.nio.file.Files.writeString(broken, java.nio.file.Files.readString(file).substring(0, 40));
        WaitForAsyncUtils.asyncFx(() -> {
            window.viewModel().parameters().gamma().submit("2.5");
            window.report(window.session().open(broken));
        }).get();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.viewModel().parameters().gamma().get()).isEqualTo(2.5);
        assertThat(window.statusText()).contains("broken.json");
        Node bar = window.scene().lookup("#" + MainWindow.STATUS_ID);
        assertThat(bar.getStyleClass()).contains("error");
        assertThat(window.session().recentFiles().files()).containsExactly(file.toAbsolutePath().normalize());
    }

    @Test
    void a_session_saved_in_chinese_opens_in_chinese(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        java.nio.file.Path file = dir.resolve("zh.json");
        WaitForAsyncUtils.asyncFx(() -> window.viewModel().languageProperty().set(AppLanguage.CHINESE.tag())).get();
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.asyncFx(() -> {
            window.viewModel().parameters().gamma().submit("0.5");
            window.report(window.session().save(file));
            window.viewModel().languageProperty().set(AppLanguage.ENGLISH.tag());
        }).get();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.stage().getTitle()).isEqualTo("Focal Loss Explorer");
        WaitForAsyncUtils.asyncFx(() -> {
            window.viewModel().parameters().gamma().submit("3");
            window.report(window.session().open(file));
        }).get();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.stage().getTitle()).isEqualTo("焦点损失探索器");
        assertThat(window.viewModel().parameters().gamma().get()).isEqualTo(0.5);
    }

    @Test
    void ctrl_z_undoes_a_typed_value_and_a_slider_drag_as_one_step(FxRobot robot) {
        ExplorerViewModel vm = window.viewModel();
        robot.clickOn("#" + ViewIds.field("gamma")).push(KeyCode.CONTROL, KeyCode.A).write("3").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(vm.parameters().gamma().get()).isEqualTo(3.0);

        javafx.scene.control.Slider slider = Fx.one(robot, "#" + ViewIds.slider("gamma"), javafx.scene.control.Slider.class);
        Node thumb = slider.lookup(".thumb");
        robot.drag(thumb).moveBy(20, 0).moveBy(20, 0).moveBy(20, 0).drop();
        WaitForAsyncUtils.waitForFxEvents();
        double dragged = vm.parameters().gamma().get();
        assertThat(dragged).isGreaterThan(3.0);
        assertThat(vm.undo().undoSize()).isEqualTo(2);

        robot.push(KeyCode.CONTROL, KeyCode.Z);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(vm.parameters().gamma().get()).isEqualTo(3.0);
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(vm.parameters().gamma().get()).isEqualTo(2.0);
        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Z);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(vm.parameters().gamma().get()).isEqualTo(3.0);
    }

    @Test
    void ctrl_z_in_the_field_just_typed_into_undoes_the_value(FxRobot robot) {
        ExplorerViewModel vm = window.viewModel();
        javafx.scene.control.TextField field = Fx.one(robot, "#" + ViewIds.field("gamma"), javafx.scene.control.TextField.class);
        robot.clickOn(field).push(KeyCode.CONTROL, KeyCode.A).write("3").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(field.isFocused()).isTrue();
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(vm.parameters().gamma().get()).isEqualTo(2.0);
        assertThat(field.getText()).isEqualTo("2");
        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Z);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(vm.parameters().gamma().get()).isEqualTo(3.0);
    }

    @Test
    void a_language_switch_keeps_the_undo_steps_and_the_session_file(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        java.nio.file.Path file = dir.resolve("kept.json");
        WaitForAsyncUtils.asyncFx(() -> {
            window.viewModel().parameters().gamma().submit("4");
            window.report(window.session().save(file));
            window.viewModel().languageProperty().set(AppLanguage.CHINESE.tag());
        }).get();
        WaitForAsyncUtils.waitForFxEvents();
        ExplorerViewModel after = window.viewModel();
        assertThat(window.session().currentFileProperty().get()).isEqualTo(file.toAbsolutePath().normalize());
        assertThat(window.statusText()).isEmpty();
        assertThat(after.undo().canUndoProperty().get()).isTrue();
        WaitForAsyncUtils.asyncFx(() -> after.undo().undo()).get();
        assertThat(after.parameters().gamma().get()).isEqualTo(2.0);
    }

    @Test
    void the_state_string_goes_to_the_clipboard(FxRobot robot) throws Exception {
        fire(robot, "menuCopyState");
        String copied = WaitForAsyncUtils.asyncFx(() -> javafx.scene.input.Clipboard.getSystemClipboard().getString()).get();
        assertThat(copied).startsWith("FLX1:").isEqualTo(window.session().copyStateString());
    }

    /** Chooses a menu item as a click would (popup menus of earlier tests linger in TestFX's lookups). */
    private static void fire(FxRobot robot, String id) throws Exception {
        // looked up on the FX thread too: a lookup from the test thread races with a rebuild of the views
        WaitForAsyncUtils.asyncFx(() -> {
            MenuBar bar = (MenuBar) robot.listTargetWindows().stream()
                    .filter(w -> w instanceof javafx.stage.Stage && w.getScene() != null)
                    .map(w -> w.getScene().lookup("#" + MainMenu.ID)).filter(java.util.Objects::nonNull)
                    .findFirst().orElseThrow();
            find(bar.getMenus(), id).fire();
        }).get();
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static javafx.scene.control.MenuItem find(java.util.List<? extends javafx.scene.control.MenuItem> items,
            String id) {
        for (javafx.scene.control.MenuItem i : items) {
            if (id.equals(i.getId())) {
                return i;
            }
            if (i instanceof javafx.scene.control.Menu menu) {
                javafx.scene.control.MenuItem found = find(menu.getItems(), id);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private static String title(FxRobot robot) {
        return Fx.one(robot, "#" + ViewIds.TITLE, Label.class).getText();
    }
}
