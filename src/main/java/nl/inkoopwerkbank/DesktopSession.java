package nl.inkoopwerkbank;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.geometry.Rectangle2D;
import javafx.scene.Parent;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.util.Duration;

import nl.inkoopwerkbank.domain.backup.BackupInfo;
import nl.inkoopwerkbank.i18n.Messages;
import nl.inkoopwerkbank.service.Settings;
import nl.inkoopwerkbank.store.DataLocation;
import nl.inkoopwerkbank.store.DatabaseException;
import nl.inkoopwerkbank.store.DatabaseKey;
import nl.inkoopwerkbank.ui.UiComposition;
import nl.inkoopwerkbank.service.BackupTexts;
import nl.inkoopwerkbank.ui.backup.BusyController;
import nl.inkoopwerkbank.ui.backup.DataActions;
import nl.inkoopwerkbank.ui.backup.DataInfo;
import nl.inkoopwerkbank.ui.backup.DataRequest;
import nl.inkoopwerkbank.ui.backup.DataScreens;
import nl.inkoopwerkbank.ui.backup.DatabaseProblem;
import nl.inkoopwerkbank.ui.backup.DatabaseProblemController;
import nl.inkoopwerkbank.ui.backup.PassphraseController;
import nl.inkoopwerkbank.ui.common.Background;
import nl.inkoopwerkbank.ui.common.Dialogs;
import nl.inkoopwerkbank.ui.settings.SettingsController;

/**
 * The desktop application's time with its database, in one window: at start it opens the database (asking
 * the passphrase of an encrypted one; explaining one that cannot be opened and offering its latest backup,
 * never creating a new empty one in its place), then shows the main window; on request it restores a
 * backup or changes the encryption with the database closed and opens it again; and while it runs it makes
 * the daily backup. {@link App} drives it; the UI tests drive it with their own stage.
 */
final class DesktopSession implements DataActions {

    /** How often the daily backup is checked while the program runs. */
    static final Duration BACKUP_CHECK = Duration.hours(1);
    /** How long after the program starts the daily backup is first checked. */
    static final Duration FIRST_BACKUP_CHECK = Duration.seconds(30);
    private static final double SCREEN_WIDTH = 860;
    private static final double SCREEN_HEIGHT = 640;

    private final Stage stage;
    private final Path base;
    private final Clock clock;
    private final Background background;
    private final boolean sampleData;
    private final Runnable exit;

    private volatile Workbench workbench;
    /** The opening App began, while the window shows before it is done (null otherwise). */
    private volatile EarlyOpen early;
    /** The passphrase the open database was opened with (null when it is not encrypted). */
    private char[] passphrase;
    private Messages messages = Messages.dutch();
    private UiComposition ui;
    private boolean geometryRestored;
    private Timeline dailyBackups;
    private Timeline firstBackupCheck;

    /**
     * @param base       the database (without {@code .mv.db})
     * @param background where database work runs (one worker thread; tests run it at once)
     * @param sampleData whether a new database gets the sample data
     * @param exit       ends the program (App: {@code Platform.exit})
     */
    DesktopSession(Stage stage, Path base, Clock clock, Background background, boolean sampleData, Runnable exit) {
        this.stage = stage;
        this.base = DataLocation.basePath(base);
        this.clock = clock;
        this.background = background;
        this.sampleData = sampleData;
        this.exit = exit;
    }

    /** Opens the database (or shows why it cannot be opened) and shows the window. */
    void start() {
        startWith(null);
    }

    /**
     * As {@link #start()}, taking over an opening of the database that {@link App} began before the FX
     * toolkit started (null: open it now). The database opens on the background worker; the window shows
     * once it is open (a first start loads the samples first) or once it is clear why it cannot be opened,
     * so the FX thread never waits for the file.
     */
    void startWith(EarlyOpen early) {
        stage.setTitle(messages.get("app.title"));
        stage.setMinWidth(760);
        stage.setMinHeight(560);
        stage.setOnCloseRequest(e -> {
            e.consume();
            requestClose();
        });
        if (early != null && early.started()) {
            showWhileOpening(early);
            return;
        }
        if (Workbench.isEncrypted(base)) {
            // App began no opening for it: the passphrase comes first
            showPassphrase(null);
            stage.show();
            return;
        }
        background.run(() -> tryOpen(null), o -> {
            show(o, null);
            stage.show();
        }, e -> {
            showProblem(asDatabaseException(e));
            stage.show();
        });
    }

