package nl.inkoopwerkbank.ui;

import static nl.inkoopwerkbank.ui.UiTestSupport.choose;
import static nl.inkoopwerkbank.ui.UiTestSupport.retype;
import static nl.inkoopwerkbank.ui.UiTestSupport.text;
import static nl.inkoopwerkbank.ui.UiTestSupport.type;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

import nl.inkoopwerkbank.domain.assessment.ContractAssessment;
import nl.inkoopwerkbank.domain.assessment.FactAnswer;
import nl.inkoopwerkbank.domain.assessment.FactSheet;
import nl.inkoopwerkbank.domain.assessment.FactValue;
import nl.inkoopwerkbank.domain.assessment.Outcome;
import nl.inkoopwerkbank.domain.provider.Provider;
import nl.inkoopwerkbank.service.AssessmentService;

/** The Toetsing section clicked through as a buyer: checklist wizard, matrix, snapshot and history. */
class AssessmentScreenTest extends UiTestBase {

    static final String PROVIDER = "Kraamzorg Het Zonnelied";

    @Start
    void start(Stage stage) throws IOException {
        open(stage);
    }

    private Provider provider() {
        return app.workbench.providers().all().stream().filter(p -> p.name().equals(PROVIDER)).findFirst().orElseThrow();
    }

    /** Starts from a provider without answers, whatever sample facts it came with. */
    private Provider blankProvider() {
        Provider p = provider();
        AssessmentService svc = app.workbench.assessments();
        for (FactAnswer a : svc.sheet(p.id()).answers()) {
            svc.clear(p.id(), a.factKey(), a.insurerId());
        }
        return p;
    }

    private FactSheet stored() {
        return app.workbench.assessments().sheet(provider().id());
    }

    @Test
    void theChecklistSavesEachAnswerAndGivesTheOutcomeWithItsReasons(FxRobot robot) {
        blankProvider();
        robot.clickOn("#navAssessment");
        robot.clickOn("#providerSearch");
        type(robot, "Zonnelied");
        robot.push(KeyCode.ENTER);
        assertTrue(text(robot, "#subtitle").startsWith(PROVIDER));
        assertTrue(robot.lookup("#targetPane").query().isVisible(), "Enter chooses the provider and stops at step 2");

        robot.clickOn("#onePolicy");
        choose(robot, "#policyBox", "Inkoopbeleid Geboortezorg 2027 (Caresq)");
        robot.clickOn("#nextButton");
        assertEquals("Vragen 1 van " + robot.lookup(".wizard-topic").queryAll().size() + ": Certificaat", text(robot, "#topicTitle"));

        // a list answer is stored the moment it is ticked
        robot.clickOn("#q_quality_certificates_HKZ");
        assertEquals(List.of("HKZ"), stored().value("quality_certificates", "").orElseThrow().asList());

        // a number: a refused value says why and stores nothing, a valid one is stored at once
        robot.clickOn("#topic_employed_staff");
        robot.clickOn("#q_carers_employed_pct");
        type(robot, "120");
        robot.push(KeyCode.ENTER);
        assertTrue(robot.lookup(".field-error").match(Node::isVisible).queryAs(Label.class).getText().contains("tussen 0 en 100"));
        assertTrue(stored().value("carers_employed_pct", "").isEmpty(), "a refused answer is not stored");
        retype(robot, "#q_carers_employed_pct", "49,5");
        robot.push(KeyCode.ENTER);
        assertEquals(0, new BigDecimal("49.5").compareTo(stored().value("carers_employed_pct", "").orElseThrow().asNumber()));
        assertTrue(text(robot, "#progressText").startsWith("2 van "));

        // back and forth keeps the answers (prefilled from the database)
        robot.clickOn("#backButton");
        robot.clickOn("#nextButton");
        assertEquals("49,5", robot.lookup("#q_carers_employed_pct").queryAs(javafx.scene.control.TextField.class).getText());

        // to the result: 49.5% employed fails Caresq's "minimaal 50%" knock-out
        List<Node> topics = List.copyOf(robot.lookup(".wizard-topic").queryAll());
        robot.clickOn(topics.get(topics.size() - 1));
        robot.clickOn("#nextButton");
        ListView<?> results = robot.lookup("#resultList").queryAs(ListView.class);
        assertEquals(1, results.getItems().size());
        ContractAssessment a = (ContractAssessment) results.getItems().get(0);
        assertEquals(Outcome.NOT_ELIGIBLE, a.outcome());
        assertEquals("Komt niet in aanmerking", text(robot, "#outcome"));
        assertTrue(robot.lookup(".panel-title").match(n -> ((Label) n).getText().startsWith("Niet voldaan aan knock-outeisen (1)"))
                .tryQuery().isPresent());

        // exactly 50% meets it: the outcome becomes incomplete (other questions still open), never "not eligible"
        robot.clickOn("#backButton");
        robot.clickOn("#topic_employed_staff");
        retype(robot, "#q_carers_employed_pct", "50");
        robot.push(KeyCode.ENTER);
        topics = List.copyOf(robot.lookup(".wizard-topic").queryAll());
        robot.clickOn(topics.get(topics.size() - 1));
        robot.clickOn("#nextButton");
        a = (ContractAssessment) robot.lookup("#resultList").queryAs(ListView.class).getItems().get(0);
        assertEquals(Outcome.INCOMPLETE, a.outcome());
        assertTrue(a.failingKnockOuts().isEmpty());
    }

