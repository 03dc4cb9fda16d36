package nl.inkoopwerkbank.ui;

import static nl.inkoopwerkbank.ui.UiTestSupport.choose;
import static nl.inkoopwerkbank.ui.UiTestSupport.retype;
import static nl.inkoopwerkbank.ui.UiTestSupport.text;
import static nl.inkoopwerkbank.ui.UiTestSupport.type;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

import nl.inkoopwerkbank.domain.quote.Quote;
import nl.inkoopwerkbank.domain.quote.QuoteRound;
import nl.inkoopwerkbank.domain.quote.RoundSide;

/** The Offertes section clicked through as a buyer: a new quote, its first round, a counter-proposal, the comparison. */
class QuotesScreenTest extends UiTestBase {

    static final String IGO = "IGO Het Bossche Broek";

    @Start
    void start(Stage stage) throws IOException {
        open(stage);
    }

    private Quote stored() {
        long igo = app.workbench.providers().findByAgb("98848251").orElseThrow().id();
        return app.workbench.quotes().find(igo, 2027, "vgz").orElseThrow();
    }

    private void createQuote(FxRobot robot) {
        robot.clickOn("#navQuotes");
        robot.clickOn("#newButton");
        robot.clickOn("#igoBox");
        type(robot, "Bossche");
        robot.push(KeyCode.ENTER);
        retype(robot, "#yearField", "2027");
        choose(robot, "#insurerBox", "Coöperatie VGZ");
        robot.clickOn("#createButton");
        assertTrue(stored().rounds().isEmpty());
        robot.clickOn("#newRoundButton");
    }

    private void show(FxRobot robot, String query) {
        Node n = robot.lookup(query).query();
        robot.interact(() -> {
            ScrollPane sp = null;
            for (Node p = n.getParent(); p != null; p = p.getParent()) {
                if (p instanceof ScrollPane s) {
                    sp = s;
                    break;
                }
            }
            if (sp != null) {
                double y = n.localToScene(0, 0).getY() - sp.getContent().localToScene(0, 0).getY();
                double h = sp.getContent().getBoundsInLocal().getHeight() - sp.getViewportBounds().getHeight();
                sp.setVvalue(Math.max(0, Math.min(1, (y - 80) / Math.max(1, h))));
                sp.layout();
            }
        });
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
    }

    private static Node tab(FxRobot robot, String text) {
        return robot.lookup(".quote-detail .tab-label").match(n -> n instanceof javafx.scene.control.Labeled l
                && text.equals(l.getText())).query();
    }

    private void field(FxRobot robot, String query, String value) {
        show(robot, query);
        retype(robot, query, value);
    }

    @Test
    void aQuoteIsEnteredCounteredAndComparedRoundByRound(FxRobot robot) {
        createQuote(robot);
        assertEquals("Jeroen Kuijpers", robot.lookup("#authorField").queryTextInputControl().getText(),
                "an IGO round is attributed to the IGO's contact person");
        field(robot, "#financingField", "1.184.500");
        field(robot, "#volumeField", "400");
        field(robot, "#shareField", "60");
        // keyboard: Tab from the last figure field to "Uit Excel…" and on to "Regel toevoegen"
        robot.push(KeyCode.TAB).push(KeyCode.TAB).push(KeyCode.TAB).push(KeyCode.SPACE);
        assertEquals(1, robot.lookup("#line-code-1").queryAll().size(), "a line was added: "
                + robot.lookup(".line-grid").queryAll().size());
        type(robot, "IGO-PRE-01");
        robot.push(KeyCode.TAB);
        type(robot, "Prenatale zorg integraal");
        field(robot, "#line-tariff-1", "abc");
        field(robot, "#line-indexation-1", "3,5");
        field(robot, "#line-volume-1", "400");

        // a tariff that is not a number: nothing is saved, the field and the reason are shown
        robot.clickOn("#saveButton");
        assertTrue(text(robot, "#errorLabel").contains("Tariefregel 1, Tarief: 'abc' is geen getal"), text(robot, "#errorLabel"));
        assertTrue(robot.lookup("#line-tariff-1").query().getStyleClass().contains("invalid"));
        assertTrue(stored().rounds().isEmpty());

        field(robot, "#line-tariff-1", "2.850,00");
        // 2850 x 1.035 = 2949.75 per birth; x 400 = 1,179,900.00
        assertEquals("€ 1.179.900,00", text(robot, "#totalLabel"));
        assertEquals("€ 707.940,00", text(robot, "#partLabel"));
        robot.clickOn("#saveButton");
        Quote q = stored();
        assertEquals(1, q.rounds().size());
        QuoteRound first = q.rounds().get(0);
        assertEquals(RoundSide.IGO, first.side());
        assertEquals(0, new BigDecimal("2850").compareTo(first.content().tariffLines().get(0).tariff()));
        assertEquals(0, new BigDecimal("1184500").compareTo(first.content().financingRequest()));

        // the checks: the total differs from the financing request by more than a euro
        robot.clickOn(tab(robot, "Toetsing"));
        assertEquals("€ 1.179.900,00", text(robot, "#figure-total"));
        assertTrue(robot.lookup(".warning-row").queryAll().stream()
                .anyMatch(n -> ((Label) n).getText().contains("financieringsvraag")), "total vs request warning");

        // the insurer's counter-proposal: lower indexation
        robot.clickOn("#newRoundButton");
        assertEquals(RoundSide.INSURER, robot.lookup("#sideBox").queryComboBox().getValue());
        field(robot, "#line-indexation-1", "2,5");
        field(robot, "#noteArea", "Indexatie volgens landelijke lijn");
        robot.clickOn("#saveButton");
        q = stored();
        assertEquals(2, q.rounds().size());
        assertEquals(RoundSide.INSURER, q.round(2).orElseThrow().side());
        assertEquals(0, new BigDecimal("3.5").compareTo(q.round(1).orElseThrow().content().tariffLines().get(0).indexationPct()),
                "round 1 is never overwritten");

        // compare: 2850 x 1.025 = 2921.25; x 400 = 1,168,500.00, 11,400.00 less than round 1
        robot.clickOn(tab(robot, "Vergelijken"));
        assertTrue(robot.lookup("#total-total").query().getStyleClass().contains("changed"));
        assertTrue(robot.lookup(".comparison-grid .label").queryAll().stream()
                .anyMatch(n -> "€ -11.400,00".equals(((Label) n).getText())), "the totals' difference");
        assertTrue(robot.lookup(".label").queryAll().stream()
                .anyMatch(n -> "Indexatie volgens landelijke lijn".equals(((Label) n).getText())), "the notes side by side");

        // the agreed version is marked
        robot.clickOn("#round-2");
        robot.clickOn("#agreeButton");
        assertEquals(2, stored().agreed().orElseThrow().number());
        assertTrue(robot.lookup("#round-2").query().getStyleClass().contains("agreed"));
    }

