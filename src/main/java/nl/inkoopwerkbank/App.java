package nl.inkoopwerkbank;

import java.nio.file.Path;
import java.util.List;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.stage.Screen;
import javafx.stage.Stage;

import atlantafx.base.theme.PrimerLight;
import nl.inkoopwerkbank.i18n.Messages;
import nl.inkoopwerkbank.service.Settings;
import nl.inkoopwerkbank.store.DataLocation;
import nl.inkoopwerkbank.store.DatabaseException;
import nl.inkoopwerkbank.ui.UiComposition;
import nl.inkoopwerkbank.ui.common.Dialogs;
import nl.inkoopwerkbank.ui.common.FxBackground;
import nl.inkoopwerkbank.ui.settings.SettingsController;

/** The desktop application: opens the database, shows the main window, closes everything cleanly. */
public final class App extends Application {

    private static String[] launchArgs = new String[0];

    private Workbench workbench;
    private FxBackground background;
    private Stage stage;
    private UiComposition ui;

    static void launchWith(String[] args) {
        launchArgs = args.clone();
        Application.launch(App.class, args);
    }

    @Override
    public void start(Stage primaryStage) {
        this.stage = primaryStage;
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        Path base = DataLocation.resolve(dbOption(launchArgs));
        try {
            workbench = Workbench.open(base, true);
        } catch (DatabaseException e) {
            Alert alert = new Alert(Alert.AlertType.ERROR, e.getMessage(), ButtonType.OK);
            alert.setTitle("Inkoopwerkbank");
            alert.setHeaderText(Messages.dutch().get("startup.database-failed"));
            alert.getDialogPane().setMinWidth(480);
            alert.showAndWait();
            Platform.exit();
            return;
        }
        // a logout or shutdown (SIGTERM) still closes the database cleanly; close() runs once
        Workbench opened = workbench;
        Runtime.getRuntime().addShutdownHook(new Thread(opened::close, "inkoopwerkbank-close"));
        background = new FxBackground();
        buildUi();
        restoreGeometry();
        stage.setOnCloseRequest(e -> {
            e.consume();
            ui.main().whenSafeToLeave(this::closeWindow);
        });
        stage.show();
    }

    static String dbOption(String[] args) {
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--db") && i + 1 < args.length) {
                return args[i + 1];
            }
            if (args[i].startsWith("--db=")) {
                return args[i].substring(5);
            }
        }
        return null;
    }

    private void buildUi() {
        Messages messages = Messages.forLocale(workbench.settings().language());
        // month and day names in the calendar views and date pickers follow the chosen language
        java.util.Locale.setDefault("nl".equals(messages.locale().getLanguage())
                ? nl.inkoopwerkbank.domain.format.Formats.DUTCH : java.util.Locale.UK);
        Dialogs dialogs = new Dialogs(messages);
        dialogs.setOwner(stage);
        ui = UiComposition.build(workbench.providers(), workbench.policies(), workbench.assessments(), workbench.quotes(), workbench.calendar(), workbench.exports(), workbench.audit(), workbench.settings(), background, messages, dialogs,
                workbench.database().dataFile().toString(), this::applySettings);
        double w = stage.getScene() == null ? 1280 : stage.getScene().getWidth();
        double h = stage.getScene() == null ? 800 : stage.getScene().getHeight();
        stage.setScene(ui.scene(w, h));
        stage.setTitle(messages.get("app.title"));
        stage.setMinWidth(960);
        stage.setMinHeight(600);
    }

    private void applySettings(SettingsController.Choice choice) {
        Settings s = workbench.settings();
        boolean rebuild = !choice.language().getLanguage().equals(s.language().getLanguage())
                || !choice.insurerId().equals(s.ownInsurerId());
        s.setLanguage(choice.language());
        s.setOwnInsurerId(choice.insurerId());
        s.setUserName(choice.userName());
        s.setReminderDays(choice.reminderDays());
        if (rebuild) {
            buildUi();
        }
    }

    private void restoreGeometry() {
        workbench.settings().windowGeometry().ifPresentOrElse(g -> {
            List<Screen> screens = Screen.getScreensForRectangle(g.x(), g.y(), g.width(), g.height());
            if (!screens.isEmpty()) {
                Rectangle2D visible = screens.get(0).getVisualBounds();
                stage.setX(Math.max(visible.getMinX(), g.x()));
                stage.setY(Math.max(visible.getMinY(), g.y()));
                stage.setWidth(Math.min(g.width(), visible.getWidth()));
                stage.setHeight(Math.min(g.height(), visible.getHeight()));
            }
            stage.setMaximized(g.maximized());
        }, () -> {
            // first start: most of the screen, centred
            Rectangle2D visible = Screen.getPrimary().getVisualBounds();
            stage.setWidth(Math.min(1600, Math.round(visible.getWidth() * 0.92)));
            stage.setHeight(Math.min(1000, Math.round(visible.getHeight() * 0.92)));
            stage.centerOnScreen();
        });
    }

    private void closeWindow() {
        if (!stage.isMaximized()) {
            workbench.settings().setWindowGeometry(new Settings.WindowGeometry(
                    stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(), false));
        } else {
            workbench.settings().windowGeometry().ifPresentOrElse(
                    g -> workbench.settings().setWindowGeometry(
                            new Settings.WindowGeometry(g.x(), g.y(), g.width(), g.height(), true)),
                    () -> workbench.settings().setWindowGeometry(new Settings.WindowGeometry(80, 60, 1280, 800, true)));
        }
        stage.close();
        Platform.exit();
    }

    @Override
    public void stop() {
        if (background != null) {
            background.close();
        }
        if (workbench != null) {
            workbench.close();
        }
    }
}
