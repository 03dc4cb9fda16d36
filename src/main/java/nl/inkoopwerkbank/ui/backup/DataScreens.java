package nl.inkoopwerkbank.ui.backup;

import java.util.List;

import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Window;

import nl.inkoopwerkbank.service.BackupTexts;
import nl.inkoopwerkbank.i18n.Messages;
import nl.inkoopwerkbank.ui.common.Background;
import nl.inkoopwerkbank.ui.common.View;
import nl.inkoopwerkbank.ui.common.ViewLoader;

/**
 * The screens shown while no database is open (its passphrase, why it cannot be opened, which backup to
 * restore) and the busy window while it is closed for a restore or an encryption change. They need no
 * services, so the application can show them before the main window exists.
 */
public final class DataScreens {

    private final ViewLoader views;
    private final Messages messages;
    private final List<String> stylesheets;

    public DataScreens(Messages messages, Background background, List<String> stylesheets) {
        this.messages = messages;
        this.stylesheets = List.copyOf(stylesheets);
        BackupTexts texts = new BackupTexts(messages);
        this.views = new ViewLoader(messages);
        views.register(DatabaseProblemController.class, () -> new DatabaseProblemController(texts, views))
                .register(PassphraseController.class, () -> new PassphraseController(messages, background))
                .register(BackupChooserController.class, () -> new BackupChooserController(messages, this.stylesheets))
                .register(BackupListController.class, () -> new BackupListController(texts))
                .register(BusyController.class, () -> new BusyController(messages, this.stylesheets));
    }

    public Messages messages() {
        return messages;
    }

    public DatabaseProblemController problem() {
        return views.<DatabaseProblemController>load(View.DATABASE_PROBLEM).controller();
    }

    public PassphraseController passphrase() {
        return views.<PassphraseController>load(View.PASSPHRASE_DIALOG).controller();
    }

    /** Lets the buyer choose one of these backups to restore; empty when cancelled. */
    public java.util.Optional<nl.inkoopwerkbank.domain.backup.BackupInfo> chooseBackup(Window owner,
            List<nl.inkoopwerkbank.domain.backup.BackupInfo> backups, String keptNote) {
        return views.<BackupChooserController>load(View.BACKUP_CHOOSER).controller().choose(owner, backups, keptNote);
    }

    /** Shows the busy window over {@code owner}; close it when the work is done. */
    public BusyController busy(Window owner, String text) {
        BusyController busy = views.<BusyController>load(View.BUSY_DIALOG).controller();
        busy.show(owner, text);
        return busy;
    }

    /** A scene for one of these screens, with the application's stylesheets. */
    public Scene scene(Parent root, double width, double height) {
        Scene scene = new Scene(root, width, height);
        scene.getStylesheets().setAll(stylesheets);
        return scene;
    }
}
