package nl.inkoopwerkbank;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;

import javafx.application.Application;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import atlantafx.base.theme.PrimerLight;
import nl.inkoopwerkbank.store.DataLocation;
import nl.inkoopwerkbank.ui.common.FxBackground;

/**
 * The main window shows while the database is still opening (as {@link App} starts it): the navigation
 * answers at once, a section chosen meanwhile opens once the file is open, the window comes up in the
 * language remembered for the database, and a database that turns out not to open gives the problem screen.
 * Real H2 files, a real background worker, clicked through headless.
 */
@ExtendWith(ApplicationExtension.class)
class EarlyWindowTest {

    @TempDir
    Path dir;

    private Stage stage;
    private Path base;
    private DesktopSession session;
    private FxBackground background;
    private final Clock clock = Clock.systemDefaultZone();

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        this.stage = stage;
    }

    @AfterEach
    void close(FxRobot robot) {
        if (session != null) {
            robot.interact(session::stopDailyBackups);
        }
        if (background != null) {
            background.close();
        }
        if (session != null) {
            session.closeDatabase();
        }
        if (base != null) {
            StartPreferences.of(base).ifPresent(StartPreferences::forget);
        }
    }

    /** A database with the sample data, closed again; optionally in English. */
    private void sampleDatabase(Locale language) {
        base = DataLocation.basePath(dir.resolve("wb"));
        try (Workbench wb = Workbench.open(base, true, clock)) {
            if (language != null) {
                wb.settings().setLanguage(language);
                StartPreferences.of(base).orElseThrow().remember(wb.settings());
            }
        }
    }

    private void startWhileOpening(FxRobot robot, EarlyOpen early) {
        background = new FxBackground();
        session = new DesktopSession(stage, base, clock, background, true, () -> { });
        robot.interact(() -> session.startWith(early));
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Labeled.class).getText();
    }

    private static void waitUntil(BooleanSupplier condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> {
            WaitForAsyncUtils.waitForFxEvents();
            return condition.getAsBoolean();
        });
    }

    @Test
    void theNavigationAnswersBeforeTheDatabaseIsOpenAndTheChosenSectionOpensOnceItIs(FxRobot robot) throws Exception {
        sampleDatabase(null);
        CompletableFuture<Workbench> opening = new CompletableFuture<>();
        startWhileOpening(robot, EarlyOpen.of(opening));

        assertTrue(stage.isShowing(), "the window shows while the database is opening");
        assertEquals("Aanbieders", text(robot, "#navProviders"));
        assertEquals("De database wordt geopend…", text(robot, "#statusLabel"));
        robot.clickOn("#navProviders");
        assertTrue(robot.lookup("#table").tryQuery().isEmpty(), "no section needs the database before it is open");
        assertEquals("De database wordt geopend…", text(robot, "#statusLabel"));
        assertNull(session.workbench());

        Workbench wb = Workbench.open(base, true, clock);
        opening.complete(wb);
        waitUntil(() -> robot.lookup("#table").tryQuery().isPresent());
        TableView<?> table = robot.lookup("#table").queryAs(TableView.class);
        waitUntil(() -> table.getItems().size() == wb.providers().count());
        assertFalse(text(robot, "#statusLabel").contains("geopend"), "the status no longer says the database is opening");

        assertTrue(wb.backups().list().isEmpty(), "the daily backup waits until the start is over");

        robot.clickOn("#navDashboard");
        waitUntil(() -> robot.lookup("#dashboard-total .card-figure").tryQuery().isPresent());
        assertEquals(String.valueOf(wb.providers().count()), text(robot, "#dashboard-total .card-figure"));
    }

    @Test
    void theWindowComesUpInTheLanguageRememberedForTheDatabase(FxRobot robot) throws Exception {
        sampleDatabase(Locale.ENGLISH);
        CompletableFuture<Workbench> opening = new CompletableFuture<>();
        startWhileOpening(robot, EarlyOpen.of(opening));

        assertEquals("Providers", text(robot, "#navProviders"), "English before the database is open");
        opening.complete(Workbench.open(base, true, clock));
        waitUntil(() -> session.workbench() != null);
        assertEquals("Providers", text(robot, "#navProviders"));
        robot.clickOn("#navProviders");
        waitUntil(() -> robot.lookup("#table").tryQuery().isPresent());
    }

    @Test
    void aDatabaseThatDoesNotOpenReplacesTheWindowWithTheProblemScreen(FxRobot robot) throws Exception {
        sampleDatabase(null);
        byte[] garbage = new byte[64_000];
        new java.util.Random(5).nextBytes(garbage);
        Files.write(DataLocation.dataFile(base), garbage);
        startWhileOpening(robot, EarlyOpen.begin(base, true, clock));

        waitUntil(() -> robot.lookup("#problemHeading").tryQuery().isPresent());
        assertEquals("Het databasebestand is beschadigd", text(robot, "#problemHeading"));
        assertNull(session.workbench());
        assertFalse(robot.lookup("#navProviders").tryQuery().isPresent(), "the main window is gone");
    }
}
