package nl.inkoopwerkbank.ui;

import static nl.inkoopwerkbank.ui.UiTestSupport.choose;
import static nl.inkoopwerkbank.ui.UiTestSupport.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;

import javafx.scene.control.Labeled;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

import nl.inkoopwerkbank.domain.policy.PolicyComparison;
import nl.inkoopwerkbank.domain.provider.ProviderType;

class CompareScreenTest extends UiTestBase {

    @Start
    void start(Stage stage) throws IOException {
        open(stage);
    }

    static List<String> texts(FxRobot robot, String selector) {
        return robot.lookup(selector).queryAll().stream().map(n -> ((Labeled) n).getText()).toList();
    }

    @Test
    void kraamzorgSideBySideShowsWhereInsurersAskLess(FxRobot robot) {
        robot.clickOn("#navCompare");
        assertEquals(List.of("Salland Zorgverzekeraar", "Zorg en Zekerheid", "Caresq", "Coöperatie VGZ"),
                texts(robot, ".compare-insurer"));
        List<String> topics = texts(robot, ".compare-topic");
        assertEquals("Certificaat", topics.get(0));
        assertTrue(topics.contains("Personeel in loondienst") && topics.contains("Opleiden") && topics.contains("KSV"));
        int allTopics = topics.size();
        assertTrue(!robot.lookup(".compare-empty").queryAll().isEmpty(), "someone asks less somewhere");

        robot.clickOn("#onlyDifferences");
        List<String> differing = texts(robot, ".compare-topic");
        assertTrue(differing.size() < allTopics, "topics every insurer asks are hidden");
        assertTrue(differing.contains("Personeel in loondienst"));
        assertTrue(!differing.contains("Certificaat"), "all four ask a certificate");

        choose(robot, "#typeBox", "Ziekenhuis");
        assertEquals(List.of("Salland Zorgverzekeraar"), texts(robot, ".compare-insurer"), "only the MSZ policy contracts hospitals");
        assertTrue(text(robot, "#subtitle").startsWith("1 zorgverzekeraars"));
    }

    @Test
    void everyTypeShowsExactlyTheInsurersThatContractIt(FxRobot robot) {
        robot.clickOn("#navCompare");
        choose(robot, "#typeBox", "Verloskundig samenwerkingsverband (VSV)");
        List<String> expected = app.workbench.policies().all().stream()
                .filter(p -> PolicyComparison.mainContract(p, ProviderType.VSV).isPresent())
                .map(p -> p.insurer().name()).toList();
        assertTrue(!expected.isEmpty());
        assertEquals(expected, texts(robot, ".compare-insurer"));
    }
}
