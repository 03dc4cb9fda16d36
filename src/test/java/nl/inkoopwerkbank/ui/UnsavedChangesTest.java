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
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.DialogPane;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.stage.WindowEvent;

import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import nl.inkoopwerkbank.domain.assessment.FactAnswer;
import nl.inkoopwerkbank.domain.calendar.OwnItem;
import nl.inkoopwerkbank.domain.policy.Requirement;
import nl.inkoopwerkbank.domain.provider.Provider;
import nl.inkoopwerkbank.domain.quote.Quote;

/**
 * Nothing typed is lost without asking: a form, a draft or an editor with changes asks "Opslaan / Niet
 * opslaan / Annuleren" before the window closes (the way App closes it), before another record is shown
 * and before an editor dialog is cancelled; each answer does what it says, and an untouched form never asks.
 */
class UnsavedChangesTest extends UiTestBase {

    static final String EIKENBLAD = "Verloskundigenpraktijk Het Eikenblad";
    static final String IGO = "IGO Het Bossche Broek";
    static final String ZONNELIED = "Kraamzorg Het Zonnelied";

    /** How often the main window went on to close (App closes the window at that point). */
    private final AtomicInteger closed = new AtomicInteger();

    @Start
    void start(Stage stage) throws IOException {
        open(stage);
    }

    // ---------------------------------------------------------------------------------------------
    // helpers

