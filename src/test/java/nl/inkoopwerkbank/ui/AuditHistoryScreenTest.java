package nl.inkoopwerkbank.ui;

import static nl.inkoopwerkbank.ui.UiTestSupport.choose;
import static nl.inkoopwerkbank.ui.UiTestSupport.dialog;
import static nl.inkoopwerkbank.ui.UiTestSupport.retype;
import static nl.inkoopwerkbank.ui.UiTestSupport.type;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;

import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

import nl.inkoopwerkbank.domain.quote.Quote;
import nl.inkoopwerkbank.service.AuditService;

/** Geschiedenis clicked through as a buyer: change a record, open its history, read who changed what from what to what. */
class AuditHistoryScreenTest extends UiTestBase {

    @Start
    void start(Stage stage) throws IOException {
        open(stage);
        app.workbench.settings().setUserName("R. Haverkate");
    }

    @SuppressWarnings("unchecked")
    static TableView<AuditService.Item> entries(FxRobot robot) {
        return robot.lookup("#auditEntries").queryAs(TableView.class);
    }

    @SuppressWarnings("unchecked")
    static TableView<AuditService.Change> changes(FxRobot robot) {
        return robot.lookup("#auditChanges").queryAs(TableView.class);
    }

    /** The texts the dialog shows in its changes table, row by row: field, was, became. */
    static List<List<String>> shownChanges(FxRobot robot) {
        return changes(robot).getItems().stream().map(c -> List.of(c.field(), c.before(), c.after())).toList();
    }

    static boolean showsText(FxRobot robot, String query, String text) {
        return robot.lookup(query + " .table-cell").queryAll().stream().anyMatch(n -> n instanceof Labeled l
                && (text.equals(l.getText()) || l.getGraphic() instanceof javafx.scene.text.Text t && text.equals(t.getText())));
    }

    @Test
    void aProviderEditIsInItsHistoryWithTheOldAndTheNewValue(FxRobot robot) {
        robot.clickOn("#navProviders");
        retype(robot, "#providerSearch", "Het Eikenblad");
        robot.clickOn(robot.lookup(".table-row-cell .table-cell").match(n -> n instanceof Labeled l
                && "Verloskundigenpraktijk Het Eikenblad".equals(l.getText())).queryAs(Node.class));
        String oldPlace = app.workbench.providers().findByAgb("08114973").orElseThrow().place();
        retype(robot, "#plaatsField", "Zwolle");
        robot.clickOn("#saveButton");
        assertEquals("Zwolle", app.workbench.providers().findByAgb("08114973").orElseThrow().place());

        robot.clickOn("#providerHistoryButton");
        assertTrue(dialog(robot).isPresent());
        assertEquals("Geschiedenis van Verloskundigenpraktijk Het Eikenblad (08114973)", dialog(robot).get().getHeaderText());
        List<AuditService.Item> items = entries(robot).getItems();
        assertEquals(2, items.size(), "the sample import and the edit");
        assertEquals("Gewijzigd", items.get(0).action());
        assertEquals("R. Haverkate", items.get(0).who());
        assertTrue(items.get(0).when().matches("\\d{1,2} [a-z]+ \\d{4} \\d{2}:\\d{2}"), items.get(0).when());
        assertEquals(List.of(List.of("Plaats", oldPlace, "Zwolle")), shownChanges(robot), "the newest change is chosen");
        assertTrue(showsText(robot, "#auditEntries", "Gewijzigd"));
        assertTrue(showsText(robot, "#auditChanges", oldPlace) && showsText(robot, "#auditChanges", "Zwolle"),
                "old and new are on screen");

        // the older entry: the provider as the import created it
        robot.clickOn(robot.lookup("#auditEntries .table-cell").match(n -> n instanceof Labeled l
                && "Ge\u00efmporteerd".equals(l.getText())).queryAs(Node.class));
        assertTrue(shownChanges(robot).contains(List.of("Plaats", "\u2014", oldPlace)), shownChanges(robot).toString());
        robot.clickOn("#auditClose");
        assertFalse(dialog(robot).isPresent());
    }

    @Test
    void aQuoteNoteIsInTheQuoteHistory(FxRobot robot) {
        robot.clickOn("#navQuotes");
        robot.clickOn(robot.lookup("#quotesTable .table-cell").match(n -> n instanceof Labeled l
                && "IGO De Maasboog".equals(l.getText())).queryAs(Node.class));
        robot.clickOn("#round-1");
        robot.clickOn("#noteButton");
        retype(robot, "#askTextField", "Schoning navragen");
        robot.clickOn("#askTextOk");
        Quote q = app.workbench.quotes().all().stream().filter(x -> x.igoName().equals("IGO De Maasboog")).findFirst().orElseThrow();
        assertEquals("Schoning navragen", q.round(1).orElseThrow().note());

        robot.clickOn("#quoteHistoryButton");
        AuditService.Item newest = entries(robot).getItems().get(0);
        assertEquals("Gewijzigd", newest.action());
        assertEquals("R. Haverkate", newest.who());
        assertEquals(1, changes(robot).getItems().size());
        AuditService.Change note = changes(robot).getItems().get(0);
        assertEquals("Ronde 1 \u00b7 Notitie", note.field());
        assertEquals("Schoning navragen", note.after());
        assertTrue(showsText(robot, "#auditChanges", "Schoning navragen"));
        assertEquals("Ronde toegevoegd", entries(robot).getItems().get(entries(robot).getItems().size() - 2).action());
        robot.clickOn("#auditClose");
    }

    @Test
    void anAnswerInTheChecklistIsInTheProvidersAnswerHistory(FxRobot robot) {
        robot.clickOn("#navAssessment");
        assertFalse(robot.lookup("#factsHistoryButton").query().isVisible(), "no provider chosen yet");
        robot.clickOn("#providerSearch");
        type(robot, "Zonnelied");
        robot.push(KeyCode.ENTER);
        robot.clickOn("#onePolicy");
        choose(robot, "#policyBox", "Inkoopbeleid Geboortezorg 2027 (Caresq)");
        robot.clickOn("#nextButton");
        robot.clickOn("#topic_employed_staff");
        retype(robot, "#q_carers_employed_pct", "62");
        robot.push(KeyCode.ENTER);

        robot.clickOn("#factsHistoryButton");
        assertEquals("Geschiedenis van de antwoorden van Kraamzorg Het Zonnelied (" + app.workbench.providers().all().stream()
                .filter(p -> p.name().equals("Kraamzorg Het Zonnelied")).findFirst().orElseThrow().agbCode() + ")",
                dialog(robot).orElseThrow().getHeaderText());
        AuditService.Item newest = entries(robot).getItems().get(0);
        assertEquals("Gewijzigd", newest.action());
        AuditService.Change pct = changes(robot).getItems().stream().filter(c -> !c.field().contains("\u00b7")).findFirst().orElseThrow();
        assertTrue(pct.field().contains("?"), "named by the checklist's question: " + pct.field());
        assertEquals("62%", pct.after());
        robot.clickOn("#auditClose");
    }
}
