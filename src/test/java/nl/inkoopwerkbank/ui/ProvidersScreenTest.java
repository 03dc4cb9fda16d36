package nl.inkoopwerkbank.ui;

import static nl.inkoopwerkbank.ui.UiTestSupport.choose;
import static nl.inkoopwerkbank.ui.UiTestSupport.clickDialogButton;
import static nl.inkoopwerkbank.ui.UiTestSupport.dialog;
import static nl.inkoopwerkbank.ui.UiTestSupport.retype;
import static nl.inkoopwerkbank.ui.UiTestSupport.text;
import static nl.inkoopwerkbank.ui.UiTestSupport.type;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;

import java.io.IOException;

import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.testfx.framework.junit5.Start;
import org.testfx.api.FxRobot;

import nl.inkoopwerkbank.domain.provider.Provider;
import nl.inkoopwerkbank.domain.provider.ProviderContract;
import nl.inkoopwerkbank.domain.provider.ProviderRow;
import nl.inkoopwerkbank.domain.provider.ProviderType;

class ProvidersScreenTest extends UiTestBase {

    @Start
    void start(Stage stage) throws IOException {
        open(stage);
    }




    @SuppressWarnings("unchecked")
    TableView<ProviderRow> table(FxRobot robot) {
        return robot.lookup("#table").queryAs(TableView.class);
    }

    List<ProviderRow> rows(FxRobot robot) {
        return List.copyOf(table(robot).getItems());
    }

    void openProviders(FxRobot robot) {
        robot.clickOn("#navProviders");
    }

    /** Finds a provider as a buyer does: types the name in the search field, then clicks its row. */
    void select(FxRobot robot, String name) {
        retype(robot, "#providerSearch", name);
        robot.clickOn(robot.lookup(".table-row-cell .table-cell").match(n -> n instanceof javafx.scene.control.Labeled l
                && name.equals(l.getText())).queryAs(javafx.scene.Node.class));
    }

    @Test
    void searchNarrowsTheListAsTheBuyerTypes(FxRobot robot) {
        openProviders(robot);
        int all = rows(robot).size();
        assertEquals(app.workbench.providers().count(), all);
        robot.clickOn("#providerSearch");
        type(robot, "eikenbl");
        assertEquals(List.of("Verloskundigenpraktijk Het Eikenblad"), rows(robot).stream().map(ProviderRow::name).toList());
        assertEquals("1 van " + all + " aanbieders", text(robot, "#countLabel"));
        retype(robot, "#providerSearch", "Deventer");
        assertTrue(rows(robot).size() > 1);
        assertTrue(rows(robot).stream().allMatch(r -> r.place().equals("Deventer") || r.name().contains("Deventer")));
        retype(robot, "#providerSearch", "08114973");
        assertEquals(1, rows(robot).size(), "search by AGB-code");
        // every typed word, each anywhere in name, AGB-code or place
        retype(robot, "#providerSearch", "verloskundigenpraktijk twello");
        assertEquals(List.of("Verloskundigenpraktijk Het Eikenblad"), rows(robot).stream().map(ProviderRow::name).toList());
        assertEquals("1 van " + all + " aanbieders", text(robot, "#countLabel"));
        retype(robot, "#providerSearch", "twello verloskundigenpraktijk 0811");
        assertEquals(1, rows(robot).size(), "words in any order, with an AGB-code prefix");
        retype(robot, "#providerSearch", "verloskundigenpraktijk tilburg-noord-west");
        assertTrue(rows(robot).isEmpty(), "a word found nowhere finds nothing");
        robot.clickOn("#clearFiltersButton");
        assertEquals(all, rows(robot).size());
    }