    @Test
    void tariffLinesComeFromASpreadsheetOnlyWhenEveryCellIsRight(FxRobot robot) throws IOException {
        createQuote(robot);
        // a sheet with one bad cell: nothing can be taken over
        Path bad = dir.resolve("kapot.xlsx");
        try (OutputStream out = Files.newOutputStream(bad)) {
            org.dhatim.fastexcel.Workbook wb = new org.dhatim.fastexcel.Workbook(out, "test", "1.0");
            org.dhatim.fastexcel.Worksheet ws = wb.newWorksheet("Tarieven");
            String[] head = {"Prestatiecode", "Omschrijving", "Tarief", "Indexatie", "Volume"};
            for (int c = 0; c < head.length; c++) {
                ws.value(0, c, head[c]);
            }
            ws.value(1, 0, "IGO-PRE-01");
            ws.value(1, 1, "Prenatale zorg");
            ws.value(1, 2, 1250.5);
            ws.value(1, 3, 3.5);
            ws.value(1, 4, 400);
            ws.value(2, 0, "IGO-PAR-01");
            ws.value(2, 1, "Partus");
            ws.value(2, 2, "n.v.t.");
            ws.value(2, 3, 3.5);
            ws.value(2, 4, 380);
            wb.finish();
        }
        UiTestSupport.NEXT_OPEN_FILE.set(bad);
        show(robot, "#importSheetButton");
        robot.clickOn("#importSheetButton");
        @SuppressWarnings("unchecked")
        ListView<String> problems = (ListView<String>) robot.lookup("#problemsList").queryAs(ListView.class);
        assertTrue(problems.getItems().stream().anyMatch(p -> p.contains("Tarieven!C3") && p.contains("n.v.t.")), problems.getItems().toString());
        assertTrue(((Button) robot.lookup("#importTake").query()).isDisabled());
        UiTestSupport.clickDialogButton(robot, "Annuleren");
        assertEquals(0, robot.lookup("#line-code-1").queryAll().size(), "nothing was taken over");

        // the sample workbook: seven lines, the title and totals rows left out
        UiTestSupport.NEXT_OPEN_FILE.set(Path.of("sample-data/quotes/zevensprong-2027-tarieven.xlsx").toAbsolutePath());
        robot.clickOn("#importSheetButton");
        TableView<?> preview = robot.lookup("#previewTable").queryAs(TableView.class);
        assertEquals(7, preview.getItems().size());
        assertFalse(((Button) robot.lookup("#importTake").query()).isDisabled());
        robot.clickOn("#importTake");
        assertEquals(7, robot.lookup(".line-grid .text-field").queryAll().stream().filter(n -> n.getId() != null
                && n.getId().startsWith("line-code-")).count());
        assertEquals("IGO-PRE-01", robot.lookup("#line-code-1").queryTextInputControl().getText());
        assertTrue(stored().rounds().isEmpty(), "a draft is only stored when saved");
    }

    @Test
    void anOpenDraftIsNotLostWhenAnotherQuoteIsChosen(FxRobot robot) {
        createQuote(robot);
        field(robot, "#financingField", "999");
        // the section's list is locked while a draft is open; cancelling asks before discarding
        assertTrue(robot.lookup("#quotesTable").query().isDisabled());
        robot.clickOn("#cancelButton");
        UiTestSupport.clickDialogButton(robot, "Annuleren");
        assertEquals("999", robot.lookup("#financingField").queryTextInputControl().getText(), "the draft is kept");
        robot.clickOn("#cancelButton");
        UiTestSupport.clickDialogButton(robot, "Weggooien");
        assertFalse(robot.lookup("#quotesTable").query().isDisabled());
        assertTrue(stored().rounds().isEmpty());
        assertEquals(List.of(), stored().rounds());
    }
}