    /**
     * The main window at once, while the database that {@link App} began to open is still opening: built in
     * the language remembered for this database ({@link StartPreferences}) and placed where it was. The start
     * page fills once the file is open; a section the buyer chooses meanwhile opens then. A database that
     * turns out not to open replaces the window with the problem screen, as at a start without this.
     */
    private void showWhileOpening(EarlyOpen early) {
        this.early = early;
        Optional<StartPreferences> remembered = StartPreferences.of(base);
        java.util.Locale language = remembered.flatMap(StartPreferences::language).orElse(Messages.DUTCH);
        buildUi(language, () -> servicesOf(early.await()), true);
        Optional<Settings.WindowGeometry> place = remembered.flatMap(StartPreferences::window);
        place(place);
        stage.show();
        // the opening's outcome, with what the window needs of its settings, read on the worker
        background.run(() -> {
            Outcome o = outcomeOf(early);
            if (!(o instanceof Opened op)) {
                return new OpenedWhileShowing(o, null, Optional.empty());
            }
            Settings s = op.workbench().settings();
            StartPreferences.of(base).ifPresent(p -> p.remember(s));
            return new OpenedWhileShowing(o, s.language(), s.windowGeometry());
        }, done -> {
            if (!(done.outcome() instanceof Opened op)) {
                show(done.outcome(), null);
                return;
            }
            workbench = op.workbench();
            forgetPassphrase();
            if (!done.language().getLanguage().equals(language.getLanguage())) {
                // the remembered language was not the database's (a first start, or another copy): build again
                buildUi();
            } else {
                ui.main().databaseOpen();
            }
            if (place.isEmpty()) {
                place(done.window());
            }
            geometryRestored = true;
            startDailyBackups(FIRST_BACKUP_CHECK);
        }, e -> showProblem(asDatabaseException(e)));
    }

    /** What an opening came to while the window showed, and the language and place its settings hold. */
    private record OpenedWhileShowing(Outcome outcome, java.util.Locale language,
                                      Optional<Settings.WindowGeometry> window) {
    }

    private static UiComposition.Services servicesOf(Workbench wb) {
        return new UiComposition.Services(wb.providers(), wb.policies(), wb.assessments(), wb.quotes(), wb.calendar(),
                wb.exports(), wb.audit(), wb.settings(), wb.backups());
    }

    /**
     * Copies what the next start needs before its database is open (see {@link StartPreferences}), on the
     * worker: it reads the settings and writes a file. App closes the worker only after queued work ran.
     */
    private void remember() {
        Workbench wb = workbench;
        if (wb != null) {
            background.run(() -> {
                StartPreferences.of(base).ifPresent(p -> p.remember(wb.settings()));
                return null;
            }, done -> { }, e -> { });
        }
    }

    /** What the opening App began came to. */
    private Outcome outcomeOf(EarlyOpen early) {
        return attempt(early::await, null);
    }

    // ---- opening ------------------------------------------------------------------------------------------

    /** What an attempt to open the database came to. */
    private interface Outcome {
    }

    private record Opened(Workbench workbench, char[] passphrase) implements Outcome {
    }

    /** The database is encrypted and no passphrase, or a wrong one, was given. */
    private record NeedsPassphrase() implements Outcome {
    }

    private record Failed(DatabaseException error) implements Outcome {
    }

    /** Tries to open the database; any thread. */
    private Outcome tryOpen(char[] pass) {
        boolean encrypted = Workbench.isEncrypted(base);
        if (encrypted && pass == null) {
            return new NeedsPassphrase();
        }
        return attempt(() -> Workbench.open(base, sampleData, clock, encrypted ? pass : null), encrypted ? pass : null);
    }

