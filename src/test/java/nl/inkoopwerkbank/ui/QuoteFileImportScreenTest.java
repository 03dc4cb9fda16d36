package nl.inkoopwerkbank.ui;

import static nl.inkoopwerkbank.ui.UiTestSupport.dialog;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import javafx.scene.control.TextArea;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

import nl.inkoopwerkbank.domain.provider.Provider;

/** Quote files read through the Offertes screen: a broken file is reported line by line and changes nothing; a good one creates its quote. */
class QuoteFileImportScreenTest extends UiTestBase {

    @Start
    void start(Stage stage) throws IOException {
        open(stage);
    }

    private static String sample() throws IOException {
        return Files.readString(Path.of("sample-data/quotes/zevensprong-salland-2027.yaml"), StandardCharsets.UTF_8);
    }

    @Test
    void aFileInTheWrongEncodingIsReportedWithItsLineAndNothingChanges(FxRobot robot) throws IOException {
        String before = app.workbench.quotes().all().toString();
        Path latin1 = dir.resolve("zevensprong-2028.yaml");
        Files.write(latin1, sample().replace("contractYear: 2027", "contractYear: 2028")
                .replace("author: Ruben Haverkate", "author: Ren\u00e9 Haverkate").getBytes(StandardCharsets.ISO_8859_1));
        UiTestSupport.NEXT_OPEN_FILE.set(latin1);
        robot.clickOn("#navQuotes");
        robot.clickOn("#importFileButton");

        assertTrue(dialog(robot).isPresent(), "the problems are shown");
        String report = robot.lookup("#reportText").queryAs(TextArea.class).getText();
        int line = sample().substring(0, sample().indexOf("author: Ruben Haverkate")).split("\n", -1).length;
        assertEquals("zevensprong-2028.yaml:" + line + " \u00b7 Het bestand is geen UTF-8-tekst (het eerste onleesbare teken "
                + "staat op deze regel); sla het op als UTF-8.", report);
        assertFalse(report.contains("null"));
        UiTestSupport.clickDialogButton(robot, "Sluiten");
        assertEquals(before, app.workbench.quotes().all().toString(), "nothing stored");
    }

    @Test
    void aGoodFileCreatesItsQuoteWithEveryRound(FxRobot robot) throws IOException {
        Path file = dir.resolve("zevensprong-2028.yaml");
        Files.writeString(file, sample().replace("contractYear: 2027", "contractYear: 2028"), StandardCharsets.UTF_8);
        UiTestSupport.NEXT_OPEN_FILE.set(file);
        robot.clickOn("#navQuotes");
        robot.clickOn("#importFileButton");

        assertTrue(dialog(robot).isEmpty(), "no problems to show");
        Provider igo = app.workbench.providers().findByAgb("98463114").orElseThrow();
        assertEquals(3, app.workbench.quotes().find(igo.id(), 2028, "salland").orElseThrow().rounds().size());
    }
}
