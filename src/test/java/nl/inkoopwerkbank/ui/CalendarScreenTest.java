package nl.inkoopwerkbank.ui;

import static nl.inkoopwerkbank.ui.UiTestSupport.retype;
import static nl.inkoopwerkbank.ui.UiTestSupport.text;
import static nl.inkoopwerkbank.ui.UiTestSupport.type;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

import nl.inkoopwerkbank.domain.calendar.CalendarItem;
import nl.inkoopwerkbank.domain.calendar.CalendarItem.Kind;
import nl.inkoopwerkbank.domain.calendar.CalendarItem.Status;
import nl.inkoopwerkbank.domain.calendar.TermStart;

/**
 * The calendar clicked through as a buyer on 23 November 2026 with the sample data: views, filters, the
 * details of an item, marking it done and undoing that, a new meeting (refused, then saved), a started
 * term, the export, the dashboard's agenda and opening what an item belongs to.
 */
class CalendarScreenTest extends UiTestBase {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    static final String REMINDER = "Nabellen: ondertekening digitaal contract nog niet ontvangen";

    @Override
    Clock clock() {
        ZoneId zone = ZoneId.of("Europe/Amsterdam");
        return Clock.fixed(ZonedDateTime.of(TODAY.atTime(9, 0), zone).toInstant(), zone);
    }

    @Start
    void start(Stage stage) throws IOException {
        open(stage);
    }

    @SuppressWarnings("unchecked")
    private TableView<CalendarItem> agenda(FxRobot robot) {
        return robot.lookup("#calendarAgenda").queryAs(TableView.class);
    }

    private List<CalendarItem> items() {
        return app.workbench.calendar().items();
    }

    private CalendarItem item(String title) {
        return items().stream().filter(i -> i.title().equals(title)).findFirst().orElseThrow();
    }

    private void openAgenda(FxRobot robot) {
        robot.clickOn("#navCalendar");
        robot.clickOn("#agendaButton");
    }

    /** Narrows the agenda with the search field and chooses the only row. */
    private void pick(FxRobot robot, String search) {
        retype(robot, "#calendarSearch", search);
        assertEquals(1, agenda(robot).getItems().size(), "one row for " + search);
        String title = agenda(robot).getItems().get(0).title();
        robot.clickOn((javafx.scene.Node) robot.lookup("#calendarAgenda .table-cell")
                .match(n -> n instanceof javafx.scene.control.Labeled l && title.equals(l.getText())).query());
    }

    @Test
    void viewsShowTheItemsAndTheDetailsOfTheChosenOne(FxRobot robot) {
        robot.clickOn("#navCalendar");
        assertTrue(robot.lookup("#calendarMonth").query().isVisible(), "month view first");
        assertEquals("november 2026", text(robot, ".calendar-period"));
        robot.clickOn("#weekButton");
        assertTrue(robot.lookup("#calendarWeek").query().isVisible());
        assertTrue(text(robot, ".calendar-period").startsWith("Week 48: 23 november 2026"));
        robot.clickOn("#calendarNext");
        assertTrue(text(robot, ".calendar-period").startsWith("Week 49: 30 november 2026"), text(robot, ".calendar-period"));
        robot.clickOn("#agendaButton");
        assertEquals(items().size(), agenda(robot).getItems().size(), "the agenda holds every item without filters");

        pick(robot, "Nabellen");
        assertEquals(REMINDER, text(robot, "#calendarDetailTitle"));
        assertEquals("op 16 november 2026", text(robot, "#calendarDetailWhen"));
        assertTrue(robot.lookup(".status-overdue").tryQuery().isPresent(), "shown as overdue");

        // mark it done with a note, then take the mark back
        robot.clickOn("#calendarMarkDone");
        robot.clickOn("#doneNote");
        type(robot, "Gebeld; tekent deze week");
        robot.clickOn("#doneConfirm");
        CalendarItem done = item(REMINDER);
        assertEquals(Status.DONE, done.status());
        assertEquals(TODAY, done.done().doneOn());
        assertEquals("Gebeld; tekent deze week", done.done().note());
        assertTrue(text(robot, "#calendarDetailDone").startsWith("Gedaan op 23 november 2026"));
        robot.clickOn("#calendarUnmarkDone");
        assertEquals(Status.OVERDUE, item(REMINDER).status());
    }