    @Test
    void filtersByTypeRegionAndContractStatus(FxRobot robot) {
        openProviders(robot);
        choose(robot, "#typeFilter", "Kraamzorgorganisatie");
        assertFalse(rows(robot).isEmpty());
        assertTrue(rows(robot).stream().allMatch(r -> r.type() == ProviderType.KRAAMZORGORGANISATIE));
        choose(robot, "#regionFilter", "Midden-IJssel");
        assertTrue(rows(robot).stream().allMatch(r -> r.region().equals("Midden-IJssel")
                && r.type() == ProviderType.KRAAMZORGORGANISATIE));
        robot.clickOn("#clearFiltersButton");
        choose(robot, "#contractFilter", "Niet gecontracteerd door VGZ");
        assertFalse(rows(robot).isEmpty());
        assertTrue(rows(robot).stream().noneMatch(r -> r.contractInsurerIds().contains("vgz")));
        choose(robot, "#contractFilter", "Zonder enig contract");
        assertTrue(rows(robot).stream().allMatch(r -> r.contractInsurerIds().isEmpty()));
    }

    @Test
    void clickingAColumnHeaderSortsThroughTheDatabase(FxRobot robot) {
        openProviders(robot);
        robot.clickOn(robot.lookup(".column-header .label").match(n -> "Plaats".equals(((Label) n).getText())).queryAs(Label.class));
        List<String> places = rows(robot).stream().map(r -> r.place().toLowerCase()).toList();
        assertEquals(places.stream().sorted().toList(), places);
        robot.clickOn(robot.lookup(".column-header .label").match(n -> "Plaats".equals(((Label) n).getText())).queryAs(Label.class));
        List<String> desc = rows(robot).stream().map(r -> r.place().toLowerCase()).toList();
        assertEquals(places.stream().sorted(Comparator.reverseOrder()).toList(), desc);
    }

    @Test
    void aNewProviderWithInvalidInputIsRefusedWithReasonsThenSavedWhenValid(FxRobot robot) throws Exception {
        openProviders(robot);
        long before = app.workbench.providers().count();
        robot.clickOn("#newButton");
        robot.clickOn("#agb_codeField");
        type(robot, "1234567");
        robot.clickOn("#naamField");
        assertTrue(text(robot, "#agb_codeError").contains("8 cijfers"), "validated when the field is left");
        robot.clickOn("#postcodeField");
        type(robot, "0411 AB");
        robot.clickOn("#emailField");
        type(robot, "geen-adres");
        robot.clickOn("#naamField");
        assertTrue(text(robot, "#postcodeError").contains("geen Nederlandse postcode"));
        assertTrue(text(robot, "#emailError").contains("geen geldig e-mailadres"));

        robot.clickOn("#saveButton");
        assertTrue(text(robot, "#formMessage").startsWith("Niet opgeslagen"), text(robot, "#formMessage"));
        assertEquals("Dit veld is verplicht.", text(robot, "#naamError"));
        assertEquals(before, app.workbench.providers().count(), "nothing saved");

        String existing = rows(robot).get(0).agbCode();
        retype(robot, "#agb_codeField", existing);
        robot.clickOn("#naamField");
        assertTrue(text(robot, "#agb_codeError").contains("al in gebruik"), text(robot, "#agb_codeError"));

        retype(robot, "#agb_codeField", "99001122");
        robot.clickOn("#naamField");
        type(robot, "Verloskundigenpraktijk De Proefpolder");
        choose(robot, "#typeField", "Verloskundigenpraktijk");
        retype(robot, "#postcodeField", "7411ab");
        robot.clickOn("#plaatsField");
        type(robot, "Deventer");
        assertEquals("7411 AB", robot.lookup("#postcodeField").queryTextInputControl().getText(), "tidied on leaving");
        robot.clickOn("#regioField");
        type(robot, "midden-ij");
        // suggestions are looked up in the background after a short pause, as the buyer types; the popup's
        // cell must also be laid out and shown before it can be clicked
        org.testfx.util.WaitForAsyncUtils.waitFor(5, java.util.concurrent.TimeUnit.SECONDS,
                () -> robot.lookup(".auto-complete-popup .list-cell").match(n -> n instanceof javafx.scene.control.Labeled l
                        && "Midden-IJssel".equals(l.getText()) && l.isVisible() && l.getScene() != null
                        && l.getScene().getWindow().isShowing() && l.getWidth() > 0 && l.getHeight() > 0)
                        .tryQuery().isPresent());
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(robot.lookup(".auto-complete-popup .list-cell").match(n -> n instanceof javafx.scene.control.Labeled l
                && "Midden-IJssel".equals(l.getText())).queryAs(javafx.scene.Node.class));
        assertEquals("Midden-IJssel", robot.lookup("#regioField").queryTextInputControl().getText(), "suggested region taken");
        retype(robot, "#emailField", "info@proefpolder.example");
        robot.clickOn("#contract-salland");
        robot.clickOn("#contract-since-salland");
        type(robot, "1-1-2026");
        robot.push(KeyCode.TAB);
        robot.clickOn("#saveButton");

        assertEquals("Opgeslagen.", text(robot, "#formMessage"));
        Provider saved = app.workbench.providers().findByAgb("99001122").orElseThrow();
        assertEquals("Verloskundigenpraktijk De Proefpolder", saved.name());
        assertEquals("7411 AB", saved.postcode());
        assertEquals(List.of(new ProviderContract("salland", LocalDate.of(2026, 1, 1))), saved.contracts());
        assertEquals(before + 1, app.workbench.providers().count());
        assertTrue(rows(robot).stream().anyMatch(r -> r.agbCode().equals("99001122")));
        assertFalse(robot.lookup("#dirtyLabel").query().isVisible());
    }

