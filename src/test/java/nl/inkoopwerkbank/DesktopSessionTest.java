package nl.inkoopwerkbank;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import atlantafx.base.theme.PrimerLight;
import nl.inkoopwerkbank.domain.backup.BackupInfo;
import nl.inkoopwerkbank.domain.provider.Provider;
import nl.inkoopwerkbank.store.DataLocation;
import nl.inkoopwerkbank.store.LockHolder;
import nl.inkoopwerkbank.ui.common.Background;

/**
 * The application's life with its database, clicked through headless on real H2 files: the backups dialog
 * (list, contents, a backup now, how many are kept, restore after confirmation), the daily backup, a damaged
 * or missing database file, one held by another program, and an encrypted database (its passphrase at start,
 * encrypting and decrypting from the dialog).
 */
@ExtendWith(ApplicationExtension.class)
class DesktopSessionTest {

    /** A clock the test moves on. */
    static final class TestClock extends Clock {
        private Instant now;

        TestClock(Instant now) {
            this.now = now;
        }

        void set(Instant instant) {
            now = instant;
        }

        @Override
        public ZoneId getZone() {
            return ZoneId.systemDefault();
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    /** A moment in the local time zone, so the screens show exactly these words. */
    static Instant at(int day, int hour) {
        return LocalDateTime.of(2026, 11, day, hour, 0).atZone(ZoneId.systemDefault()).toInstant();
    }

    static final char[] PASSPHRASE = "zeven zwanen zwemmen zuidwaarts".toCharArray();

    @TempDir
    Path dir;

    private Stage stage;
    private Path base;
    private final TestClock clock = new TestClock(at(20, 8));
    private DesktopSession session;
    private final AtomicInteger exits = new AtomicInteger();

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        this.stage = stage;
    }

    @AfterEach
    void closeSession(FxRobot robot) {
        if (session != null) {
            robot.interact(session::stopDailyBackups);
            session.closeDatabase();
        }
    }

    private void startSession(FxRobot robot) {
        session = new DesktopSession(stage, base, clock, Background.immediate(), true, exits::incrementAndGet);
        robot.interact(session::start);
    }

    /** A database with the sample data and a manual backup of it at each given moment; closed again. */
    private List<BackupInfo> sampleDatabaseWithBackups(Instant... moments) {
        base = DataLocation.basePath(dir.resolve("wb"));
        clock.set(moments[0]);
        try (Workbench wb = Workbench.open(base, true, clock)) {
            java.util.ArrayList<BackupInfo> made = new java.util.ArrayList<>();
            for (Instant m : moments) {
                clock.set(m);
                made.add(wb.backups().create(BackupInfo.MANUAL, ""));
            }
            return made;
        }
    }

    private static void deleteOneProvider(Workbench wb) {
        for (Provider p : wb.providers().all()) {
            try {
                if (wb.providers().delete(p.id())) {
                    return;
                }
            } catch (RuntimeException referenced) {
                // a provider with quotes stays; take the next
            }
        }
        throw new AssertionError("no provider could be deleted");
    }

    /** Replaces the text of a field as a user would: select all, type. */
    private static void retype(FxRobot robot, String query, String text) {
        robot.clickOn(query).push(KeyCode.CONTROL, KeyCode.A).write(text);
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Labeled.class).getText();
    }

    private static boolean showing(FxRobot robot, String query) {
        return robot.lookup(query).tryQuery().map(Node::isVisible).orElse(false);
    }

    /** Clicks the button with this text in whichever showing dialog has it. */
    private static void clickDialogButton(FxRobot robot, String label) {
        for (Window w : robot.listTargetWindows()) {
            if (w.isShowing() && w.getScene() != null && w.getScene().getRoot() instanceof DialogPane pane) {
                Optional<Node> b = pane.getButtonTypes().stream().map(pane::lookupButton)
                        .filter(n -> n instanceof Button bt && label.equals(bt.getText())).findFirst();
                if (b.isPresent()) {
                    robot.clickOn(b.get());
                    return;
                }
            }
        }
        throw new AssertionError("no dialog with a button " + label);
    }

    /** The header of the showing dialog that has a button with this text. */
    private static DialogPane dialogWithButton(FxRobot robot, String label) {
        for (Window w : robot.listTargetWindows()) {
            if (w.isShowing() && w.getScene() != null && w.getScene().getRoot() instanceof DialogPane pane
                    && pane.getButtonTypes().stream().map(pane::lookupButton)
                    .anyMatch(n -> n instanceof Button bt && label.equals(bt.getText()))) {
                return pane;
            }
        }
        throw new AssertionError("no dialog with a button " + label);
    }

