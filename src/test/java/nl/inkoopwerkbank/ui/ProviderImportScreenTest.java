package nl.inkoopwerkbank.ui;

import static nl.inkoopwerkbank.ui.UiTestSupport.dialog;
import static nl.inkoopwerkbank.ui.UiTestSupport.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

import javafx.scene.control.Button;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableView;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

import nl.inkoopwerkbank.bench.RegisterFile;
import nl.inkoopwerkbank.domain.Problem;
import nl.inkoopwerkbank.domain.provider.Provider;

/**
 * The provider import clicked through: a generated register of 5,000 providers imported with its progress,
 * a register with mistakes listed problem by problem, and an import cancelled while it stores: the list
 * still shows the old providers and the dialog says nothing was imported.
 */
class ProviderImportScreenTest extends UiTestBase {

    static final long SEED = 4_242L;

    @Start
    void start(Stage stage) throws IOException {
        open(stage);
    }

    private void openImport(FxRobot robot, Path file) {
        UiTestSupport.NEXT_OPEN_FILE.set(file);
        robot.clickOn("#navProviders");
        robot.clickOn("#providersImportButton");
        assertTrue(dialog(robot).isPresent(), "the import dialog opened");
        assertEquals("Bestand: " + file.getFileName(), text(robot, "#importFile"));
        assertEquals("Klaar om te importeren.", text(robot, "#importStatus"));
    }

    private static String count(long n) {
        return String.format(java.util.Locale.GERMANY, "%,d", n) + " aanbieders";
    }

    @Test
    void fiveThousandProvidersAreImportedThroughTheScreen(FxRobot robot) {
        long before = app.workbench.providers().count();
        Path file = RegisterFile.write(dir.resolve("register.csv"), 5_000, SEED);
        openImport(robot, file);

        robot.clickOn("#importStart");

        assertEquals("Ge\u00efmporteerd: 5.000 nieuw, 0 bijgewerkt.", text(robot, "#importStatus"));
        assertEquals(1.0, robot.lookup("#importProgress").queryAs(ProgressBar.class).getProgress(), 1e-9);
        assertTrue(robot.lookup("#importProblems").queryAs(TableView.class).getItems().isEmpty());
        assertTrue(robot.lookup("#importStart").queryAs(Button.class).isDisabled(), "a register is imported once");
        assertFalse(robot.lookup("#importCancel").queryAs(Button.class).isVisible(), "nothing to cancel any more");

        robot.clickOn("#providersImportClose");
        assertTrue(dialog(robot).isEmpty());
        assertEquals(before + 5_000, app.workbench.providers().count());
        assertEquals(count(before + 5_000), text(robot, "#countLabel"), "the list shows the imported providers");
        Provider last = app.workbench.providers().findByAgb(RegisterFile.agb(4_999)).orElseThrow();
        assertEquals(RegisterFile.name(SEED, 4_999), last.name());
    }

    @Test
    void aRegisterWithMistakesListsEveryProblemAndImportsNothing(FxRobot robot) throws IOException {
        long before = app.workbench.providers().count();
        Path file = dir.resolve("fouten.csv");
        Files.writeString(file, "agb_code;naam;type;plaats;regio;postcode;contracten\n"
                + "51111111;Praktijk Goed;VSV;Gouda;Midden-Holland;2801 AB;\n"
                + "5111111;Praktijk Kort;VSV;Gouda;Midden-Holland;2801 AB;\n"
                + "51111113;=HYPERLINK(\"http://x.example\");VSV;Gouda;Midden-Holland;2801 AB;\n"
                + "51111114;Praktijk Datum;VSV;Gouda;Midden-Holland;2801 AB;salland:31-02-2026\n", StandardCharsets.UTF_8);
        openImport(robot, file);

        robot.clickOn("#importStart");

        assertEquals("Niets ge\u00efmporteerd: 3 problemen gevonden.", text(robot, "#importStatus"));
        @SuppressWarnings("unchecked")
        TableView<Problem> table = robot.lookup("#importProblems").queryAs(TableView.class);
        assertEquals(3, table.getItems().size());
        assertEquals(List.of("fouten.csv|3|agb_code", "fouten.csv|4|naam", "fouten.csv|5|contracten"),
                table.getItems().stream().map(p -> p.file() + "|" + p.line() + "|" + p.column()).toList());
        // what the reason column shows, in Dutch
        assertEquals("\u201e31-02-2026\u201c is geen datum (gebruik 2026-01-01 of 1-1-2026).",
                table.getColumns().get(3).getCellData(2));
        assertEquals("5", table.getColumns().get(1).getCellData(2));
        assertFalse(robot.lookup("#importStart").queryAs(Button.class).isDisabled(), "a corrected file can be tried again");

        robot.clickOn("#providersImportClose");
        assertEquals(before, app.workbench.providers().count());
        assertTrue(app.workbench.providers().findByAgb("51111111").isEmpty(), "not even the good row");
        assertEquals(count(before), text(robot, "#countLabel"));
    }

    @Test
    void cancellingWhileStoringKeepsTheOldProviders(FxRobot robot) throws IOException {
        Provider sample = app.workbench.providers().all().get(0);
        long before = app.workbench.providers().count();
        Path file = RegisterFile.write(dir.resolve("groot.csv"), 5_000, SEED);
        Files.writeString(file, String.join(";", sample.agbCode(), "Hernoemd door de import", "VSV", "", "", "", "Gouda",
                "Midden-Holland", "", "", "", "") + "\r\n", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        openImport(robot, file);

        // the buyer presses Annuleren while the providers are being stored (the second half of the bar)
        ProgressBar bar = robot.lookup("#importProgress").queryAs(ProgressBar.class);
        Button cancel = robot.lookup("#importCancel").queryAs(Button.class);
        double[] seenWhenCancelled = {-1};
        bar.progressProperty().addListener((o, was, now) -> {
            if (now.doubleValue() > 0.7 && seenWhenCancelled[0] < 0) {
                assertTrue(cancel.isVisible(), "Annuleren is offered while the import runs");
                seenWhenCancelled[0] = now.doubleValue();
                cancel.fire();
            }
        });
        robot.clickOn("#importStart");

        assertTrue(seenWhenCancelled[0] > 0.7, "cancelled while storing");
        assertEquals("Geannuleerd: er is niets ge\u00efmporteerd; de aanbieders zijn zoals ze waren.", text(robot, "#importStatus"));
        assertEquals(0.0, bar.getProgress(), 1e-9);
        assertFalse(cancel.isVisible());

        robot.clickOn("#providersImportClose");
        assertEquals(before, app.workbench.providers().count());
        assertEquals(sample, app.workbench.providers().find(sample.id()).orElseThrow(), "the sample provider as it was");
        assertTrue(app.workbench.providers().findByAgb(RegisterFile.agb(0)).isEmpty());
        assertEquals(count(before), text(robot, "#countLabel"), "the list shows the old providers");
    }
}