    @Test
    void filtersNarrowByInsurerStatusAndProvider(FxRobot robot) {
        openAgenda(robot);
        int all = agenda(robot).getItems().size();
        robot.clickOn("#calendarInsurerFilter");
        robot.clickOn("#insurerFilter-vgz");
        List<CalendarItem> vgz = List.copyOf(agenda(robot).getItems());
        assertFalse(vgz.isEmpty());
        assertTrue(vgz.size() < all);
        assertTrue(vgz.stream().allMatch(i -> "vgz".equals(i.insurerId())), "only VGZ items");
        assertEquals("Coöperatie VGZ", robot.lookup("#calendarInsurerFilter").queryLabeled().getText());

        robot.clickOn("#calendarStatusFilter");
        robot.clickOn("#statusFilter-passed");
        assertTrue(agenda(robot).getItems().stream().allMatch(i -> i.status() == Status.PASSED && "vgz".equals(i.insurerId())));
        assertFalse(agenda(robot).getItems().isEmpty());

        robot.clickOn("#clearButton");
        assertEquals(all, agenda(robot).getItems().size(), "clearing the filters shows everything again");

        robot.clickOn("#calendarProviderFilter");
        type(robot, "Posthoorn");
        robot.push(KeyCode.ENTER);
        List<CalendarItem> mine = List.copyOf(agenda(robot).getItems());
        assertTrue(mine.stream().anyMatch(i -> i.title().equals(REMINDER)), "the buyer's reminder about it");
        assertTrue(mine.stream().anyMatch(i -> i.kind() == Kind.PROVIDER_TERM && "08336348".equals(i.providerAgb())),
                "the proposal that lapses");
        assertTrue(mine.stream().allMatch(i -> i.providerAgb() == null || i.providerAgb().equals("08336348")),
                "nothing of another provider");
        assertTrue(mine.stream().filter(i -> i.providerAgb() == null).allMatch(i -> i.kind() == Kind.POLICY_STEP));
    }

    @Test
    void aNewMeetingIsRefusedUntilItIsRightThenStored(FxRobot robot) {
        robot.clickOn("#navCalendar");
        int before = app.workbench.calendar().ownItems().size();
        robot.clickOn("#newMenu");
        robot.clickOn("#newMeetingItem");
        robot.clickOn("#itemSave");
        assertTrue(text(robot, ".calendar-dialog .field-error").contains("Omschrijving"), "names the field");
        assertEquals(before, app.workbench.calendar().ownItems().size(), "nothing stored");

        robot.clickOn("#itemTitle");
        type(robot, "Onderhandeling tarieven kraamzorg");
        robot.clickOn("#itemStart");
        type(robot, "14:00");
        robot.clickOn("#itemEnd");
        type(robot, "13:00");
        robot.clickOn("#itemSave");
        assertTrue(text(robot, ".calendar-dialog .field-error").contains("Eindtijd"), text(robot, ".calendar-dialog .field-error"));
        assertTrue(robot.lookup("#itemEnd").query().getStyleClass().contains("invalid"));
        assertEquals(before, app.workbench.calendar().ownItems().size());

        retype(robot, "#itemEnd", "15:30");
        robot.clickOn("#itemSave");
        assertEquals(before + 1, app.workbench.calendar().ownItems().size());
        CalendarItem saved = item("Onderhandeling tarieven kraamzorg");
        assertEquals(Kind.MEETING, saved.kind());
        assertEquals(TODAY, saved.date(), "a new item starts on the day the calendar shows");
        assertEquals("14:00", saved.start().toString());
        assertEquals("Onderhandeling tarieven kraamzorg", text(robot, "#calendarDetailTitle"), "and is chosen");
    }