    @Test
    void editingAProviderSavesTheChange(FxRobot robot) {
        openProviders(robot);
        select(robot, "Verloskundigenpraktijk Het Eikenblad");
        assertEquals("Verloskundigenpraktijk Het Eikenblad", text(robot, "#titleLabel"));
        retype(robot, "#contactpersoonField", "Anouk Testers");
        assertTrue(robot.lookup("#dirtyLabel").query().isVisible(), "unsaved changes are shown");
        robot.clickOn("#saveButton");
        assertEquals("Anouk Testers", app.workbench.providers().findByAgb("08114973").orElseThrow().contactPerson());
        assertFalse(robot.lookup("#dirtyLabel").query().isVisible());
    }

    @Test
    void deleteAsksFirstAndCancelKeepsTheProvider(FxRobot robot) {
        openProviders(robot);
        select(robot, "Verloskundigenpraktijk Het Eikenblad");
        robot.clickOn("#deleteButton");
        assertTrue(dialog(robot).isPresent(), "a confirmation is asked");
        clickDialogButton(robot, "Annuleren");
        assertTrue(app.workbench.providers().findByAgb("08114973").isPresent());

        robot.clickOn("#deleteButton");
        clickDialogButton(robot, "Verwijderen");
        assertTrue(app.workbench.providers().findByAgb("08114973").isEmpty());
        assertTrue(rows(robot).stream().noneMatch(r -> r.agbCode().equals("08114973")));
        assertTrue(robot.lookup("#emptyState").query().isVisible());
    }

    @Test
    void unsavedChangesAreNeverDroppedSilently(FxRobot robot) {
        openProviders(robot);
        select(robot, "Verloskundigenpraktijk Het Eikenblad");
        retype(robot, "#notitiesField", "Gesprek gepland");
        select(robot, "Verloskundigenpraktijk De Posthoorn");
        assertTrue(dialog(robot).isPresent(), "leaving with unsaved changes asks");
        clickDialogButton(robot, "Annuleren");
        assertEquals("Verloskundigenpraktijk Het Eikenblad", text(robot, "#titleLabel"));
        assertEquals("Gesprek gepland", robot.lookup("#notitiesField").queryTextInputControl().getText());

        select(robot, "Verloskundigenpraktijk De Posthoorn");
        clickDialogButton(robot, "Opslaan");
        assertEquals("Gesprek gepland", app.workbench.providers().findByAgb("08114973").orElseThrow().notes());
        assertEquals("Verloskundigenpraktijk De Posthoorn", text(robot, "#titleLabel"));

        retype(robot, "#notitiesField", "Wordt weggegooid");
        select(robot, "Verloskundigenpraktijk Het Eikenblad");
        clickDialogButton(robot, "Niet opslaan");
        assertEquals("Verloskundigenpraktijk Het Eikenblad", text(robot, "#titleLabel"));
        assertFalse("Wordt weggegooid".equals(app.workbench.providers().findByAgb("08336348").orElseThrow().notes()));
    }
}