    private static void clickRow(FxRobot robot, BackupInfo backup) {
        Node row = robot.lookup(".table-row-cell").match(n -> n instanceof TableRow<?> r && r.getItem() instanceof BackupInfo b
                && b.id().equals(backup.id())).query();
        robot.clickOn(row);
    }

    @SuppressWarnings("unchecked")
    private static List<BackupInfo> tableItems(FxRobot robot) {
        return List.copyOf(((TableView<BackupInfo>) robot.lookup("#backupTable").queryAs(TableView.class)).getItems());
    }

    private static List<String> contentsShown(FxRobot robot) {
        return robot.lookup("#backupContents").queryAs(VBox.class).getChildren().stream()
                .map(n -> ((Label) n).getText()).toList();
    }

    @Test
    void theBackupsDialogListsShowsMakesAndRestoresBackupsAfterConfirmation(FxRobot robot) {
        List<BackupInfo> before = sampleDatabaseWithBackups(at(20, 8));
        BackupInfo full = before.get(0);
        clock.set(at(21, 8));
        BackupInfo lessOne;
        try (Workbench wb = Workbench.open(base, true, clock)) {
            deleteOneProvider(wb);
            lessOne = wb.backups().create(BackupInfo.MANUAL, "");
        }
        clock.set(at(21, 10));
        startSession(robot);
        assertEquals(72, session.workbench().providers().count());
        assertEquals(2, session.workbench().backups().list().size(), "no daily backup: the last is two hours old");

        robot.clickOn("#backupsButton");
        assertEquals(DataLocation.dataFile(base).toString(), text(robot, "#databaseFileLabel"));
        assertEquals(Workbench.backupFolder(base).toString(), text(robot, "#backupFolderLabel"));
        assertEquals("Niet versleuteld", text(robot, "#encryptionStateLabel"));
        assertEquals(List.of(lessOne.id(), full.id()), tableItems(robot).stream().map(BackupInfo::id).toList(),
                "newest first");
        assertEquals("Back-up van 21 november 2026 08:00", text(robot, "#backupDetailTitle"), "the newest is selected");
        assertTrue(contentsShown(robot).contains("72 aanbieders"), contentsShown(robot).toString());

        clickRow(robot, full);
        assertEquals("Back-up van 20 november 2026 08:00", text(robot, "#backupDetailTitle"));
        assertEquals("Handmatig gemaakt", text(robot, "#backupDetailReason"));
        assertEquals("nee", text(robot, "#backupDetailEncrypted"));
        assertEquals(full.schemaVersion(), text(robot, "#backupDetailVersion"));
        List<String> contents = contentsShown(robot);
        assertEquals("73 aanbieders", contents.get(0));
        assertEquals("5 beleidsstukken", contents.get(1));
        assertTrue(contents.stream().anyMatch(c -> c.matches("[0-9.]+ checklistantwoorden")), contents.toString());
        assertTrue(contents.contains("4 offertes"), contents.toString());

        // a backup now: made with the workbench's clock, listed on top and selected
        robot.clickOn("#backupNowButton");
        List<BackupInfo> listed = tableItems(robot);
        assertEquals(3, listed.size());
        assertEquals(BackupInfo.MANUAL, listed.get(0).reason());
        assertEquals(at(21, 10), listed.get(0).createdAt());
        assertEquals(3, session.workbench().backups().list().size());
        assertEquals("Back-up van 21 november 2026 10:00", text(robot, "#backupDetailTitle"));
        assertTrue(text(robot, "#backupStatus").startsWith("Back-up gemaakt op 21 november 2026 10:00: 72 aanbieders"),
                text(robot, "#backupStatus"));

        // the number of generations: out of range is refused with the reason, a good number is stored
        retype(robot, "#generationsSpinner .text-field", "500\n");
        assertTrue(text(robot, "#generationsMessage").contains("500") && text(robot, "#generationsMessage").contains("3 tot en met 200"),
                text(robot, "#generationsMessage"));
        assertEquals(20, session.workbench().settings().backupGenerations());
        retype(robot, "#generationsSpinner .text-field", "7\n");
        assertEquals(7, session.workbench().settings().backupGenerations());

        // restoring asks first; cancelling changes nothing
        clickRow(robot, full);
        robot.clickOn("#restoreButton");
        DialogPane confirm = dialogWithButton(robot, "Terugzetten");
        assertEquals("De back-up van 20 november 2026 08:00 terugzetten?", confirm.getHeaderText());
        assertTrue(confirm.getContentText().contains("73 aanbieders, 5 beleidsstukken"), confirm.getContentText());
        assertTrue(confirm.getContentText().contains("De huidige gegevens worden eerst als back-up bewaard"),
                confirm.getContentText());
        clickDialogButton(robot, "Annuleren");
        Workbench same = session.workbench();
        assertEquals(72, same.providers().count());
        assertEquals(3, same.backups().list().size());
        assertFalse(same.database().isClosed());

        robot.clickOn("#restoreButton");
        clickDialogButton(robot, "Terugzetten");
        Workbench reopened = session.workbench();
        assertTrue(same.database().isClosed(), "the old workbench was closed");
        assertFalse(reopened.database().isClosed());
        assertEquals(73, reopened.providers().count(), "the data of the backup");
        assertEquals(5, reopened.policies().all().size());
        assertEquals(4, reopened.quotes().all().size());
        BackupInfo kept = reopened.backups().list().stream().filter(b -> b.reason().equals(BackupInfo.BEFORE_RESTORE))
                .findFirst().orElseThrow();
        assertEquals(72L, kept.count(BackupInfo.PROVIDERS), "the replaced data was kept as a backup with its counts");
        assertEquals("De back-up van 20 november 2026 08:00 is teruggezet; de vorige gegevens zijn als back-up bewaard.",
                text(robot, "#statusLabel"));
        assertTrue(robot.lookup("#navDashboard").tryQuery().isPresent(), "the main window is shown again");
        assertEquals(0, exits.get());
    }

