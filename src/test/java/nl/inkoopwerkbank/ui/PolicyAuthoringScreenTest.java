package nl.inkoopwerkbank.ui;

import static nl.inkoopwerkbank.ui.UiTestSupport.clickDialogButton;
import static nl.inkoopwerkbank.ui.UiTestSupport.dialog;
import static nl.inkoopwerkbank.ui.UiTestSupport.retype;
import static nl.inkoopwerkbank.ui.UiTestSupport.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;

import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

import nl.inkoopwerkbank.domain.policy.Condition;
import nl.inkoopwerkbank.domain.policy.Policy;
import nl.inkoopwerkbank.domain.policy.Requirement;

class PolicyAuthoringScreenTest extends UiTestBase {

    @Start
    void start(Stage stage) throws IOException {
        open(stage);
    }

    /** Scrolls the detail pane so that a node is on screen, as the buyer scrolls before clicking. */
    static void scrollIntoView(FxRobot robot, String query) {
        javafx.scene.control.ScrollPane scroll = robot.lookup("#detailScroll").queryAs(javafx.scene.control.ScrollPane.class);
        Node target = robot.lookup(query).query();
        robot.interact(() -> {
            double contentHeight = scroll.getContent().getBoundsInLocal().getHeight();
            double y = scroll.getContent().sceneToLocal(target.localToScene(target.getBoundsInLocal())).getMinY();
            double viewport = scroll.getViewportBounds().getHeight();
            scroll.setVvalue(Math.max(0, Math.min(1, (y - viewport / 3) / Math.max(1, contentHeight - viewport))));
        });
    }

    /** The tree row with this label that belongs to the given policy (the policy row itself or one of its contracts). */
    static Node treeCell(FxRobot robot, String label, String policyId) {
        return robot.lookup(".tree-cell").match(n -> n instanceof javafx.scene.control.TreeCell<?> c && label.equals(c.getText())
                && c.getTreeItem() != null && belongsTo(c.getTreeItem(), policyId)).tryQuery()
                .orElseThrow(() -> new AssertionError("no tree cell " + label + " of " + policyId));
    }

    static boolean belongsTo(javafx.scene.control.TreeItem<?> item, String policyId) {
        for (javafx.scene.control.TreeItem<?> i = item; i != null; i = i.getParent()) {
            if (i.getValue() instanceof Policy p) {
                return p.id().equals(policyId);
            }
        }
        return false;
    }

    @Test
    void aBuyerStartsNextYearEditsAThresholdAndExportsTheChanges(FxRobot robot) throws Exception {
        robot.clickOn("#navPolicies");
        robot.clickOn(treeCell(robot, "Geboortezorg 2027", "caresq-2027-geboortezorg"));
        assertEquals("caresq", app.workbench.policies().all().stream()
                .filter(p -> p.title().equals(text(robot, "#detailTitle"))).findFirst().orElseThrow().insurer().id());

        robot.clickOn("#cloneButton");
        retype(robot, "#askTextField", "2028");
        robot.clickOn("#askTextOk");
        Policy copy = app.workbench.policies().find("caresq-2028-geboortezorg").orElseThrow();
        assertEquals("Inkoopbeleid Geboortezorg 2028", text(robot, "#detailTitle"), "the new year is selected");

        robot.clickOn(treeCell(robot, "Zorgovereenkomst Kraamzorg  [A/B/C]", "caresq-2028-geboortezorg"));
        Requirement employed = copy.requirements().stream().filter(r -> r.condition() instanceof Condition.FactTest t
                && t.fact().equals("carers_employed_pct") && t.op().code().equals("ge")).findFirst().orElseThrow();
        @SuppressWarnings("unchecked")
        TableView<Requirement> table = robot.lookup("#requirementsTable").queryAs(TableView.class);
        robot.interact(() -> {
            table.getSelectionModel().select(employed);
            table.scrollTo(employed);
        });
        robot.clickOn("#editRequirementButton");
        retype(robot, "#thresholdField", "150");
        robot.clickOn("#editorSave");
        assertTrue(dialog(robot).isPresent(), "a refused edit keeps the dialog open");
        assertTrue(text(robot, "#errorLabel").contains("niet tussen 0 en 100"), text(robot, "#errorLabel"));
        retype(robot, "#thresholdField", "60");
        robot.clickOn("#editorSave");
        Condition.FactTest saved = (Condition.FactTest) app.workbench.policies().find(copy.id()).orElseThrow()
                .requirement(employed.id()).orElseThrow().condition();
        assertEquals(0, BigDecimal.valueOf(60).compareTo((BigDecimal) ((Condition.Literal) saved.value()).value()));
        Condition.FactTest original = (Condition.FactTest) app.workbench.policies().find("caresq-2027-geboortezorg")
                .orElseThrow().requirement(employed.id()).orElseThrow().condition();
        assertEquals(0, BigDecimal.valueOf(50).compareTo((BigDecimal) ((Condition.Literal) original.value()).value()),
                "last year's policy is untouched");

        robot.clickOn(treeCell(robot, "Geboortezorg 2028", "caresq-2028-geboortezorg"));
        robot.clickOn("#changesButton");
        String report = robot.lookup("#reportText").queryAs(TextArea.class).getText();
        assertTrue(report.startsWith("# Wijzigingen 2028 ten opzichte van 2027 (Caresq)"), report);
        assertTrue(report.contains("carers_employed_pct ≥ 50 → carers_employed_pct ≥ 60"), report);
        clickDialogButton(robot, "Exporteren\u2026");
        Path exported = dir.resolve("wijzigingen-caresq-2028-geboortezorg.md");
        assertEquals(report, Files.readString(exported));
    }