    /** Closes the main window the way App does: through whenSafeToLeave, which may ask first. */
    private void closeWindow() {
        Platform.runLater(() -> app.ui.main().whenSafeToLeave(closed::incrementAndGet));
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The unsaved-changes question, when it is showing. */
    private static Optional<DialogPane> question(FxRobot robot) {
        return robot.lookup("#unsavedQuestion").tryQueryAs(DialogPane.class).filter(p -> p.getScene().getWindow().isShowing());
    }

    private static String asked(FxRobot robot) {
        return question(robot).orElseThrow(() -> new AssertionError("the unsaved-changes question is not showing")).getHeaderText();
    }

    private static String fieldText(FxRobot robot, String query) {
        return robot.lookup(query).queryTextInputControl().getText();
    }

    private static boolean selected(FxRobot robot, String nav) {
        return robot.lookup(nav).queryAs(ToggleButton.class).isSelected();
    }

    /** The editor dialog's window (not the question's). */
    private static Window window(FxRobot robot, String nodeInside) {
        return robot.lookup(nodeInside).query().getScene().getWindow();
    }

    /** As the window's close button does (the question it may raise waits for an answer, so not through interact). */
    private static void pressCloseButton(Window w) {
        Platform.runLater(() -> w.fireEvent(new WindowEvent(w, WindowEvent.WINDOW_CLOSE_REQUEST)));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void selectProvider(FxRobot robot, String name) {
        retype(robot, "#providerSearch", name);
        robot.clickOn(robot.lookup(".table-row-cell .table-cell").match(n -> n instanceof javafx.scene.control.Labeled l
                && name.equals(l.getText())).queryAs(Node.class));
    }

    private String storedNotes(String agb) {
        return app.workbench.providers().findByAgb(agb).orElseThrow().notes();
    }

    // ---------------------------------------------------------------------------------------------
    // the provider form

    @Test
    void aProviderEditSurvivesOtherSectionsAndIsAskedAboutWhenTheWindowCloses(FxRobot robot) {
        String before = storedNotes("08114973");
        robot.clickOn("#navProviders");
        selectProvider(robot, EIKENBLAD);
        retype(robot, "#notitiesField", "Gesprek gepland");

        // sections are kept: the edit is still there after a tour through the others
        for (String nav : List.of("#navDashboard", "#navPolicies", "#navAssessment", "#navQuotes", "#navCalendar")) {
            robot.clickOn(nav);
        }
        robot.clickOn("#navProviders");
        assertEquals("Gesprek gepland", fieldText(robot, "#notitiesField"));

        // closing from another section: the providers section is shown and the question names the provider
        robot.clickOn("#navCalendar");
        closeWindow();
        assertEquals("De wijzigingen aan " + EIKENBLAD + " zijn nog niet opgeslagen.", asked(robot));
        assertTrue(selected(robot, "#navProviders"), "the edit is on screen while the buyer decides");

        robot.clickOn("#unsavedCancel");
        assertEquals(0, closed.get(), "Annuleren keeps the window open");
        assertEquals("Gesprek gepland", fieldText(robot, "#notitiesField"), "and the edit on screen");
        assertEquals(before, storedNotes("08114973"));

        closeWindow();
        robot.clickOn("#unsavedDiscard");
        assertEquals(1, closed.get(), "Niet opslaan closes");
        assertEquals(before, storedNotes("08114973"), "nothing stored");
        assertEquals(before == null ? "" : before, fieldText(robot, "#notitiesField"), "the form shows what is stored again");

        retype(robot, "#notitiesField", "Gesprek gepland");
        closeWindow();
        robot.clickOn("#unsavedSave");
        assertEquals(2, closed.get(), "Opslaan stores, then closes");
        assertEquals("Gesprek gepland", storedNotes("08114973"));
        assertTrue(question(robot).isEmpty());
    }

    @Test
    void aRefusedSaveKeepsTheBuyerAtTheNewProvider(FxRobot robot) {
        long count = app.workbench.providers().count();
        robot.clickOn("#navProviders");
        robot.clickOn("#newButton");
        robot.clickOn("#naamField");
        type(robot, "Verloskundigenpraktijk De Linde");
        closeWindow();
        assertEquals("De wijzigingen aan de nieuwe aanbieder Verloskundigenpraktijk De Linde zijn nog niet opgeslagen.",
                asked(robot));
        robot.clickOn("#unsavedSave");
        assertEquals(0, closed.get(), "the AGB-code and the rest are missing: the window stays open");
        assertTrue(text(robot, "#formMessage").startsWith("Niet opgeslagen"), text(robot, "#formMessage"));
        assertFalse(text(robot, "#agb_codeError").isEmpty(), "the missing AGB-code is named at its field");
        assertEquals("Verloskundigenpraktijk De Linde", fieldText(robot, "#naamField"));
        assertEquals(count, app.workbench.providers().count());
    }

    // ---------------------------------------------------------------------------------------------
    // the quote round draft

    private Quote storedQuote(int year) {
        long igo = app.workbench.providers().findByAgb("98848251").orElseThrow().id();
        return app.workbench.quotes().find(igo, year, "vgz").orElseThrow();
    }

    private void startDraft(FxRobot robot) {
        robot.clickOn("#navQuotes");
        robot.clickOn("#newButton");
        robot.clickOn("#igoBox");
        type(robot, "Bossche");
        robot.push(KeyCode.ENTER);
        retype(robot, "#yearField", "2027");
        choose(robot, "#insurerBox", "Coöperatie VGZ");
        robot.clickOn("#createButton");
        robot.clickOn("#newRoundButton");
    }

    private void scrollTo(FxRobot robot, String query) {
        Node n = robot.lookup(query).query();
        robot.interact(() -> {
            for (Node p = n.getParent(); p != null; p = p.getParent()) {
                if (p instanceof ScrollPane sp) {
                    double y = n.localToScene(0, 0).getY() - sp.getContent().localToScene(0, 0).getY();
                    double h = sp.getContent().getBoundsInLocal().getHeight() - sp.getViewportBounds().getHeight();
                    sp.setVvalue(Math.max(0, Math.min(1, (y - 80) / Math.max(1, h))));
                    sp.layout();
                    return;
                }
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void aRoundDraftIsAskedAboutWhenTheWindowClosesAndSavedOnRequest(FxRobot robot) {
        startDraft(robot);
        scrollTo(robot, "#financingField");
        retype(robot, "#financingField", "1.184.500");

        robot.clickOn("#navDashboard");
        robot.clickOn("#navQuotes");
        assertEquals("1.184.500", fieldText(robot, "#financingField"), "the draft survives another section");

        robot.clickOn("#navProviders");
        closeWindow();
        assertEquals("De wijzigingen aan de nieuwe ronde 1 van de offerte van " + IGO + " voor 2027 zijn nog niet opgeslagen.",
                asked(robot));
        assertTrue(selected(robot, "#navQuotes"));
        robot.clickOn("#unsavedCancel");
        assertEquals(0, closed.get());
        assertEquals("1.184.500", fieldText(robot, "#financingField"));
        assertTrue(robot.lookup("#draftBar").query().isVisible(), "still a draft");
        assertTrue(storedQuote(2027).rounds().isEmpty());

        closeWindow();
        robot.clickOn("#unsavedSave");
        assertEquals(1, closed.get());
        Quote q = storedQuote(2027);
        assertEquals(1, q.rounds().size(), "the round is stored");
        assertEquals(0, new BigDecimal("1184500").compareTo(q.rounds().get(0).content().financingRequest()));
        assertFalse(robot.lookup("#draftBar").query().isVisible());

        closeWindow();
        assertEquals(2, closed.get(), "a stored round is not asked about again");
        assertTrue(question(robot).isEmpty());
    }

    @Test
    void aRoundDraftIsDiscardedOnlyWhenTheBuyerSaysSo(FxRobot robot) {
        startDraft(robot);
        scrollTo(robot, "#financingField");
        retype(robot, "#financingField", "999");
        closeWindow();
        robot.clickOn("#unsavedDiscard");
        assertEquals(1, closed.get());
        assertTrue(storedQuote(2027).rounds().isEmpty(), "nothing stored");
        assertFalse(robot.lookup("#draftBar").query().isVisible(), "the draft is gone from the screen");
    }

    @Test
    void anotherQuoteOpenedFromElsewhereAsksAboutTheDraftFirst(FxRobot robot) {
        startDraft(robot);
        scrollTo(robot, "#financingField");
        retype(robot, "#financingField", "999");
        long igo = app.workbench.providers().findByAgb("98848251").orElseThrow().id();
        Quote other = app.workbench.quotes().create(igo, 2028, "vgz");
        String title = text(robot, "#quoteTitle");

        // as the calendar and the dashboard open a quote
        Platform.runLater(() -> app.ui.main().showQuote(other.id()));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(asked(robot).contains("de nieuwe ronde 1 van de offerte van " + IGO + " voor 2027"), asked(robot));
        robot.clickOn("#unsavedCancel");
        assertEquals(title, text(robot, "#quoteTitle"), "the draft's quote stays open");
        assertEquals("999", fieldText(robot, "#financingField"));

        Platform.runLater(() -> app.ui.main().showQuote(other.id()));
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#unsavedDiscard");
        assertTrue(text(robot, "#quoteTitle").contains("2028"), text(robot, "#quoteTitle"));
        assertFalse(robot.lookup("#draftBar").query().isVisible());
        assertTrue(storedQuote(2027).rounds().isEmpty());
        assertTrue(storedQuote(2028).rounds().isEmpty(), "the draft never lands on the other quote");
    }

    // ---------------------------------------------------------------------------------------------
    // the checklist (every answer is stored when given; only typed text can wait)

    private Optional<BigDecimal> storedPct(Provider p) {
        return app.workbench.assessments().sheet(p.id()).value("carers_employed_pct", "").map(v -> v.asNumber());
    }

    private Provider openChecklistAtEmployedStaff(FxRobot robot) {
        Provider p = app.workbench.providers().all().stream().filter(x -> x.name().equals(ZONNELIED)).findFirst().orElseThrow();
        for (FactAnswer a : app.workbench.assessments().sheet(p.id()).answers()) {
            app.workbench.assessments().clear(p.id(), a.factKey(), a.insurerId());
        }
        robot.clickOn("#navAssessment");
        robot.clickOn("#providerSearch");
        type(robot, "Zonnelied");
        robot.push(KeyCode.ENTER);
        robot.clickOn("#onePolicy");
        choose(robot, "#policyBox", "Inkoopbeleid Geboortezorg 2027 (Caresq)");
        robot.clickOn("#nextButton");
        robot.clickOn("#topic_employed_staff");
        return p;
    }

    @Test
    void aTypedAnswerIsStoredOnCloseAndARefusedOneIsAskedAbout(FxRobot robot) {
        Provider p = openChecklistAtEmployedStaff(robot);
        robot.clickOn("#q_carers_employed_pct");
        type(robot, "49,5");
        // no Enter, the field still has the focus: closing stores it like leaving the field does, without asking
        closeWindow();
        assertTrue(question(robot).isEmpty(), "an answer that can be stored is stored, not asked about");
        assertEquals(1, closed.get());
        assertEquals(0, new BigDecimal("49.5").compareTo(storedPct(p).orElseThrow()));

        retype(robot, "#q_carers_employed_pct", "veel");
        closeWindow();
        String question = app.workbench.assessments().catalog().find("carers_employed_pct").orElseThrow().question();
        assertEquals("De wijzigingen aan het antwoord op \u201e" + question + "\u201c bij " + ZONNELIED
                + " zijn nog niet opgeslagen.", asked(robot));
        robot.clickOn("#unsavedCancel");
        assertEquals(1, closed.get());
        assertEquals("veel", fieldText(robot, "#q_carers_employed_pct"), "Annuleren keeps what was typed");

        closeWindow();
        robot.clickOn("#unsavedSave");
        assertEquals(1, closed.get(), "'veel' is no number: saving is refused and the window stays");
        assertTrue(robot.lookup(".field-error").match(Node::isVisible).tryQuery().isPresent(), "the reason is shown");
        assertEquals(0, new BigDecimal("49.5").compareTo(storedPct(p).orElseThrow()));

        closeWindow();
        robot.clickOn("#unsavedDiscard");
        assertEquals(2, closed.get());
        assertEquals("49,5", fieldText(robot, "#q_carers_employed_pct"), "the stored answer is back");
        assertEquals(0, new BigDecimal("49.5").compareTo(storedPct(p).orElseThrow()));
    }

    @Test
    void aRefusedAnswerIsAskedAboutBeforeTheNextPage(FxRobot robot) {
        Provider p = openChecklistAtEmployedStaff(robot);
        String topic = text(robot, "#topicTitle");
        robot.clickOn("#q_carers_employed_pct");
        type(robot, "veel");
        robot.clickOn("#nextButton");
        assertTrue(question(robot).isPresent(), "the page would drop the typed answer");
        robot.clickOn("#unsavedCancel");
        assertEquals(topic, text(robot, "#topicTitle"), "Annuleren stays on the page");
        assertEquals("veel", fieldText(robot, "#q_carers_employed_pct"));

        robot.clickOn("#nextButton");
        robot.clickOn("#unsavedDiscard");
        assertFalse(topic.equals(text(robot, "#topicTitle")), "Niet opslaan goes on");
        assertTrue(storedPct(p).isEmpty());
    }

    // ---------------------------------------------------------------------------------------------
    // a policy editor dialog

    private Requirement firstRequirement(FxRobot robot) {
        robot.clickOn("#navPolicies");
        robot.clickOn(PolicyAuthoringScreenTest.treeCell(robot, "Geboortezorg 2027", "caresq-2027-geboortezorg"));
        @SuppressWarnings("unchecked")
        TableView<Requirement> table = robot.lookup("#requirementsTable").queryAs(TableView.class);
        Requirement r = table.getItems().get(0);
        robot.interact(() -> table.getSelectionModel().select(r));
        return r;
    }

    private String storedText(String requirementId) {
        return app.workbench.policies().find("caresq-2027-geboortezorg").orElseThrow().requirement(requirementId)
                .orElseThrow().text();
    }

    @Test
    void aPolicyEditorAsksBeforeEscapeOrTheCloseButtonThrowsTheEditAway(FxRobot robot) {
        Requirement r = firstRequirement(robot);
        robot.clickOn("#editRequirementButton");
        robot.push(KeyCode.ESCAPE);
        assertTrue(question(robot).isEmpty(), "untouched, Escape closes at once");
        assertTrue(robot.lookup("#editorSave").tryQuery().isEmpty());

        robot.clickOn("#editRequirementButton");
        retype(robot, "#textField", "Gewijzigde eis");
        robot.push(KeyCode.ESCAPE);
        assertEquals("De wijzigingen aan eis " + r.id() + " van " + storedTitle() + " zijn nog niet opgeslagen.", asked(robot));
        robot.clickOn("#unsavedCancel");
        assertEquals("Gewijzigde eis", fieldText(robot, "#textField"), "Annuleren keeps the editor with the edit");

        pressCloseButton(window(robot, "#textField"));
        assertTrue(question(robot).isPresent(), "the window's close button asks too");
        robot.clickOn("#unsavedDiscard");
        assertTrue(robot.lookup("#editorSave").tryQuery().isEmpty(), "Niet opslaan closes the editor");
        assertEquals(r.text(), storedText(r.id()), "nothing stored");

        robot.clickOn("#editRequirementButton");
        retype(robot, "#textField", "Gewijzigde eis");
        robot.push(KeyCode.ESCAPE);
        robot.clickOn("#unsavedSave");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#editorSave").tryQuery().isEmpty(), "stored, the editor closes");
        assertEquals("Gewijzigde eis", storedText(r.id()));
    }

    @Test
    void savingFromTheQuestionStaysInTheEditorWhenThePolicyRefusesIt(FxRobot robot) {
        Requirement r = firstRequirement(robot);
        robot.clickOn("#editRequirementButton");
        retype(robot, "#textField", "");
        robot.push(KeyCode.ESCAPE);
        robot.clickOn("#unsavedSave");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#editorSave").tryQuery().isPresent(), "a requirement needs its statement: the editor stays");
        assertTrue(text(robot, "#errorLabel").contains("Niet opgeslagen"), text(robot, "#errorLabel"));
        assertEquals(r.text(), storedText(r.id()));
        robot.push(KeyCode.ESCAPE);
        robot.clickOn("#unsavedDiscard");
        assertTrue(robot.lookup("#editorSave").tryQuery().isEmpty());
    }

    private String storedTitle() {
        return app.workbench.policies().find("caresq-2027-geboortezorg").orElseThrow().title();
    }

    // ---------------------------------------------------------------------------------------------
    // a calendar dialog

    private List<OwnItem> ownItems() {
        return app.workbench.calendar().ownItems();
    }

    @Test
    void aCalendarDialogAsksBeforeItsChangesAreThrownAway(FxRobot robot) {
        int before = ownItems().size();
        robot.clickOn("#navCalendar");
        robot.clickOn("#newMenu");
        robot.clickOn("#newMeetingItem");
        robot.push(KeyCode.ESCAPE);
        assertTrue(question(robot).isEmpty(), "untouched, Escape closes at once");
        assertTrue(robot.lookup("#itemSave").tryQuery().isEmpty());

        robot.clickOn("#newMenu");
        robot.clickOn("#newMeetingItem");
        robot.clickOn("#itemTitle");
        type(robot, "Overleg tarieven kraamzorg");
        robot.push(KeyCode.ESCAPE);
        assertEquals("De wijzigingen aan het nieuwe overleg zijn nog niet opgeslagen.", asked(robot));
        robot.clickOn("#unsavedCancel");
        assertEquals("Overleg tarieven kraamzorg", fieldText(robot, "#itemTitle"));

        UiTestSupport.clickDialogButton(robot, "Annuleren");
        assertTrue(question(robot).isPresent(), "Annuleren in the dialog asks too");
        robot.clickOn("#unsavedDiscard");
        assertTrue(robot.lookup("#itemSave").tryQuery().isEmpty());
        assertEquals(before, ownItems().size(), "nothing stored");

        robot.clickOn("#newMenu");
        robot.clickOn("#newMeetingItem");
        robot.clickOn("#itemTitle");
        type(robot, "Overleg tarieven kraamzorg");
        pressCloseButton(window(robot, "#itemTitle"));
        robot.clickOn("#unsavedSave");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#itemSave").tryQuery().isEmpty(), "stored, the dialog closes");
        assertEquals(before + 1, ownItems().size());
        assertTrue(ownItems().stream().anyMatch(i -> i.title().equals("Overleg tarieven kraamzorg")));
    }

    // ---------------------------------------------------------------------------------------------
    // untouched forms never ask; the settings

    @Test
    void untouchedFormsNeverAsk(FxRobot robot) {
        robot.clickOn("#navProviders");
        selectProvider(robot, EIKENBLAD);
        robot.clickOn("#notitiesField");
        startDraft(robot);
        openChecklistAtEmployedStaff(robot);
        robot.clickOn("#q_carers_employed_pct");
        robot.clickOn("#settingsButton");
        UiTestSupport.clickDialogButton(robot, "Annuleren");
        assertTrue(question(robot).isEmpty(), "unchanged settings close at once");

        closeWindow();
        assertTrue(question(robot).isEmpty());
        assertEquals(1, closed.get());
        assertTrue(storedQuote(2027).rounds().isEmpty(), "an untouched draft is not stored either");
    }

    @Test
    void aSettingsChangeThatRebuildsTheScreensWaitsForUnsavedEdits(FxRobot robot) {
        robot.clickOn("#navProviders");
        selectProvider(robot, EIKENBLAD);
        retype(robot, "#notitiesField", "Gesprek gepland");
        robot.clickOn("#settingsButton");
        choose(robot, "#languageBox", "English");
        UiTestSupport.clickDialogButton(robot, "Opslaan");
        assertEquals("De wijzigingen aan " + EIKENBLAD + " zijn nog niet opgeslagen.", asked(robot));
        robot.clickOn("#unsavedCancel");
        assertTrue(app.settingsChoices.isEmpty(), "the screens are not rebuilt under the edit");
        assertEquals("De instellingen zijn niet gewijzigd: er waren nog niet-opgeslagen wijzigingen.", text(robot, "#statusLabel"));
        assertEquals("Gesprek gepland", fieldText(robot, "#notitiesField"));

        robot.clickOn("#settingsButton");
        choose(robot, "#languageBox", "English");
        UiTestSupport.clickDialogButton(robot, "Opslaan");
        robot.clickOn("#unsavedSave");
        assertEquals("Gesprek gepland", storedNotes("08114973"));
        assertEquals(1, app.settingsChoices.size(), "saved first, then the settings are applied");
    }
}
