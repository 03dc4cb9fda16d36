package nl.inkoopwerkbank.ui;

import static nl.inkoopwerkbank.ui.UiTestSupport.text;
import static nl.inkoopwerkbank.ui.UiTestSupport.type;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;

import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

import nl.inkoopwerkbank.domain.policy.Requirement;
import nl.inkoopwerkbank.service.PolicyService;

class PoliciesScreenTest extends UiTestBase {

    @Start
    void start(Stage stage) throws IOException {
        open(stage);
    }

    static Node cell(FxRobot robot, String selector, String textValue) {
        return robot.lookup(selector).match(n -> n instanceof Labeled l && textValue.equals(l.getText()))
                .tryQuery().orElseThrow(() -> new AssertionError("no " + selector + " with text " + textValue));
    }

    @SuppressWarnings("unchecked")
    static List<Requirement> requirements(FxRobot robot) {
        return List.copyOf(robot.lookup("#requirementsTable").queryAs(TableView.class).getItems());
    }

    @Test
    void aBuyerBrowsesInsurerPolicyAndContractType(FxRobot robot) {
        robot.clickOn("#navPolicies");
        assertEquals("5 beleidsstukken", text(robot, "#statusLabel"));
        // Caresq is the third insurer; its policy opens on a double-click like any tree
        robot.doubleClickOn(robot.lookup(".tree-cell").match(n -> n instanceof Labeled l && "Geboortezorg 2027".equals(l.getText())
                && robot.lookup(".tree-cell").queryAll().stream().toList().indexOf(n) > 4).queryAs(Node.class));
        assertEquals("Inkoopbeleid Geboortezorg 2027", text(robot, "#detailTitle"));
        assertEquals(93, requirements(robot).size(), "the whole policy");
        assertTrue(robot.lookup("#datesBox .label").queryAll().stream().map(n -> ((Labeled) n).getText())
                .anyMatch(t -> t.startsWith("Uiterlijk 7 november 2026")), "Caresq's signing date, in Dutch");
        robot.clickOn(cell(robot, ".tree-cell", "Zorgovereenkomst Kraamzorg  [A/B/C]"));
        assertEquals("Zorgovereenkomst Kraamzorg", text(robot, "#detailTitle"));
        List<Requirement> kraam = requirements(robot);
        assertTrue(kraam.size() < 93 && kraam.size() > 10, "only what applies to kraamzorg: " + kraam.size());
        assertTrue(kraam.stream().allMatch(r -> r.appliesTo("kraamzorg")));
        assertTrue(robot.lookup(".tier-line").queryAll().size() == 3, "tiers A, B and C");
        assertTrue(robot.lookup(".tier-line").queryAll().stream().map(n -> ((Labeled) n).getText())
                .anyMatch(t -> t.startsWith("Zorgovereenkomst A: ten minste 2 van")));
        assertFalse(robot.lookup(".ambiguity").queryAll().isEmpty(), "the 50% overlap is shown");
        assertTrue(robot.lookup("#datesBox .label").queryAll().stream().map(n -> ((Labeled) n).getText())
                .noneMatch(t -> t.startsWith("Uiterlijk 7 november 2026")), "that date is for the other contracts");
    }

    @Test
    void fullTextSearchFindsRequirementsOfEveryInsurerAndOpensOne(FxRobot robot) {
        robot.clickOn("#navPolicies");
        robot.clickOn("#policySearch");
        type(robot, "loondienst");
        @SuppressWarnings("unchecked")
        TableView<PolicyService.Hit> hits = robot.lookup("#hitsTable").queryAs(TableView.class);
        assertTrue(hits.isVisible());
        assertTrue(hits.getItems().size() >= 2);
        assertTrue(hits.getItems().stream().map(h -> h.policy().insurer().id()).distinct().count() >= 2);
        assertEquals(hits.getItems().size() + " eisen gevonden", text(robot, "#statusLabel"));
        PolicyService.Hit first = hits.getItems().get(0);
        robot.clickOn(robot.lookup("#hitsTable .table-row-cell").nth(0).queryAs(Node.class));
        robot.push(javafx.scene.input.KeyCode.ENTER);
        assertFalse(hits.isVisible(), "opening a hit leaves the search");
        assertEquals(first.policy().title(), text(robot, "#detailTitle"));
        @SuppressWarnings("unchecked")
        TableView<Requirement> table = robot.lookup("#requirementsTable").queryAs(TableView.class);
        assertEquals(first.requirement(), table.getSelectionModel().getSelectedItem());
    }
}
