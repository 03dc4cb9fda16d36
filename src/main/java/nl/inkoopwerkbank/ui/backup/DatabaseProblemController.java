package nl.inkoopwerkbank.ui.backup;

import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

import org.kordamp.ikonli.javafx.FontIcon;

import nl.inkoopwerkbank.service.BackupTexts;
import nl.inkoopwerkbank.domain.backup.BackupInfo;
import nl.inkoopwerkbank.i18n.Messages;
import nl.inkoopwerkbank.ui.common.View;
import nl.inkoopwerkbank.ui.common.ViewLoader;

/**
 * "Database kan niet worden geopend": what is wrong in plain words, which file, and the way out. When
 * backups exist (and no other window holds the database) the latest is offered by date and contents,
 * with another one to choose; restoring keeps the unopenable file as a backup first.
 */
public final class DatabaseProblemController {

    /** What the buttons do; the application does the work and replaces this screen when it succeeds. */
    public interface Actions {
        /** Put this backup in place of the unopenable file and open the database. */
        void restore(BackupInfo backup);

        /** Try to open the database again. */
        void retry();

        /** Close the program. */
        void quit();
    }

    private final Messages messages;
    private final BackupTexts texts;
    private final ViewLoader views;

    @FXML private Parent root;
    @FXML private FontIcon problemIcon;
    @FXML private Label problemHeading;
    @FXML private Label problemExplanation;
    @FXML private Label problemFile;
    @FXML private Label problemDetail;
    @FXML private VBox problemBackupBox;
    @FXML private Label problemLatest;
    @FXML private Label problemLatestEncrypted;
    @FXML private Label problemKeptNote;
    @FXML private Button problemRestoreLatest;
    @FXML private Button problemChooseOther;
    @FXML private Label problemNoBackup;
    @FXML private HBox problemBusyBox;
    @FXML private Label problemBusyLabel;
    @FXML private Label problemError;
    @FXML private Button problemRetry;
    @FXML private Button problemClose;

    private DatabaseProblem problem;
    private Actions actions;

    public DatabaseProblemController(BackupTexts texts, ViewLoader views) {
        this.texts = texts;
        this.messages = texts.messages();
        this.views = views;
    }

    /** Fills the screen for this problem. */
    public void show(DatabaseProblem problem, Actions actions) {
        this.problem = problem;
        this.actions = actions;
        DatabaseProblem.Kind kind = problem.kind();
        problemIcon.setIconLiteral(kind == DatabaseProblem.Kind.LOCKED ? "fth-lock"
                : kind == DatabaseProblem.Kind.KEY_MISSING ? "fth-key" : "fth-alert-octagon");
        // another window holding the file is no damage: the calm colour
        problemIcon.getStyleClass().setAll("ikonli-font-icon",
                kind == DatabaseProblem.Kind.LOCKED ? "startup-icon" : "startup-icon-danger");
        switch (kind) {
            case LOCKED -> {
                problemHeading.setText(messages.get("problem.locked.heading"));
                problemExplanation.setText(messages.get("problem.locked.text"));
            }
            case DAMAGED -> {
                problemHeading.setText(messages.get("problem.damaged.heading"));
                problemExplanation.setText(messages.get("problem.damaged.text"));
            }
            case NEWER_VERSION -> {
                problemHeading.setText(messages.get("problem.newer.heading"));
                problemExplanation.setText(messages.get("problem.newer.text"));
            }
            case KEY_MISSING -> {
                problemHeading.setText(messages.get("problem.key.heading"));
                problemExplanation.setText(messages.get("problem.key.text", problem.keyFile()));
            }
            case MISSING -> {
                problemHeading.setText(messages.get("problem.missing.heading"));
                problemExplanation.setText(messages.get("problem.missing.text"));
            }
            default -> {
                problemHeading.setText(messages.get("problem.other.heading"));
                problemExplanation.setText(messages.get("problem.other.text"));
            }
        }
        problemFile.setText(messages.get("problem.file", problem.file()));
        problemDetail.setText(problem.detail());
        visible(problemDetail, !problem.detail().isBlank());

        boolean offer = problem.offersBackup();
        visible(problemBackupBox, offer);
        problem.latest().filter(b -> offer).ifPresent(latest -> {
            problemLatest.setText(texts.line(latest));
            visible(problemLatestEncrypted, latest.encrypted());
            problemKeptNote.setText(messages.get(kind == DatabaseProblem.Kind.MISSING ? "problem.kept.missing" : "problem.kept"));
            visible(problemChooseOther, problem.backups().size() > 1);
        });
        problemNoBackup.setText(messages.get("problem.no-backup", problem.backupFolder()));
        visible(problemNoBackup, problem.backups().isEmpty() && kind != DatabaseProblem.Kind.LOCKED);
        visible(problemRetry, problem.offersRetry());
        problemRetry.setDefaultButton(!offer);
        problemRestoreLatest.setDefaultButton(offer);
        idle();
    }

    /** Shows that the application is working (restoring, opening); the buttons wait. */
    public void busy(String text) {
        problemBusyLabel.setText(text);
        visible(problemBusyBox, true);
        visible(problemError, false);
        setButtonsDisabled(true);
    }

    /** Shows why the last action failed; the buttons work again. */
    public void failed(String text) {
        idle();
        problemError.setText(text);
        visible(problemError, true);
    }

    private void idle() {
        visible(problemBusyBox, false);
        visible(problemError, false);
        setButtonsDisabled(false);
    }

    private void setButtonsDisabled(boolean disabled) {
        for (Button b : new Button[] {problemRestoreLatest, problemChooseOther, problemRetry, problemClose}) {
            b.setDisable(disabled);
        }
    }

    private static void visible(Node n, boolean visible) {
        n.setVisible(visible);
        n.setManaged(visible);
    }

    @FXML
    private void onRestoreLatest() {
        problem.latest().ifPresent(actions::restore);
    }

    @FXML
    private void onChooseOther() {
        ViewLoader.Loaded<BackupChooserController> chooser = views.load(View.BACKUP_CHOOSER);
        chooser.controller().choose(root.getScene() == null ? null : root.getScene().getWindow(), problem.backups(),
                problem.kind() == DatabaseProblem.Kind.MISSING ? messages.get("problem.kept.missing")
                        : messages.get("problem.kept"))
                .ifPresent(actions::restore);
    }

    @FXML
    private void onRetry() {
        actions.retry();
    }

    @FXML
    private void onClose() {
        actions.quit();
    }

    public Parent root() {
        return root;
    }
}
