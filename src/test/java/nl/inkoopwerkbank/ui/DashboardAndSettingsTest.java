package nl.inkoopwerkbank.ui;

import static nl.inkoopwerkbank.ui.UiTestSupport.choose;
import static nl.inkoopwerkbank.ui.UiTestSupport.clickDialogButton;
import static nl.inkoopwerkbank.ui.UiTestSupport.dialog;
import static nl.inkoopwerkbank.ui.UiTestSupport.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;

import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;

import java.io.IOException;

import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.testfx.framework.junit5.Start;
import org.testfx.api.FxRobot;

import nl.inkoopwerkbank.domain.provider.Provider;
import nl.inkoopwerkbank.domain.provider.ProviderRow;
import nl.inkoopwerkbank.domain.provider.ProviderType;
import nl.inkoopwerkbank.i18n.Messages;

class DashboardAndSettingsTest extends UiTestBase {

    @Start
    void start(Stage stage) throws IOException {
        open(stage);
    }




    static String figure(FxRobot robot, String cardId) {
        Node card = robot.lookup("#" + cardId).query();
        return robot.from(card).lookup(".card-figure").queryAs(Labeled.class).getText();
    }

    @SuppressWarnings("unchecked")
    static List<ProviderRow> rows(FxRobot robot) {
        return List.copyOf(robot.lookup("#table").queryAs(TableView.class).getItems());
    }

    /** The text of the label in the grid's given row and column. */
    private static String cell(javafx.scene.layout.GridPane grid, int row, int column) {
        return grid.getChildren().stream().filter(n -> n instanceof Labeled)
                .filter(n -> GridPaneIndex.row(n) == row && GridPaneIndex.column(n) == column)
                .map(n -> ((Labeled) n).getText()).findFirst().orElseThrow();
    }

    private static final class GridPaneIndex {
        static int row(Node n) {
            Integer r = javafx.scene.layout.GridPane.getRowIndex(n);
            return r == null ? 0 : r;
        }

        static int column(Node n) {
            Integer c = javafx.scene.layout.GridPane.getColumnIndex(n);
            return c == null ? 0 : c;
        }
    }

    @Test
    void theDashboardShowsTheOwnInsurersPortfolio(FxRobot robot) {
        // the figures come once the window has painted, the own insurer's column in a frame after them
        UiTestSupport.awaitNode(robot, "#typeHeader2");
        List<Provider> all = app.workbench.providers().all();
        long salland = all.stream().filter(p -> p.contractWith("salland").isPresent()).count();
        long none = all.stream().filter(p -> p.contracts().isEmpty()).count();
        assertEquals("Portefeuille van Salland Zorgverzekeraar", text(robot, "#subtitle"));
        assertEquals(String.valueOf(all.size()), figure(robot, "dashboard-total"));
        assertEquals(String.valueOf(salland), figure(robot, "dashboard-contracted"));
        assertEquals(String.valueOf(all.size() - salland), figure(robot, "dashboard-not-contracted"));
        assertEquals(String.valueOf(none), figure(robot, "dashboard-no-contract"));
        assertEquals("Type", text(robot, "#typeHeader0"));
        assertEquals("Salland", text(robot, "#typeHeader2"), "own insurer first");
        for (ProviderType type : ProviderType.values()) {
            assertTrue(robot.lookup("#typeLink-" + type.name()).tryQuery().isPresent(), type + " has a row");
        }
        // the row of kraamzorg: its total and Salland's contracts, as the providers say
        long kraamzorg = all.stream().filter(p -> p.type() == ProviderType.KRAAMZORGORGANISATIE).count();
        long kraamzorgSalland = all.stream().filter(p -> p.type() == ProviderType.KRAAMZORGORGANISATIE
                && p.contractWith("salland").isPresent()).count();
        Node link = robot.lookup("#typeLink-KRAAMZORGORGANISATIE").query();
        int row = javafx.scene.layout.GridPane.getRowIndex(link);
        javafx.scene.layout.GridPane grid = robot.lookup("#typeGrid").queryAs(javafx.scene.layout.GridPane.class);
        assertEquals(String.valueOf(kraamzorg), cell(grid, row, 1));
        assertEquals(String.valueOf(kraamzorgSalland), cell(grid, row, 2));
    }