    /** Runs one opening and says what it came to. */
    private Outcome attempt(java.util.function.Supplier<Workbench> opening, char[] pass) {
        try {
            Workbench wb = opening.get();
            return new Opened(wb, pass != null ? pass.clone() : null);
        } catch (DatabaseException e) {
            return e.reason() == DatabaseException.Reason.WRONG_PASSPHRASE
                    || e.reason() == DatabaseException.Reason.PASSPHRASE_NEEDED ? new NeedsPassphrase() : new Failed(e);
        } catch (RuntimeException e) {
            return new Failed(new DatabaseException(DatabaseException.Reason.OTHER,
                    "De database " + DataLocation.dataFile(base) + " kan niet worden geopend: " + e.getMessage(), e));
        }
    }

    /** Shows what an attempt came to: the main window, the passphrase screen or the problem screen. */
    private void show(Outcome outcome, String passphraseHint) {
        if (outcome instanceof Opened o) {
            opened(o.workbench(), o.passphrase());
        } else if (outcome instanceof NeedsPassphrase) {
            showPassphrase(passphraseHint);
        } else {
            showProblem(((Failed) outcome).error());
        }
    }

    private void opened(Workbench wb, char[] pass) {
        workbench = wb;
        forgetPassphrase();
        passphrase = pass;
        buildUi();
        if (!geometryRestored) {
            restoreGeometry();
            geometryRestored = true;
        }
        startDailyBackups();
    }

    private static void wipe(char[] secret) {
        if (secret != null) {
            Arrays.fill(secret, '\0');
        }
    }

    private void forgetPassphrase() {
        if (passphrase != null) {
            Arrays.fill(passphrase, '\0');
            passphrase = null;
        }
    }

    // ---- the main window ----------------------------------------------------------------------------------

    private void buildUi() {
        UiComposition.Services services = servicesOf(workbench);
        buildUi(workbench.settings().language(), () -> services, false);
    }

    /** Builds the main window in {@code language}; {@code opening}: the database is still being opened. */
    private void buildUi(java.util.Locale language, java.util.function.Supplier<UiComposition.Services> services,
                         boolean opening) {
        messages = Messages.forLocale(language);
        // month and day names in the calendar views and date pickers follow the chosen language
        java.util.Locale.setDefault("nl".equals(messages.locale().getLanguage())
                ? nl.inkoopwerkbank.domain.format.Formats.DUTCH : java.util.Locale.UK);
        Dialogs dialogs = new Dialogs(messages);
        dialogs.setOwner(stage);
        ui = UiComposition.build(services, opening, background, messages, dialogs,
                DataLocation.dataFile(base).toString(), this::applySettings, this);
        double w = stage.getScene() == null ? 1280 : Math.max(stage.getScene().getWidth(), 960);
        double h = stage.getScene() == null ? 800 : Math.max(stage.getScene().getHeight(), 600);
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
        remember();
        if (rebuild) {
            buildUi();
        }
    }

    private void restoreGeometry() {
        place(workbench.settings().windowGeometry());
    }