    @Test
    void anOwnItemIsEditedInPlace(FxRobot robot) {
        openAgenda(robot);
        pick(robot, "Inkoopgesprek kraamzorg");
        robot.clickOn("#calendarEditItem");
        assertEquals("Inkoopgesprek kraamzorg 2027: overstap naar overeenkomst A",
                robot.lookup("#itemTitle").queryTextInputControl().getText(), "the dialog shows the stored item");
        retype(robot, "#itemTitle", "Inkoopgesprek kraamzorg 2027 (verplaatst)");
        retype(robot, "#itemStart", "13:00");
        retype(robot, "#itemEnd", "14:00");
        robot.clickOn("#itemSave");
        CalendarItem moved = item("Inkoopgesprek kraamzorg 2027 (verplaatst)");
        assertEquals("13:00", moved.start().toString());
        assertEquals(LocalDate.of(2026, 11, 26), moved.date());
        assertTrue(items().stream().noneMatch(i -> i.title().startsWith("Inkoopgesprek kraamzorg 2027: overstap")),
                "changed, not copied");
    }

    @Test
    void aStartedTermShowsItsDueDateFirst(FxRobot robot) {
        robot.clickOn("#navCalendar");
        robot.clickOn("#newMenu");
        robot.clickOn("#startTermItem");
        robot.clickOn("#termProvider");
        type(robot, "Wilgenhoek");
        robot.push(KeyCode.ENTER);
        String preview = robot.lookup("#termPreview").queryAs(Label.class).getText();
        assertFalse(preview.isEmpty(), "the due date is shown before saving");
        robot.clickOn("#termSave");
        TermStart started = app.workbench.calendar().termStarts().stream()
                .filter(t -> t.providerAgb().equals("08993378") && t.startedOn().equals(TODAY)).findFirst().orElseThrow();
        CalendarItem term = items().stream().filter(i -> i.key().equals(started.key())).findFirst().orElseThrow();
        assertTrue(preview.contains(nl.inkoopwerkbank.domain.format.Formats.date(term.statedDate())),
                preview + " names " + term.statedDate());
        assertEquals(term.title(), text(robot, "#calendarDetailTitle"));
    }

    @Test
    void exportWritesTheFilteredItems(FxRobot robot) throws IOException {
        openAgenda(robot);
        robot.clickOn("#calendarInsurerFilter");
        robot.clickOn("#insurerFilter-caresq");
        int shown = agenda(robot).getItems().size();
        robot.clickOn("#exportButton");
        Path file = dir.resolve("contractkalender.ics");
        String ics = Files.readString(file, StandardCharsets.UTF_8);
        assertEquals(shown, ics.split("BEGIN:VEVENT", -1).length - 1, "one event per item shown");
        assertTrue(ics.contains("UID:step:caresq-2027-geboortezorg:"));
        assertFalse(ics.contains("UID:step:vgz-2027-geboortezorg:"), "nothing of another insurer");
    }

    @Test
    void theDashboardListsWhatIsOverdueAndOpensIt(FxRobot robot) {
        // the dashboard is the start page; its rows come a few frames after the window
        UiTestSupport.awaitNode(robot, "#overdueItem0");
        // the row's tooltip (when and what in full) is made when the pointer first comes by
        robot.moveTo("#overdueItem0");
        String first = robot.lookup("#overdueItem0").queryButton().getTooltip().getText();
        CalendarItem overdue = app.workbench.calendar().outlook().overdue().get(0);
        assertTrue(first.endsWith(overdue.title()));
        assertEquals(2, app.workbench.calendar().outlook().overdue().size());
        robot.clickOn("#overdueItem0");
        assertTrue(robot.lookup("#navCalendar").queryAs(ToggleButton.class).isSelected(), "the calendar opened");
        assertEquals(overdue.title(), text(robot, "#calendarDetailTitle"));
    }

    @Test
    void anItemOpensTheQuoteItBelongsTo(FxRobot robot) {
        openAgenda(robot);
        retype(robot, "#calendarSearch", "Salland bestudeert de offerte en stelt");
        assertFalse(agenda(robot).getItems().isEmpty());
        String title = agenda(robot).getItems().get(0).title();
        robot.clickOn((javafx.scene.Node) robot.lookup("#calendarAgenda .table-cell")
                .match(n -> n instanceof javafx.scene.control.Labeled l && title.equals(l.getText())).query());
        assertEquals(title, text(robot, "#calendarDetailTitle"));
        robot.clickOn("#calendarOpenQuote");
        assertTrue(robot.lookup("#navQuotes").queryAs(ToggleButton.class).isSelected(), "the quotes section opened");
    }
}