    @Test
    void aFigureOpensTheProvidersBehindIt(FxRobot robot) {
        UiTestSupport.awaitNode(robot, "#typeHeader2");
        long noContract = Long.parseLong(figure(robot, "dashboard-no-contract"));
        long contracted = Long.parseLong(figure(robot, "dashboard-contracted"));
        robot.clickOn("#dashboard-no-contract");
        List<ProviderRow> shown = rows(robot);
        assertEquals(noContract, shown.size());
        assertTrue(shown.stream().allMatch(r -> r.contractInsurerIds().isEmpty()));

        robot.clickOn("#navDashboard");
        robot.clickOn("#dashboard-contracted");
        assertTrue(rows(robot).stream().allMatch(r -> r.contractInsurerIds().contains("salland")));
        assertEquals(contracted, rows(robot).size());

        robot.clickOn("#navDashboard");
        robot.clickOn("#typeLink-KRAAMZORGORGANISATIE");
        assertTrue(rows(robot).stream().allMatch(r -> r.type() == ProviderType.KRAAMZORGORGANISATIE));
        assertTrue(!rows(robot).isEmpty());
    }

    @Test
    void theDashboardFollowsAnEditMadeInTheProvidersSection(FxRobot robot) {
        UiTestSupport.awaitNode(robot, "#typeHeader2");
        String before = figure(robot, "dashboard-total");
        robot.clickOn("#navProviders");
        UiTestSupport.retype(robot, "#providerSearch", "Eikenblad");
        robot.clickOn(robot.lookup(".table-row-cell .table-cell").match(n -> n instanceof Labeled l
                && "Verloskundigenpraktijk Het Eikenblad".equals(l.getText())).queryAs(Node.class));
        robot.clickOn("#deleteButton");
        clickDialogButton(robot, "Verwijderen");
        robot.clickOn("#navDashboard");
        assertEquals(String.valueOf(Integer.parseInt(before) - 1), figure(robot, "dashboard-total"));
    }

    @Test
    void settingsOfferEnglishAndTheInsurerTheBuyerWorksFor(FxRobot robot) {
        robot.clickOn("#settingsButton");
        assertTrue(dialog(robot).isPresent());
        choose(robot, "#languageBox", "English");
        choose(robot, "#insurerBox", "Coöperatie VGZ");
        // the calendar export's reminder: one day earlier than the default 3
        robot.clickOn("#reminderSpinner .decrement-arrow-button");
        clickDialogButton(robot, "Opslaan");
        assertEquals(1, app.settingsChoices.size());
        assertEquals(Messages.ENGLISH, app.settingsChoices.get(0).language());
        assertEquals("vgz", app.settingsChoices.get(0).insurerId());
        assertEquals(2, app.settingsChoices.get(0).reminderDays());
    }

    @Test
    void cancellingSettingsChangesNothing(FxRobot robot) {
        robot.clickOn("#settingsButton");
        choose(robot, "#languageBox", "English");
        clickDialogButton(robot, "Annuleren");
        // a changed choice is not thrown away unasked
        assertEquals("De wijzigingen aan de instellingen zijn nog niet opgeslagen.",
                robot.lookup("#unsavedQuestion").queryAs(javafx.scene.control.DialogPane.class).getHeaderText());
        robot.clickOn("#unsavedDiscard");
        assertTrue(robot.lookup("#settingsSave").tryQuery().isEmpty(), "the dialog is closed");
        assertTrue(app.settingsChoices.isEmpty());
        assertEquals(Locale.forLanguageTag("nl"), app.workbench.settings().language());
    }
}