    @Test
    void theDailyBackupIsMadeAtStartAndAgainOnlyWhenADayHasPassed(FxRobot robot) {
        sampleDatabaseWithBackups(at(20, 8));
        clock.set(at(21, 9));
        startSession(robot);
        List<BackupInfo> backups = session.workbench().backups().list();
        assertEquals(2, backups.size());
        assertEquals(BackupInfo.DAILY, backups.get(0).reason());
        assertEquals(at(21, 9), backups.get(0).createdAt());
        assertEquals("Dagelijkse back-up gemaakt (21 november 2026 09:00).", text(robot, "#statusLabel"));

        clock.set(at(22, 8));
        robot.interact(session::backupIfDue);
        assertEquals(2, session.workbench().backups().list().size(), "23 hours later: not due yet");
        clock.set(at(22, 10));
        robot.interact(session::backupIfDue);
        assertEquals(3, session.workbench().backups().list().size());
        assertEquals("Dagelijkse back-up gemaakt (22 november 2026 10:00).", text(robot, "#statusLabel"));
    }

    @Test
    void aDamagedDatabaseIsExplainedAndItsLatestBackupRestoredKeepingTheDamagedFile(FxRobot robot) throws Exception {
        sampleDatabaseWithBackups(at(20, 8), at(21, 8));
        byte[] garbage = new byte[64_000];
        new java.util.Random(11).nextBytes(garbage);
        Files.write(DataLocation.dataFile(base), garbage);
        clock.set(at(21, 9));
        startSession(robot);

        assertNull(session.workbench(), "nothing is opened, and no new database made");
        assertArrayEquals(garbage, Files.readAllBytes(DataLocation.dataFile(base)), "the damaged file is untouched");
        assertEquals("Database kan niet worden geopend", text(robot, ".startup-title"));
        assertEquals("Het databasebestand is beschadigd", text(robot, "#problemHeading"));
        assertEquals("Bestand: " + DataLocation.dataFile(base), text(robot, "#problemFile"));
        assertEquals("Back-up van 21 november 2026 08:00 \u2013 73 aanbieders, 5 beleidsstukken, 4 offertes",
                text(robot, "#problemLatest"));
        assertTrue(text(robot, "#problemKeptNote").contains("eerst zelf als back-up bewaard"));
        assertTrue(showing(robot, "#problemChooseOther"));
        assertFalse(showing(robot, "#problemRetry"), "trying again does not mend a damaged file");
        assertFalse(showing(robot, "#problemLatestEncrypted"));

        robot.clickOn("#problemRestoreLatest");
        Workbench wb = session.workbench();
        assertNotNull(wb, "the restored database is open");
        assertEquals(73, wb.providers().count());
        assertTrue(robot.lookup("#navDashboard").tryQuery().isPresent(), "the main window is shown");
        BackupInfo kept = wb.backups().list().stream().filter(b -> b.reason().equals(BackupInfo.BEFORE_RESTORE))
                .findFirst().orElseThrow();
        assertTrue(kept.counts().isEmpty(), "what the damaged file holds is unknown");
        try (var zip = new java.util.zip.ZipFile(Workbench.backupFolder(base).resolve(kept.id()).toFile())) {
            assertArrayEquals(garbage, zip.getInputStream(zip.getEntry("wb.mv.db")).readAllBytes(),
                    "the damaged file is kept as it was");
        }
    }