    /** Puts the window where it was, or on a first start over most of the screen, centred. */
    private void place(Optional<Settings.WindowGeometry> geometry) {
        geometry.ifPresentOrElse(g -> {
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

    private void requestClose() {
        if (ui != null && workbench != null) {
            ui.main().whenSafeToLeave(this::closeWindow);
        } else {
            stage.close();
            exit.run();
        }
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
        remember();
        stage.close();
        exit.run();
    }

    // ---- screens while no database is open ----------------------------------------------------------------

    private DataScreens screens() {
        return new DataScreens(messages, background, UiComposition.stylesheetUrls());
    }

    private Dialogs dialogs() {
        Dialogs d = new Dialogs(messages);
        d.setOwner(stage);
        return d;
    }

    private void showScreen(Parent root) {
        stopDailyBackups();
        ui = null;
        double w = stage.getScene() == null ? SCREEN_WIDTH : stage.getScene().getWidth();
        double h = stage.getScene() == null ? SCREEN_HEIGHT : stage.getScene().getHeight();
        stage.setScene(screens().scene(root, w, h));
        stage.setTitle(messages.get("app.title"));
    }

    private void showPassphrase(String hint) {
        workbench = null;
        forgetPassphrase();
        DataScreens screens = screens();
        PassphraseController screen = screens.passphrase();
        Opened[] result = new Opened[1];
        List<BackupInfo> backups = Workbench.backupsOf(base);
        screen.show(DataLocation.dataFile(base).toString(), hint, !backups.isEmpty(), new PassphraseController.Actions() {
            @Override
            public boolean open(char[] typed) {
                Outcome o = tryOpen(typed);
                if (o instanceof Opened op) {
                    result[0] = op;
                    return true;
                }
                if (o instanceof NeedsPassphrase) {
                    return false;
                }
                throw ((Failed) o).error();
            }

            @Override
            public void opened() {
                DesktopSession.this.opened(result[0].workbench(), result[0].passphrase());
            }

            @Override
            public void failed(Throwable error) {
                showProblem(asDatabaseException(error));
            }

            @Override
            public void chooseBackup() {
                screens.chooseBackup(stage, Workbench.backupsOf(base), messages.get("problem.kept"))
                        .ifPresent(b -> restoreClosed(b, null));
            }

            @Override
            public void quit() {
                stage.close();
                exit.run();
            }
        });
        showScreen(screen.root());
    }

    private void showProblem(DatabaseException error) {
        workbench = null;
        DatabaseProblemController screen = screens().problem();
        screen.show(problemOf(error), new DatabaseProblemController.Actions() {
            @Override
            public void restore(BackupInfo backup) {
                restoreClosed(backup, screen);
            }

            @Override
            public void retry() {
                screen.busy(messages.get("problem.busy.opening"));
                char[] held = passphrase == null ? null : passphrase.clone();
                background.run(() -> tryOpen(held), o -> show(o, null),
                        e -> screen.failed(messageOf(e)));
            }

            @Override
            public void quit() {
                stage.close();
                exit.run();
            }
        });
        showScreen(screen.root());
    }

    /**
     * Puts a backup in place of the database that is not open (the file there is kept as a backup first) and
     * opens it; progress shows on the problem screen when there is one, else in the busy window.
     */
    private void restoreClosed(BackupInfo backup, DatabaseProblemController screen) {
        String doing = messages.get("problem.busy.restoring", new BackupTexts(messages).when(backup.createdAt()));
        BusyController busy = screen == null ? screens().busy(stage, doing) : null;
        if (screen != null) {
            screen.busy(doing);
        }
        char[] held = passphrase == null ? null : passphrase.clone();
        background.run(() -> {
            Workbench.restoreBackup(base, backup.id());
            return tryOpen(held);
        }, o -> {
            if (busy != null) {
                busy.close();
            }
            show(o, restoredHint(backup));
        }, e -> {
            if (busy != null) {
                busy.close();
            }
            String text = messages.get("problem.restore-failed", messageOf(e));
            if (screen != null) {
                screen.failed(text);
            } else {
                dialogs().error(messages.get("backups.failed.restore"), text);
            }
        });
    }

    private String restoredHint(BackupInfo backup) {
        return backup.encrypted()
                ? messages.get("passphrase.hint.restored", new BackupTexts(messages).when(backup.createdAt())) : null;
    }

    /** The store's reason in the plain values the screen shows. */
    private DatabaseProblem problemOf(DatabaseException e) {
        DatabaseProblem.Kind kind = switch (e.reason()) {
            case LOCKED -> DatabaseProblem.Kind.LOCKED;
            case DAMAGED -> DatabaseProblem.Kind.DAMAGED;
            case WRONG_VERSION -> DatabaseProblem.Kind.NEWER_VERSION;
            case KEY_MISSING -> DatabaseProblem.Kind.KEY_MISSING;
            case NOT_FOUND -> DatabaseProblem.Kind.MISSING;
            default -> DatabaseProblem.Kind.OTHER;
        };
        return new DatabaseProblem(kind, DataLocation.dataFile(base).toString(), DatabaseKey.file(base).toString(),
                e.getMessage(), Workbench.backupFolder(base).toString(), Workbench.backupsOf(base));
    }

    private static DatabaseException asDatabaseException(Throwable t) {
        return t instanceof DatabaseException de ? de
                : new DatabaseException(DatabaseException.Reason.OTHER, String.valueOf(t.getMessage()), t);
    }

    private static String messageOf(Throwable t) {
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }

    // ---- restore and encryption on request ----------------------------------------------------------------

    @Override
    public DataInfo info() {
        Workbench wb = workbench;
        return new DataInfo(DataLocation.dataFile(base).toString(), Workbench.backupFolder(base).toString(),
                wb != null && wb.database().isEncrypted());
    }

    @Override
    public boolean isCurrentPassphrase(char[] typed) {
        if (passphrase == null || typed == null) {
            return false;
        }
        byte[] a = new String(passphrase).getBytes(StandardCharsets.UTF_8);
        byte[] b = new String(typed).getBytes(StandardCharsets.UTF_8);
        try {
            return MessageDigest.isEqual(a, b);
        } finally {
            Arrays.fill(a, (byte) 0);
            Arrays.fill(b, (byte) 0);
        }
    }

    /** What a request came to: the database opened again (or not), what to say, and what went wrong. */
    private record Done(Outcome outcome, String status, RuntimeException failure, String hint, boolean changed) {
    }

    @Override
    public void perform(DataRequest request) {
        Workbench wb = workbench;
        if (wb == null) {
            request.clear();
            return;
        }
        stopDailyBackups();
        char[] held = passphrase == null ? null : passphrase.clone();
        BusyController busy = screens().busy(stage, busyText(request));
        background.run(() -> carryOut(wb, held, request), done -> {
            busy.close();
            request.clear();
            wipe(held);
            finish(request, done);
        }, e -> {
            busy.close();
            request.clear();
            wb.close();
            show(tryOpen(held), null);
            wipe(held);
            dialogs().error(failedHeader(request), messageOf(e));
        });
    }

    /** Closes the database, does the request and opens the database again; off the FX thread. */
    private Done carryOut(Workbench wb, char[] held, DataRequest request) {
        BackupTexts texts = new BackupTexts(messages);
        char[] next = held;
        String status;
        String hint = null;
        try {
            if (request instanceof DataRequest.Restore r) {
                wb.closeAndRestore(r.backup().id());
                status = messages.get("backups.status.restored", texts.when(r.backup().createdAt()));
                hint = restoredHint(r.backup());
            } else if (request instanceof DataRequest.Encrypt r) {
                wb.close();
                Workbench.encrypt(base, null, r.passphrase());
                next = r.passphrase();
                status = messages.get("backups.status.encrypted");
            } else if (request instanceof DataRequest.ChangePassphrase r) {
                wb.close();
                Workbench.encrypt(base, r.current(), r.next());
                next = r.next();
                status = messages.get("backups.status.passphrase-changed");
            } else {
                wb.close();
                Workbench.decrypt(base, ((DataRequest.Decrypt) request).current());
                next = null;
                status = messages.get("backups.status.decrypted");
            }
        } catch (RuntimeException e) {
            // the database as it was: the conversion works on a copy, a restore keeps the file until the last step
            wb.close();
            Outcome again = tryOpen(held);
            char[] candidate = newPassphraseOf(request);
            if (again instanceof NeedsPassphrase && candidate != null) {
                // the conversion went through after all (it failed after its last step): the new passphrase opens it
                Outcome converted = tryOpen(candidate);
                if (converted instanceof Opened) {
                    again = converted;
                }
            }
            // changed when the database now opens otherwise than before (encrypted, re-keyed or plain)
            boolean changed = again instanceof Opened o && !Arrays.equals(o.passphrase(), held);
            return new Done(again, null, e, null, changed);
        }
        return new Done(tryOpen(next), status, null, hint, true);
    }

    private static char[] newPassphraseOf(DataRequest request) {
        if (request instanceof DataRequest.Encrypt r) {
            return r.passphrase();
        }
        return request instanceof DataRequest.ChangePassphrase r ? r.next() : null;
    }

    private void finish(DataRequest request, Done done) {
        show(done.outcome(), done.hint());
        if (done.outcome() instanceof Opened && done.status() != null) {
            ui.main().showStatus(done.status());
        }
        if (done.failure() != null) {
            String after = "";
            if (done.outcome() instanceof Opened) {
                after = "\n\n" + messages.get(done.changed() ? "backups.failed.changed-anyway" : "backups.failed.reopened");
            }
            dialogs().error(failedHeader(request), messageOf(done.failure()) + after);
        }
    }

    private String busyText(DataRequest request) {
        if (request instanceof DataRequest.Restore r) {
            return messages.get("busy.restoring", new BackupTexts(messages).when(r.backup().createdAt()));
        }
        if (request instanceof DataRequest.Encrypt) {
            return messages.get("busy.encrypting");
        }
        if (request instanceof DataRequest.ChangePassphrase) {
            return messages.get("busy.changing-passphrase");
        }
        return messages.get("busy.decrypting");
    }

    private String failedHeader(DataRequest request) {
        if (request instanceof DataRequest.Restore) {
            return messages.get("backups.failed.restore");
        }
        if (request instanceof DataRequest.Encrypt) {
            return messages.get("backups.failed.encrypt");
        }
        if (request instanceof DataRequest.ChangePassphrase) {
            return messages.get("backups.failed.change-passphrase");
        }
        return messages.get("backups.failed.decrypt");
    }

    // ---- the daily backup ---------------------------------------------------------------------------------

    /** Makes the daily backup now when it is due, and checks again every hour while the program runs. */
    private void startDailyBackups() {
        startDailyBackups(Duration.ZERO);
    }

    /**
     * Checks for the daily backup after {@code first} and then every {@link #BACKUP_CHECK}. At program start
     * the first check waits {@link #FIRST_BACKUP_CHECK}: zipping a large database takes a core for seconds,
     * which the start page and the buyer's first clicks need more.
     */
    private void startDailyBackups(Duration first) {
        stopDailyBackups();
        if (first.equals(Duration.ZERO)) {
            backupIfDue();
        } else {
            firstBackupCheck = new Timeline(new KeyFrame(first, e -> backupIfDue()));
            firstBackupCheck.play();
        }
        dailyBackups = new Timeline(new KeyFrame(BACKUP_CHECK, e -> backupIfDue()));
        dailyBackups.setCycleCount(Animation.INDEFINITE);
        dailyBackups.play();
    }

    /** The daily backup when it is due; a failure is said in the status bar, never a crash. */
    void backupIfDue() {
        Workbench wb = workbench;
        if (wb == null) {
            return;
        }
        background.run(() -> wb.database().isClosed() ? Optional.<BackupInfo>empty() : wb.backups().createIfDue(),
                made -> made.ifPresent(b -> status(messages.get("backups.status.daily",
                        new BackupTexts(messages).when(b.createdAt())))),
                e -> status(messages.get("backups.status.daily-failed", messageOf(e))));
    }

    private void status(String text) {
        if (ui != null) {
            ui.main().showStatus(text);
        }
    }

    void stopDailyBackups() {
        if (firstBackupCheck != null) {
            firstBackupCheck.stop();
            firstBackupCheck = null;
        }
        if (dailyBackups != null) {
            dailyBackups.stop();
            dailyBackups = null;
        }
    }

    // ---- for App and the tests ----------------------------------------------------------------------------

    /** Closes the open database, if any (App's stop and the shutdown hook; runs once). */
    void closeDatabase() {
        stopDailyBackupsQuietly();
        Workbench wb = workbench;
        if (wb == null && early != null) {
            // closed while the database was still opening: close what the opening came to
            wb = early.openedOrNull();
        }
        if (wb != null) {
            wb.close();
        }
    }

    private void stopDailyBackupsQuietly() {
        if (javafx.application.Platform.isFxApplicationThread()) {
            stopDailyBackups();
        }
    }

    Workbench workbench() {
        return workbench;
    }

    UiComposition ui() {
        return ui;
    }
}