    @Test
    void yesNoAnswersAndUnknownAgain(FxRobot robot) {
        blankProvider();
        robot.clickOn("#navAssessment");
        robot.clickOn("#providerSearch");
        type(robot, "Zonnelied");
        robot.push(KeyCode.ENTER);
        robot.clickOn("#nextButton"); // all insurers
        robot.clickOn("#topic_ksv");
        robot.clickOn("#q_ksv_member_yes");
        assertEquals(Boolean.TRUE, stored().value("ksv_member", "").orElseThrow().asBoolean());
        robot.clickOn("#q_ksv_member_no");
        assertEquals(Boolean.FALSE, stored().value("ksv_member", "").orElseThrow().asBoolean());
        robot.clickOn("#q_ksv_member_unknown");
        assertTrue(stored().value("ksv_member", "").isEmpty(), "unknown removes the answer");
    }

    @Test
    void theMatrixShowsEveryInsurerAndASnapshotComparesWithToday(FxRobot robot) {
        Provider p = blankProvider();
        AssessmentService svc = app.workbench.assessments();
        svc.answer(p.id(), "ksv_member", null, FactValue.bool(false), null);
        robot.clickOn("#navAssessment");
        robot.interact(() -> app.ui.main().showMatrix(p));
        assertTrue(robot.lookup("#cell_caresq_kraamzorg").tryQuery().isPresent(), "Caresq's kraamzorg contract is in the matrix");
        assertTrue(robot.lookup("#cell_vgz_kraamzorg").tryQuery().isPresent());
        assertFalse(robot.lookup("#cell_salland_igo").tryQuery().isPresent(), "no IGO contract for a kraamzorg organisation");

        robot.clickOn("#cell_caresq_kraamzorg");
        assertTrue(text(robot, "#title").startsWith("Caresq"));

        robot.clickOn("#snapshotButton");
        robot.clickOn("#askTextField");
        type(robot, "voor het gesprek");
        robot.clickOn("#askTextOk");
        assertEquals(1, svc.snapshots(p.id()).size());

        // the KSV membership changes after the snapshot; history shows the change
        svc.answer(p.id(), "ksv_member", null, FactValue.bool(true), null);
        robot.clickOn("#historyButton");
        TableView<?> table = robot.lookup("#table").match(Node::isVisible).queryAs(TableView.class);
        assertEquals(1, table.getItems().size());
        Node row = robot.lookup(".table-row-cell").match(n -> n.isVisible()
                && ((javafx.scene.control.TableRow<?>) n).getItem() != null).query();
        robot.clickOn(row);
        robot.clickOn("#compareNowButton");
        assertTrue(robot.lookup(".changed").match(n -> n instanceof Label l && l.getText().equals("ja")).tryQuery().isPresent(),
                "the KSV answer changed from nee to ja");
        assertTrue(robot.lookup(".panel-title").match(n -> ((Label) n).getText().startsWith("Gewijzigde antwoorden (1)"))
                .tryQuery().isPresent());
    }

    @Test
    void thePortfolioListsEveryKraamzorgProviderAndFiltersByOutcome(FxRobot robot) {
        Provider p = blankProvider();
        AssessmentService svc = app.workbench.assessments();
        svc.answer(p.id(), "carers_employed_pct", null, FactValue.number(nl.inkoopwerkbank.domain.fact.FactType.PERCENTAGE,
                new BigDecimal("30")), null);
        long kraamzorg = app.workbench.providers().all().stream()
                .filter(x -> x.type() == nl.inkoopwerkbank.domain.provider.ProviderType.KRAAMZORGORGANISATIE).count();
        robot.clickOn("#navAssessment");
        Node tab = robot.lookup(".tab-label").match(n -> n instanceof Label l && "Portfolio".equals(l.getText())).query();
        robot.clickOn(tab);
        choose(robot, "#policyBox", "Caresq · Inkoopbeleid Geboortezorg 2027");
        TableView<?> table = robot.lookup("#table").match(Node::isVisible).queryAs(TableView.class);
        assertEquals(kraamzorg, table.getItems().size(), "every kraamzorg organisation against Caresq's kraamzorg contract");
        choose(robot, "#outcomeBox", "Komt niet in aanmerking");
        List<?> rows = List.copyOf(table.getItems());
        assertTrue(rows.stream().anyMatch(r -> ((AssessmentService.PortfolioEntry) r).provider().id().equals(p.id())),
                "30% employed fails the 50% knock-out");
        assertTrue(rows.stream().allMatch(r -> ((AssessmentService.PortfolioEntry) r).assessment().outcome() == Outcome.NOT_ELIGIBLE));
        assertTrue(text(robot, "#summary").startsWith(rows.size() + " van " + kraamzorg + " getoond"));
    }

    @Test
    void assessFromTheProvidersListOpensTheMatrix(FxRobot robot) {
        robot.clickOn("#navProviders");
        robot.clickOn("#providerSearch");
        type(robot, "Zonnelied");
        Node row = robot.lookup(".table-row-cell").match(n -> n.isVisible()
                && ((javafx.scene.control.TableRow<?>) n).getItem() != null).query();
        robot.clickOn(row);
        robot.clickOn("#assessButton");
        assertTrue(robot.lookup("#cell_caresq_kraamzorg").tryQuery().isPresent());
        assertEquals(PROVIDER, text(robot, "#subtitle"));
    }
}