    @Test
    void deadlinesAndContractTypesAreEditedWithValidation(FxRobot robot) throws Exception {
        robot.clickOn("#navPolicies");
        robot.clickOn(treeCell(robot, "Geboortezorg 2027", "caresq-2027-geboortezorg"));
        robot.clickOn("#cloneButton");
        retype(robot, "#askTextField", "2028");
        robot.clickOn("#askTextOk");

        // the signing date: the action may not be empty, then moved to 6 November
        scrollIntoView(robot, "#editDeadline-caresq-gz_dl_tekendatum");
        robot.clickOn("#editDeadline-caresq-gz_dl_tekendatum");
        retype(robot, "#actionField", "");
        robot.clickOn("#editorSave");
        assertTrue(text(robot, "#errorLabel").contains("Beschrijf wat er moet gebeuren"), text(robot, "#errorLabel"));
        retype(robot, "#actionField", "Uiterste tekendatum alle zorgovereenkomsten");
        retype(robot, ".date-picker .text-field", "6-11-2027");
        robot.push(javafx.scene.input.KeyCode.TAB);
        robot.clickOn("#editorSave");
        Policy p = app.workbench.policies().find("caresq-2028-geboortezorg").orElseThrow();
        var sign = p.deadlines().stream().filter(d -> d.id().equals("caresq-gz.dl.tekendatum")).findFirst().orElseThrow();
        assertEquals(java.time.LocalDate.of(2027, 11, 6), sign.date());
        assertEquals("Uiterste tekendatum alle zorgovereenkomsten", sign.action());

        // the kraamzorg contract: an end before the start is refused, a longer duration is saved
        robot.clickOn(treeCell(robot, "Zorgovereenkomst Kraamzorg  [A/B/C]", "caresq-2028-geboortezorg"));
        robot.clickOn("#editContractButton");
        retype(robot, "#endPicker .text-field", "31-12-2025");
        robot.push(javafx.scene.input.KeyCode.TAB);
        robot.clickOn("#editorSave");
        assertTrue(text(robot, "#errorLabel").contains("eindigt"), text(robot, "#errorLabel"));
        retype(robot, "#endPicker .text-field", "31-12-2029");
        robot.push(javafx.scene.input.KeyCode.TAB);
        robot.clickOn("#negotiableBox");
        robot.clickOn("#editorSave");
        var kraam = app.workbench.policies().find("caresq-2028-geboortezorg").orElseThrow().contractType("kraamzorg").orElseThrow();
        assertEquals(java.time.LocalDate.of(2029, 12, 31), kraam.duration().end());
        assertTrue(kraam.negotiable());

        robot.clickOn(treeCell(robot, "Geboortezorg 2028", "caresq-2028-geboortezorg"));
        robot.clickOn("#changesButton");
        String report = robot.lookup("#reportText").queryAs(TextArea.class).getText();
        assertTrue(report.contains("`caresq-gz.dl.tekendatum`") && report.contains("2026-11-07 \u2192 2027-11-06"), report);
        assertTrue(report.contains("`kraamzorg`") && report.contains("2027-12-31 \u2192 2029-12-31"), report);
        clickDialogButton(robot, "Sluiten");
    }
}
