package nl.inkoopwerkbank.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Labeled;
import javafx.stage.Stage;
import javafx.stage.Window;

import org.testfx.api.FxRobot;

import atlantafx.base.theme.PrimerLight;
import nl.inkoopwerkbank.Workbench;
import nl.inkoopwerkbank.i18n.Messages;
import nl.inkoopwerkbank.ui.common.Background;
import nl.inkoopwerkbank.ui.common.Dialogs;
import nl.inkoopwerkbank.ui.settings.SettingsController;

/**
 * Starts the real screens on a real H2 file in a temporary folder, with background work run at once so
 * that a click's effect is visible when the click returns.
 */
public final class UiTestSupport {

    public final Workbench workbench;
    public final UiComposition ui;
    public final List<SettingsController.Choice> settingsChoices;
    /** The file the next "open file" question answers with (tests set it before clicking). */
    public static final java.util.concurrent.atomic.AtomicReference<Path> NEXT_OPEN_FILE = new java.util.concurrent.atomic.AtomicReference<>();

    private UiTestSupport(Workbench workbench, UiComposition ui, List<SettingsController.Choice> choices) {
        this.workbench = workbench;
        this.ui = ui;
        this.settingsChoices = choices;
    }

    public static UiTestSupport start(Stage stage, Path dir, Locale locale) {
        return start(stage, dir, locale, java.time.Clock.systemDefaultZone());
    }

    /** With a fixed day: the calendar's statuses (open, due soon, overdue) depend on it. */
    public static UiTestSupport start(Stage stage, Path dir, Locale locale, java.time.Clock clock) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        Workbench wb = Workbench.open(dir.resolve("ui"), true, clock);
        Messages messages = Messages.forLocale(locale);
        Dialogs dialogs = new Dialogs(messages) {
            @Override
            public java.util.Optional<Path> chooseSaveFile(String title, String initialName, String extension) {
                // no native file chooser in headless tests: save next to the database
                return java.util.Optional.of(dir.resolve(initialName));
            }

            @Override
            public java.util.Optional<Path> chooseFolder(String title) {
                return java.util.Optional.of(dir.resolve("export"));
            }

            @Override
            public java.util.Optional<Path> chooseOpenFile(String title, String... extensions) {
                return java.util.Optional.ofNullable(NEXT_OPEN_FILE.getAndSet(null));
            }
        };
        dialogs.setOwner(stage);
        List<SettingsController.Choice> choices = new ArrayList<>();
        UiComposition ui = UiComposition.build(wb.providers(), wb.policies(), wb.assessments(), wb.quotes(), wb.calendar(), wb.exports(), wb.audit(), wb.settings(), Background.immediate(), messages, dialogs,
                wb.database().dataFile().toString(), choices::add, wb.backups(), new RecordingDataActions(wb));
        stage.setScene(ui.scene(1400, 900));
        stage.show();
        return new UiTestSupport(wb, ui, choices);
    }

    /** The data actions of the test screens: they say where the data is and record what was asked. */
    public static final class RecordingDataActions implements nl.inkoopwerkbank.ui.backup.DataActions {
        private final Workbench workbench;
        public final List<nl.inkoopwerkbank.ui.backup.DataRequest> requests = new ArrayList<>();

        RecordingDataActions(Workbench workbench) {
            this.workbench = workbench;
        }

        @Override
        public nl.inkoopwerkbank.ui.backup.DataInfo info() {
            return new nl.inkoopwerkbank.ui.backup.DataInfo(workbench.database().dataFile().toString(),
                    Workbench.backupFolder(workbench.database().basePath()).toString(), workbench.database().isEncrypted());
        }

        @Override
        public boolean isCurrentPassphrase(char[] passphrase) {
            return false;
        }

        @Override
        public void perform(nl.inkoopwerkbank.ui.backup.DataRequest request) {
            requests.add(request);
        }
    }

    public static UiTestSupport start(Stage stage, Path dir) {
        return start(stage, dir, Messages.DUTCH);
    }

    /** The dialog that is showing, if any. */
    public static Optional<DialogPane> dialog(FxRobot robot) {
        for (Window w : robot.listTargetWindows()) {
            if (w.isShowing() && w.getScene() != null && w.getScene().getRoot() instanceof DialogPane pane) {
                return Optional.of(pane);
            }
        }
        return Optional.empty();
    }

    /** Clicks the button with this text in the showing dialog. */
    public static void clickDialogButton(FxRobot robot, String text) {
        DialogPane pane = dialog(robot).orElseThrow(() -> new AssertionError("no dialog is showing"));
        Node button = pane.getButtonTypes().stream().map(pane::lookupButton)
                .filter(b -> b instanceof Button bt && text.equals(bt.getText())).findFirst()
                .orElseThrow(() -> new AssertionError("no button " + text + " in the dialog"));
        robot.clickOn(button);
    }

    /** Opens a combo box and clicks the entry with this text in its popup list. */
    public static void choose(FxRobot robot, String comboQuery, String entry) {
        robot.clickOn(comboQuery);
        Node cell = robot.lookup(".combo-box-popup .list-cell").match(n -> n instanceof Labeled l && entry.equals(l.getText()))
                .tryQuery().orElseThrow(() -> new AssertionError("no entry " + entry + " in " + comboQuery));
        robot.clickOn(cell);
    }

    /** Selects everything in a text field and types the new text, as a user replacing a value. */
    public static void retype(FxRobot robot, String fieldQuery, String text) {
        robot.clickOn(fieldQuery);
        robot.push(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.A);
        robot.push(javafx.scene.input.KeyCode.BACK_SPACE);
        type(robot, text);
    }

    /**
     * Types text into the focused control: each character goes to the focused window's focus owner as a
     * key press, key typed and key release, as the robot's {@code write} sends them, but all in one pass
     * of the FX thread instead of waiting for the FX thread after every character (which made typing
     * the bulk of the screen tests' time).
     */
    public static void type(FxRobot robot, String text) {
        if (text.isEmpty()) {
            return;
        }
        Window window = robot.listTargetWindows().stream().filter(Window::isFocused).findFirst()
                .orElseGet(robot::targetWindow);
        robot.interact(() -> {
            javafx.scene.Scene scene = window.getScene();
            text.codePoints().forEach(cp -> {
                Node target = scene.getFocusOwner() != null ? scene.getFocusOwner() : scene.getRoot();
                String ch = new String(Character.toChars(cp));
                javafx.event.Event.fireEvent(target, new javafx.scene.input.KeyEvent(javafx.scene.input.KeyEvent.KEY_PRESSED,
                        "", "", javafx.scene.input.KeyCode.UNDEFINED, false, false, false, false));
                javafx.event.Event.fireEvent(target, new javafx.scene.input.KeyEvent(javafx.scene.input.KeyEvent.KEY_TYPED,
                        ch, "", javafx.scene.input.KeyCode.UNDEFINED, false, false, false, false));
                javafx.event.Event.fireEvent(target, new javafx.scene.input.KeyEvent(javafx.scene.input.KeyEvent.KEY_RELEASED,
                        "", "", javafx.scene.input.KeyCode.UNDEFINED, false, false, false, false));
            });
        });
    }

    /**
     * Waits until {@code query} finds a node: the start page adds its loaded rows one per frame after the
     * window's first frame, so they come a few pulses after the window shows.
     */
    public static void awaitNode(FxRobot robot, String query) {
        try {
            org.testfx.util.WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS,
                    () -> robot.lookup(query).tryQuery().isPresent());
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError(query + " did not appear within 10 s", e);
        }
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
    }

    public static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Labeled.class).getText();
    }

    public void close() {
        workbench.close();
    }
}