    @Test
    void aMissingDatabaseWithBackupsIsNeverReplacedByAnEmptyOneAndAnOtherBackupCanBeChosen(FxRobot robot)
            throws Exception {
        List<BackupInfo> made = sampleDatabaseWithBackups(at(20, 8), at(21, 8));
        Files.delete(DataLocation.dataFile(base));
        startSession(robot);

        assertNull(session.workbench());
        assertFalse(Files.exists(DataLocation.dataFile(base)), "no new, empty database");
        assertEquals("Het databasebestand ontbreekt", text(robot, "#problemHeading"));
        assertEquals("De back-up komt op de plaats van het ontbrekende bestand.", text(robot, "#problemKeptNote"));

        robot.clickOn("#problemChooseOther");
        assertEquals(List.of(made.get(1).id(), made.get(0).id()), tableItems(robot).stream().map(BackupInfo::id).toList());
        clickRow(robot, made.get(0));
        assertEquals("Back-up van 20 november 2026 08:00", text(robot, "#backupDetailTitle"));
        robot.clickOn("#chooserRestore");
        assertNotNull(session.workbench());
        assertEquals(73, session.workbench().providers().count());
        assertEquals(2, session.workbench().backups().list().size(), "nothing to keep: there was no file");
    }

    @Test
    void aDatabaseHeldByAnotherProgramSaysSoAndOpensWhenTriedAgainAfterwards(FxRobot robot) throws Exception {
        sampleDatabaseWithBackups(at(20, 8));
        Process other = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), LockHolder.class.getName(), base.toString())
                .redirectErrorStream(true).start();
        try {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(other.getInputStream(), StandardCharsets.UTF_8))) {
                assertEquals("OPEN", r.readLine());
                clock.set(at(20, 9));
                startSession(robot);
                assertNull(session.workbench());
                assertEquals("De database is al geopend in een ander venster", text(robot, "#problemHeading"));
                assertEquals("Bestand: " + DataLocation.dataFile(base), text(robot, "#problemFile"));
                assertFalse(showing(robot, "#problemBackupBox"), "no backup is offered while another window has it");
                assertTrue(showing(robot, "#problemRetry"));
            }
        } finally {
            other.destroy();
            other.waitFor(10, TimeUnit.SECONDS);
        }
        robot.clickOn("#problemRetry");
        assertNotNull(session.workbench(), "the other program is gone: the database opens");
        assertEquals(73, session.workbench().providers().count());
    }

    @Test
    void anEncryptedDatabaseAsksItsPassphraseAndSaysClearlyWhenItIsWrong(FxRobot robot) {
        sampleDatabaseWithBackups(at(20, 8));
        Workbench.encrypt(base, null, PASSPHRASE);
        clock.set(at(20, 9));
        startSession(robot);

        assertNull(session.workbench());
        assertEquals("Database: " + DataLocation.dataFile(base), text(robot, "#passphraseFile"));
        assertFalse(showing(robot, "#passphraseMessage"));
        robot.clickOn("#passphraseField").write("zeven zwanen zwemmen noordwaarts");
        robot.clickOn("#passphraseOpen");
        assertNull(session.workbench());
        assertTrue(showing(robot, "#passphraseMessage"));
        assertEquals("Deze wachtwoordzin klopt niet. Let op hoofdletters en spaties en probeer het opnieuw.",
                text(robot, "#passphraseMessage"));
        assertEquals("", robot.lookup("#passphraseField").queryTextInputControl().getText(), "the field is empty again");

        robot.clickOn("#passphraseField").write(new String(PASSPHRASE));
        robot.clickOn("#passphraseOpen");
        Workbench wb = session.workbench();
        assertNotNull(wb);
        assertTrue(wb.database().isEncrypted());
        assertEquals(73, wb.providers().count());
        assertTrue(robot.lookup("#navDashboard").tryQuery().isPresent());
    }

    @Test
    void theDatabaseIsEncryptedReKeyedAndDecryptedFromTheDialogWithPassphrasesChecked(FxRobot robot) {
        sampleDatabaseWithBackups(at(20, 8));
        clock.set(at(20, 9));
        startSession(robot);

        robot.clickOn("#backupsButton");
        robot.clickOn("#encryptButton");
        robot.clickOn("#newPassphrase").write("kort");
        robot.clickOn("#encryptionConfirm");
        assertEquals("De wachtwoordzin moet minstens 12 tekens lang zijn; deze heeft er 4.", text(robot, "#encryptionProblem"));
        retype(robot, "#newPassphrase", new String(PASSPHRASE));
        robot.clickOn("#repeatPassphrase").write("zeven zwanen zwemmen zuidwaart");
        robot.clickOn("#encryptionConfirm");
        assertEquals("De twee nieuwe wachtwoordzinnen zijn niet gelijk.", text(robot, "#encryptionProblem"));
        assertFalse(Workbench.isEncrypted(base), "nothing changed yet");
        robot.clickOn("#repeatPassphrase").push(KeyCode.END).write("s");
        robot.clickOn("#encryptionConfirm");

        assertTrue(Workbench.isEncrypted(base));
        Workbench encrypted = session.workbench();
        assertTrue(encrypted.database().isEncrypted(), "reopened with the new passphrase");
        assertEquals(73, encrypted.providers().count());
        assertEquals("De database is versleuteld. Bewaar de wachtwoordzin goed.", text(robot, "#statusLabel"));
        assertTrue(encrypted.backups().list().stream().allMatch(BackupInfo::encrypted), "the backups are encrypted too");

        // a new passphrase: the current one is asked, the new one twice
        String next = "acht apen aten appeltaart";
        robot.clickOn("#backupsButton");
        assertEquals("Versleuteld met een wachtwoordzin", text(robot, "#encryptionStateLabel"));
        robot.clickOn("#changePassphraseButton");
        robot.clickOn("#currentPassphrase").write(new String(PASSPHRASE));
        robot.clickOn("#newPassphrase").write(new String(PASSPHRASE));
        robot.clickOn("#repeatPassphrase").write(new String(PASSPHRASE));
        robot.clickOn("#encryptionConfirm");
        assertEquals("De nieuwe wachtwoordzin is gelijk aan de huidige.", text(robot, "#encryptionProblem"));
        retype(robot, "#newPassphrase", next);
        retype(robot, "#repeatPassphrase", next);
        robot.clickOn("#encryptionConfirm");
        assertEquals("De wachtwoordzin is gewijzigd.", text(robot, "#statusLabel"));
        assertTrue(session.workbench().database().isEncrypted());
        assertEquals(73, session.workbench().providers().count());

        robot.clickOn("#backupsButton");
        robot.clickOn("#decryptButton");
        robot.clickOn("#currentPassphrase").write(new String(PASSPHRASE));
        robot.clickOn("#encryptionConfirm");
        assertEquals("De huidige wachtwoordzin klopt niet.", text(robot, "#encryptionProblem"), "the old one no longer");
        assertTrue(Workbench.isEncrypted(base));
        retype(robot, "#currentPassphrase", next);
        robot.clickOn("#encryptionConfirm");

        assertFalse(Workbench.isEncrypted(base));
        assertFalse(session.workbench().database().isEncrypted());
        assertEquals(73, session.workbench().providers().count());
        assertEquals("De versleuteling is uitgezet.", text(robot, "#statusLabel"));
        assertEquals(0, exits.get());
    }

    @Test
    void closingAStartUpScreenEndsTheProgram(FxRobot robot) throws Exception {
        sampleDatabaseWithBackups(at(20, 8));
        Files.write(DataLocation.dataFile(base), new byte[] {1, 2, 3});
        startSession(robot);
        robot.clickOn("#problemClose");
        assertEquals(1, exits.get());
        assertFalse(stage.isShowing());
    }
}
