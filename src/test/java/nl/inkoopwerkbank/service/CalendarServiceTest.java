package nl.inkoopwerkbank.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Period;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import nl.inkoopwerkbank.Workbench;
import nl.inkoopwerkbank.domain.Problem;
import nl.inkoopwerkbank.domain.Violation;
import nl.inkoopwerkbank.domain.calendar.CalendarItem;
import nl.inkoopwerkbank.domain.calendar.CalendarItem.Kind;
import nl.inkoopwerkbank.domain.calendar.CalendarItem.Status;
import nl.inkoopwerkbank.domain.calendar.DoneMark;
import nl.inkoopwerkbank.domain.calendar.OwnItem;
import nl.inkoopwerkbank.domain.calendar.TermStart;
import nl.inkoopwerkbank.i18n.Messages;
import nl.inkoopwerkbank.io.CalendarFile;
import nl.inkoopwerkbank.store.JdbiCalendarRepository;

/**
 * The calendar service on the sample workbench (a real H2 file with the bundled policies, providers, quotes
 * and sample calendar): what the sample calendar looks like on a fixed day, refused input stores nothing and
 * names its field, done marks, the dashboard outlook, calendar files and the Dutch words of an item.
 */
class CalendarServiceTest {

    static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    static final LocalDate NOV_23 = LocalDate.of(2026, 11, 23);
    static final String SALLAND = "salland-2027-geboortezorg";
    static final String POSTHOORN = "08336348";

    @TempDir
    Path dir;
    Workbench wb;

    @BeforeEach
    void open() {
        wb = Workbench.open(dir.resolve("db"), true);
    }

    @AfterEach
    void close() {
        wb.close();
    }

    /** The workbench's calendar with the clock standing still on a day. */
    CalendarService on(LocalDate day) {
        Clock clock = Clock.fixed(day.atTime(12, 0).atZone(AMSTERDAM).toInstant(), AMSTERDAM);
        return new CalendarService(new JdbiCalendarRepository(wb.database().jdbi()), wb.policies(), wb.providers(),
                wb.quotes(), wb.settings(), clock);
    }

    static CalendarItem item(List<CalendarItem> items, String key) {
        return items.stream().filter(i -> i.key().equals(key)).findFirst()
                .orElseThrow(() -> new AssertionError(key + " not in the calendar"));
    }

    static CalendarItem titled(List<CalendarItem> items, String titleStart) {
        return items.stream().filter(i -> i.title().startsWith(titleStart)).findFirst()
                .orElseThrow(() -> new AssertionError("no item titled " + titleStart));
    }

    static CalendarItem termOf(List<CalendarItem> items, String agb) {
        List<CalendarItem> terms = items.stream().filter(i -> i.kind() == Kind.PROVIDER_TERM)
                .filter(i -> agb.equals(i.providerAgb())).toList();
        assertEquals(1, terms.size(), agb);
        return terms.get(0);
    }

    static String step(String policy, String deadline) {
        return "step:" + policy + ":" + deadline;
    }

    static List<String> fields(Executable refused) {
        ValidationException e = assertThrows(ValidationException.class, refused::run);
        return e.violations().stream().map(Violation::field).toList();
    }

    @FunctionalInterface
    interface Executable {
        void run();
    }

    /** What is stored: own items, started terms and done marks, to check that a refusal stored nothing. */
    record Stored(List<OwnItem> own, List<TermStart> terms, List<DoneMark> marks) {
    }

    Stored stored() {
        CalendarService c = wb.calendar();
        JdbiCalendarRepository repo = new JdbiCalendarRepository(wb.database().jdbi());
        return new Stored(c.ownItems(), c.termStarts(), repo.doneMarks());
    }

    // -------------------------------------------------------------------------------------------- the sample

    @Test
    void theSampleCalendarOnTwentyThreeNovember() {
        List<CalendarItem> items = wb.calendar().items(NOV_23);
        assertEquals(5, items.stream().filter(i -> i.kind().own()).count());
        assertEquals(3, items.stream().filter(i -> i.kind() == Kind.PROVIDER_TERM).count());
        assertEquals(items.size(), new HashSet<>(items.stream().map(CalendarItem::key).toList()).size());

        // the proposal sent to De Posthoorn on 20 October lapses on 1 December: 30 November is the last day
        CalendarItem posthoorn = termOf(items, POSTHOORN);
        assertEquals(LocalDate.of(2026, 11, 30), posthoorn.date());
        assertEquals(LocalDate.of(2026, 12, 1), posthoorn.statedDate());
        assertEquals(Status.DUE_SOON, posthoorn.status());
        assertEquals("Verloskundigenpraktijk De Posthoorn", posthoorn.providerName());
        // De Heidebloem's (16 October) lapses on 27 November
        assertEquals(LocalDate.of(2026, 11, 26), termOf(items, "33627992").date());
        CalendarItem wilgenhoek = termOf(items, "08993378");
        assertEquals(Status.DONE, wilgenhoek.status());
        assertEquals(LocalDate.of(2026, 10, 21), wilgenhoek.done().doneOn());
        assertEquals("Digitaal ondertekend.", wilgenhoek.done().note());

        assertEquals(Status.OVERDUE, titled(items, "Nabellen").status());
        assertEquals(Status.DONE, titled(items, "Offerte-onderdelen").status());
        assertEquals(LocalDate.of(2026, 9, 14), titled(items, "Offerte-onderdelen").done().doneOn());
        CalendarItem meeting = titled(items, "Inkoopgesprek kraamzorg 2027");
        assertEquals(Kind.MEETING, meeting.kind());
        assertEquals(LocalTime.of(10, 0), meeting.start());
        assertEquals("Kraamzorg Het Zonnelied", meeting.providerName());
        assertTrue(meeting.key().startsWith("own:"));
        assertEquals(Status.DONE, item(items, step(SALLAND, "sal-gz.dl.publicatie-beleid")).status());

        // De Zevensprong's quote to Salland: round 1 (received 12 September) answered on 8 October,
        // round 3 (received 23 October) agreed
        // (last year's agreement, received 16 September 2025 and agreed, has its own term: done by the agreement)
        List<CalendarItem> lastYear = items.stream().filter(i -> i.kind() == Kind.QUOTE_TERM
                && i.date().getYear() == 2025).toList();
        assertEquals(1, lastYear.size());
        assertEquals(Status.DONE, lastYear.get(0).status());
        List<CalendarItem> quoteTerms = items.stream().filter(i -> i.kind() == Kind.QUOTE_TERM
                && i.date().getYear() == 2026).toList();
        assertEquals(2, quoteTerms.size(), "VGZ's policy has no assessment term");
        assertEquals(LocalDate.of(2026, 10, 24), quoteTerms.get(0).date());
        assertEquals(LocalDate.of(2026, 10, 8), quoteTerms.get(0).done().doneOn());
        assertEquals(LocalDate.of(2026, 12, 4), quoteTerms.get(1).date());
        assertTrue(quoteTerms.stream().allMatch(i -> i.status() == Status.DONE && i.done().automatic()));
    }

    @Test
    void theSampleIsLoadedOnceAndSurvivesAReopen() {
        Stored before = stored();
        wb.close();
        wb = Workbench.open(dir.resolve("db"), true);
        assertEquals(before, stored());
    }

    // -------------------------------------------------------------------------------------------- own items

    static OwnItem own(String title, LocalDate date, String start, String end, String agb) {
        return CalendarService.newOwnItem(Kind.MEETING, title, date, start == null ? null : LocalTime.parse(start),
                end == null ? null : LocalTime.parse(end), agb, "Teams", "");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "title,    '   ',        2026-12-10, 10:00, 11:00, 08336348",
            "date,     Gesprek,      ,           10:00, 11:00, 08336348",
            "start,    Gesprek,      2026-12-10, ,      11:00, 08336348",
            "end,      Gesprek,      2026-12-10, 11:00, 11:00, 08336348",
            "end,      Gesprek,      2026-12-10, 11:00, 10:30, 08336348",
            "provider, Gesprek,      2026-12-10, 10:00, 11:00, 12345678",
    })
    void aWrongOwnItemIsRefusedNamingTheField(String field, String title, LocalDate date, String start, String end,
                                              String agb) {
        Stored before = stored();
        assertEquals(List.of(field), fields(() -> wb.calendar().save(own(title, date, start, end, agb))));
        assertEquals(before, stored());
    }

    @Test
    void everyWrongFieldIsNamedAtOnce() {
        OwnItem bad = CalendarService.newOwnItem(Kind.REMINDER, "x".repeat(301), null, LocalTime.of(11, 0),
                LocalTime.of(9, 0), "12345678", "y".repeat(301), "z".repeat(4001));
        Stored before = stored();
        assertEquals(List.of("title", "date", "end", "provider", "location", "note"),
                fields(() -> wb.calendar().save(bad)));
        assertEquals(before, stored());
        // the limits themselves are fine
        OwnItem full = CalendarService.newOwnItem(Kind.REMINDER, "x".repeat(300), NOV_23, null, null, null,
                "y".repeat(300), "z".repeat(4000));
        OwnItem saved = wb.calendar().save(full);
        assertEquals(full.withId(saved.id()), wb.calendar().ownItem(saved.id()).orElseThrow());
    }

    @Test
    void aStoredOwnItemIsInTheCalendarUnderItsUid() {
        OwnItem saved = wb.calendar().save(own("Evaluatie", LocalDate.of(2026, 12, 10), "09:00", "10:00", POSTHOORN));
        CalendarItem i = item(wb.calendar().items(NOV_23), "own:" + saved.uid());
        assertEquals("Evaluatie", i.title());
        assertEquals("salland", i.insurerId());
        assertEquals(Status.OPEN, i.status());
        assertTrue(wb.calendar().deleteOwnItem(saved.id()));
        assertTrue(wb.calendar().items(NOV_23).stream().noneMatch(x -> x.key().equals("own:" + saved.uid())));
    }

    // -------------------------------------------------------------------------------------------- started terms

    @ParameterizedTest(name = "{0}: {1} / {2} / {3} on {4}")
    @CsvSource({
            "provider,  12345678, " + SALLAND + ", sal-gz.rt.voorstel-vervalt, 2026-11-01",
            "provider,          , " + SALLAND + ", sal-gz.rt.voorstel-vervalt, 2026-11-01",
            "policy,    08336348, salland-2025-geboortezorg, sal-gz.rt.voorstel-vervalt, 2026-11-01",
            "term,      08336348, " + SALLAND + ", sal-gz.rt.bestaat-niet, 2026-11-01",
            "term,      08336348, " + SALLAND + ", , 2026-11-01",
            // no length ("geen termijn genoemd")
            "term,      08336348, " + SALLAND + ", sal-gz.rt.volumeprognoses, 2026-11-01",
            // started by a received quote round, not by hand
            "term,      08336348, " + SALLAND + ", sal-gz.rt.offerte-beoordeling, 2026-11-01",
            // a length of 0 days
            "term,      08159418, caresq-2027-geboortezorg, caresq-gz.rt.inkoopproces-na-aanvraag, 2026-11-01",
            "startedOn, 08336348, " + SALLAND + ", sal-gz.rt.voorstel-vervalt, ",
            "startedOn, 08336348, " + SALLAND + ", sal-gz.rt.voorstel-vervalt, 2026-11-24",
    })
    void aWrongTermStartIsRefusedNamingTheField(String field, String agb, String policy, String term,
                                                LocalDate startedOn) {
        Stored before = stored();
        assertEquals(List.of(field), fields(() -> on(NOV_23).startTerm(agb, policy, term, startedOn, "")));
        assertEquals(before, stored());
    }

    @Test
    void aTermStartedTodayIsStoredAndDated() {
        CalendarService c = on(NOV_23);
        assertEquals(List.of("note"), fields(() -> c.startTerm(POSTHOORN, SALLAND, "sal-gz.rt.voorstel-vervalt",
                NOV_23, "n".repeat(4001))));
        TermStart t = c.startTerm("08159418", "caresq-2027-geboortezorg", "caresq-gz.rt.afspraken-preferent-melden",
                NOV_23, "VGZ (preferent) akkoord");
        assertTrue(c.termStarts().contains(t));
        CalendarItem i = item(c.items(NOV_23), t.key());
        assertEquals(LocalDate.of(2026, 12, 23), i.date());
        assertEquals("caresq", i.insurerId());
        assertEquals("VGZ (preferent) akkoord", i.notes());
        assertTrue(c.deleteTermStart(t.id()));
        assertFalse(c.termStarts().contains(t));
    }

    @Test
    void theStartableTermsHaveALengthAndAreNotStartedByAQuote() {
        assertEquals(List.of("sal-gz.rt.voorstel-vervalt"), CalendarService.startableTerms(
                wb.policies().find(SALLAND).orElseThrow()).stream().map(t -> t.id()).toList());
        assertEquals(List.of("caresq-gz.rt.afspraken-preferent-melden", "caresq-gz.rt.ingangsdatum-na-aanvraag",
                        "caresq-gz.rt.reactie-email"),
                CalendarService.startableTerms(wb.policies().find("caresq-2027-geboortezorg").orElseThrow()).stream()
                        .map(t -> t.id()).toList());
    }

    // -------------------------------------------------------------------------------------------- done

    @Test
    void markingDoneIsRefusedWholeWhenSomethingIsWrong() {
        CalendarService c = on(NOV_23);
        String zorgzoeker = step(SALLAND, "sal-gz.dl.zorgzoeker");
        Stored before = stored();
        assertEquals(List.of("items"), fields(() -> c.markDone(List.of(), NOV_23, "")));
        assertEquals(List.of("doneOn"), fields(() -> c.markDone(List.of(zorgzoeker), null, "")));
        assertEquals(List.of("doneOn"), fields(() -> c.markDone(List.of(zorgzoeker), NOV_23.plusDays(1), "")));
        assertEquals(List.of("note"), fields(() -> c.markDone(List.of(zorgzoeker), NOV_23, "n".repeat(4001))));
        assertEquals(List.of("items", "doneOn"), fields(() -> c.markDone(List.of(), NOV_23.plusDays(1), "")));
        assertEquals(before, stored());
    }

    @Test
    void markAndUnmarkSeveralItems() {
        CalendarService c = on(NOV_23);
        wb.settings().setUserName("Ruben");
        String posthoorn = termOf(c.items(NOV_23), POSTHOORN).key();
        String msz = step("salland-2027-msz", "sal-msz.dl.afronden-face-to-face");
        assertEquals(Status.OVERDUE, item(c.items(NOV_23), msz).status());
        c.markDone(List.of(posthoorn, msz), NOV_23, "Afgerond in het overleg");
        List<CalendarItem> items = c.items(NOV_23);
        for (String key : List.of(posthoorn, msz)) {
            CalendarItem i = item(items, key);
            assertEquals(Status.DONE, i.status());
            assertEquals(NOV_23, i.done().doneOn());
            assertEquals("Afgerond in het overleg", i.done().note());
            assertEquals("Ruben", i.done().by());
        }
        c.unmarkDone(List.of(posthoorn, msz));
        items = c.items(NOV_23);
        assertEquals(Status.DUE_SOON, item(items, posthoorn).status());
        assertEquals(Status.OVERDUE, item(items, msz).status());
        assertNull(item(items, msz).done());

        // a mark that follows from the quote itself cannot be taken away by hand
        String quoteTerm = items.stream().filter(i -> i.kind() == Kind.QUOTE_TERM).findFirst().orElseThrow().key();
        c.unmarkDone(List.of(quoteTerm));
        assertEquals(Status.DONE, item(c.items(NOV_23), quoteTerm).status());
    }

    // -------------------------------------------------------------------------------------------- outlook

    @Test
    void theOutlookHoldsTheOwnInsurersOverdueItemsAndTheNextFourteenDays() {
        CalendarService c = on(NOV_23);
        // a Caresq term due within the fortnight and one overdue: another insurer's, so not on Salland's dashboard
        TermStart caresqSoon = c.startTerm("08159418", "caresq-2027-geboortezorg",
                "caresq-gz.rt.afspraken-preferent-melden", LocalDate.of(2026, 11, 1), "");
        TermStart caresqLate = c.startTerm("08159418", "caresq-2027-geboortezorg",
                "caresq-gz.rt.afspraken-preferent-melden", LocalDate.of(2026, 10, 1), "");
        List<CalendarItem> all = c.items(NOV_23);
        assertEquals(Status.DUE_SOON, item(all, caresqSoon.key()).status());
        assertEquals(Status.OVERDUE, item(all, caresqLate.key()).status());

        CalendarService.Outlook o = c.outlook();
        Set<String> overdue = new HashSet<>(o.overdue().stream().map(CalendarItem::key).toList());
        Set<String> coming = new HashSet<>(o.comingUp().stream().map(CalendarItem::key).toList());
        assertTrue(overdue.contains(titled(all, "Nabellen").key()));
        assertTrue(overdue.contains(step("salland-2027-msz", "sal-msz.dl.afronden-face-to-face")));
        assertTrue(coming.containsAll(Set.of(titled(all, "Inkoopgesprek kraamzorg 2027").key(),
                titled(all, "Evaluatie schoningsafspraak").key(), titled(all, "Zorgzoeker controleren").key(),
                termOf(all, POSTHOORN).key(), termOf(all, "33627992").key())));
        assertFalse(overdue.contains(caresqLate.key()));
        assertFalse(coming.contains(caresqSoon.key()));
        for (CalendarItem i : o.overdue()) {
            assertEquals(Status.OVERDUE, i.status(), i.key());
            assertEquals("salland", i.insurerId(), i.key());
        }
        for (CalendarItem i : o.comingUp()) {
            assertTrue(i.status() == Status.DUE_SOON || i.status() == Status.OPEN, i.key());
            assertEquals("salland", i.insurerId(), i.key());
            assertFalse(i.date().isBefore(NOV_23), i.key());
            assertFalse(i.date().isAfter(NOV_23.plusDays(14)), i.key());
        }
        // exactly the own insurer's overdue items of the day
        assertEquals(all.stream().filter(i -> i.status() == Status.OVERDUE && "salland".equals(i.insurerId()))
                .map(CalendarItem::key).toList(), o.overdue().stream().map(CalendarItem::key).toList());
        // and nothing done or passed
        assertTrue(o.comingUp().stream().noneMatch(i -> i.kind() == Kind.POLICY_STEP && i.status() == Status.PASSED));
    }

    @Test
    void theOutlookMovesWithTheDay() {
        // on 8 December the 3 December meeting was not marked done: overdue; the Posthoorn term too
        CalendarService.Outlook o = on(LocalDate.of(2026, 12, 8)).outlook();
        assertTrue(o.overdue().stream().anyMatch(i -> i.title().startsWith("Evaluatie schoningsafspraak")));
        assertTrue(o.overdue().stream().anyMatch(i -> POSTHOORN.equals(i.providerAgb()) && i.kind() == Kind.PROVIDER_TERM));
        assertTrue(o.comingUp().stream().noneMatch(i -> i.kind().own()));
        // on 2 November the reminder of the 16th is exactly 14 days away, the meeting of the 26th is not yet near
        CalendarService.Outlook early = on(LocalDate.of(2026, 11, 2)).outlook();
        assertTrue(early.comingUp().stream().anyMatch(i -> i.title().startsWith("Nabellen")));
        assertTrue(early.comingUp().stream().noneMatch(i -> i.title().startsWith("Inkoopgesprek kraamzorg 2027")));
    }

    @Test
    void theOutlookIsTheOwnInsurersPartOfTheWholeCalendarAlsoWhenContractsEndWithinTheFortnight() {
        // the outlook reads every provider only when an own contract ends within the fortnight: around such
        // an end and far from it, it must hold exactly what the whole calendar holds for the own insurer
        String own = wb.settings().ownInsurerId();
        List<LocalDate> ends = wb.policies().all().stream().filter(p -> p.insurer().id().equals(own))
                .flatMap(p -> p.contractTypes().stream())
                .filter(ct -> ct.duration() != null && ct.duration().end() != null)
                .map(ct -> ct.duration().end()).distinct().toList();
        assertFalse(ends.isEmpty(), "the own insurer's sample policies end their contracts on a day");
        LocalDate end = ends.get(0);
        List<LocalDate> days = List.of(NOV_23, end.minusDays(15), end.minusDays(14), end.minusDays(3), end,
                end.plusDays(1));
        boolean sawAnEnd = false;
        for (LocalDate day : days) {
            CalendarService c = on(day);
            List<CalendarItem> mine = c.items(day).stream().filter(i -> i.concerns(own)).toList();
            List<String> overdue = mine.stream().filter(i -> i.status() == Status.OVERDUE).map(CalendarItem::key).toList();
            List<String> coming = mine.stream()
                    .filter(i -> i.status() == Status.DUE_SOON || i.status() == Status.OPEN)
                    .filter(i -> !i.date().isBefore(day) && !i.date().isAfter(day.plusDays(14)))
                    .map(CalendarItem::key).toList();
            CalendarService.Outlook o = c.outlook();
            assertEquals(overdue, o.overdue().stream().map(CalendarItem::key).toList(), day.toString());
            assertEquals(coming, o.comingUp().stream().map(CalendarItem::key).toList(), day.toString());
            sawAnEnd |= o.comingUp().stream().anyMatch(i -> i.kind() == Kind.CONTRACT_END);
        }
        assertTrue(sawAnEnd, "within a fortnight of " + end + " the outlook shows contract ends");
    }

    // -------------------------------------------------------------------------------------------- files

    static final String GOOD_ENTRIES = """
            format: inkoopwerkbank-calendar/1
            ownItems:
              - kind: reminder
                title: "Tekenstatus De Posthoorn nagaan"
                date: 2026-12-01
                provider: "08336348"
                done: {on: 2026-11-20, note: "Al getekend"}
              - kind: meeting
                title: "Overleg"
                date: 2026-12-02
                start: 9:30
                end: "10:15"
            terms:
              - provider: "08336348"
                policy: salland-2027-geboortezorg
                term: sal-gz.rt.voorstel-vervalt
                startedOn: 2026-11-02
            """;

    @Test
    void aGoodFileIsAddedWhole() {
        String text = GOOD_ENTRIES + """
                done:
                  - item: "step:salland-2027-geboortezorg:sal-gz.dl.zorgzoeker"
                    on: 2026-11-12
                    note: "Gecontroleerd"
                """;
        CalendarFile.Result file = CalendarFile.read(text, "extra.yaml");
        assertTrue(file.ok(), file.problems().toString());
        Stored before = stored();
        assertEquals(List.of(), wb.calendar().addEntries(file));
        Stored after = stored();
        assertEquals(before.own().size() + 2, after.own().size());
        assertEquals(before.terms().size() + 1, after.terms().size());
        List<CalendarItem> items = wb.calendar().items(NOV_23);
        CalendarItem reminder = titled(items, "Tekenstatus De Posthoorn");
        assertEquals(Status.DONE, reminder.status());
        assertEquals("Al getekend", reminder.done().note());
        CalendarItem meeting = titled(items, "Overleg");
        assertEquals(LocalTime.of(9, 30), meeting.start());
        assertEquals(LocalTime.of(10, 15), meeting.end());
        assertEquals(Status.DONE, item(items, step(SALLAND, "sal-gz.dl.zorgzoeker")).status());
        // a second time: new uids, so new items
        assertEquals(List.of(), wb.calendar().addEntries(file));
        assertEquals(before.own().size() + 4, stored().own().size());
    }

    static List<String> addFields(CalendarService c, String text) {
        CalendarFile.Result file = CalendarFile.read(text, "extra.yaml");
        assertTrue(file.ok(), file.problems().toString());
        return c.addEntries(file).stream().map(Violation::field).toList();
    }

    @Test
    void oneBadEntryAmongGoodOnesStoresNothing() {
        String text = GOOD_ENTRIES + """
                  - provider: "12345678"
                    policy: salland-2027-geboortezorg
                    term: sal-gz.rt.voorstel-vervalt
                    startedOn: 2026-11-03
                done:
                  - item: "step:salland-2027-geboortezorg:sal-gz.dl.zorgzoeker"
                    on: 2026-11-12
                """;
        Stored before = stored();
        assertEquals(List.of("terms[1].provider"), addFields(wb.calendar(), text));
        assertEquals(before, stored());
    }

    @Test
    void everyBadEntryIsReportedByPositionAndField() {
        String text = """
                format: inkoopwerkbank-calendar/1
                ownItems:
                  - kind: reminder
                    title: "Goed"
                    date: 2026-12-01
                  - kind: meeting
                    title: "Omgekeerd"
                    date: 2026-12-02
                    start: "11:00"
                    end: "10:00"
                    provider: "12345678"
                terms:
                  - provider: "08336348"
                    policy: salland-2027-geboortezorg
                    term: sal-gz.rt.offerte-beoordeling
                    startedOn: 2026-11-02
                  - provider: "08336348"
                    policy: salland-2025-geboortezorg
                    term: sal-gz.rt.voorstel-vervalt
                    startedOn: 2026-11-02
                """;
        Stored before = stored();
        assertEquals(List.of("ownItems[1].end", "ownItems[1].provider", "terms[0].term", "terms[1].policy"),
                addFields(wb.calendar(), text));
        assertEquals(before, stored());
    }

    @Test
    void aDoneMarkOutOfBoundsInAFileIsReportedNotThrown() {
        String longNote = "n".repeat(4001);
        String text = GOOD_ENTRIES + """
                done:
                  - item: "step:salland-2027-geboortezorg:sal-gz.dl.zorgzoeker"
                    on: 2026-11-12
                    note: "%s"
                """.formatted(longNote);
        Stored before = stored();
        assertEquals(List.of("done[0].note"), addFields(wb.calendar(), text));
        assertEquals(before, stored());

        String onItem = GOOD_ENTRIES.replace("note: \"Al getekend\"", "note: \"" + longNote + "\"");
        assertEquals(List.of("ownItems[0].done.note"), addFields(wb.calendar(), onItem));
        assertEquals(before, stored());

        String onTerm = GOOD_ENTRIES + "    done: {on: 2026-11-20, note: \"" + longNote + "\"}\n";
        assertEquals(List.of("terms[0].done.note"), addFields(wb.calendar(), onTerm));
        assertEquals(before, stored());

        String longKey = GOOD_ENTRIES + """
                done:
                  - item: "step:%s"
                    on: 2026-11-12
                """.formatted("x".repeat(400));
        assertEquals(List.of("done[0].item"), addFields(wb.calendar(), longKey));
        assertEquals(before, stored());
    }

    @Test
    void aFileWithProblemsIsReportedByLineAndAddsNothing() {
        String text = """
                format: inkoopwerkbank-calendar/2
                ownItems:
                  - kind: vergadering
                    title: "Overleg"
                    date: 2026-12-02
                    start: "tien uur"
                  - kind: reminder
                    date: 2026-12-03
                terms:
                  - provider: "08336348"
                    policy: salland-2027-geboortezorg
                    term: sal-gz.rt.voorstel-vervalt
                    startedOn: 2026-11-02
                    kleur: rood
                """;
        CalendarFile.Result r = CalendarFile.read(text, "fout.yaml");
        assertFalse(r.ok());
        assertEquals(List.of(), r.ownItems());
        assertEquals(List.of(), r.terms());
        List<Integer> lines = r.problems().stream().map(Problem::line).toList();
        assertEquals(List.of(1, 3, 6, 7, 14), lines, r.problems().toString());
        assertEquals("calendar.file.format", r.problems().get(0).messageKey());
        assertEquals("calendar.file.kind", r.problems().get(1).messageKey());
        assertEquals("calendar.file.time", r.problems().get(2).messageKey());
        assertTrue(r.problems().stream().allMatch(p -> p.file().equals("fout.yaml")));

        Stored before = stored();
        List<Violation> v = wb.calendar().addEntries(r);
        assertEquals(List.of("fout.yaml:1", "fout.yaml:3", "fout.yaml:6", "fout.yaml:7", "fout.yaml:14"),
                v.stream().map(Violation::field).toList());
        assertEquals(before, stored());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "a tab | format: inkoopwerkbank-calendar/1\\nownItems:\\n\\t- kind: reminder",
            "not YAML | format: [inkoopwerkbank-calendar/1",
            "no format | ownItems: []",
            "a list where a map belongs | format: inkoopwerkbank-calendar/1\\nterms: {provider: x}",
    })
    void brokenFilesGiveProblemsNotExceptions(String what, String text) {
        CalendarFile.Result r = CalendarFile.read(text.replace("\\n", "\n").replace("\\t", "\t"), "kapot.yaml");
        assertFalse(r.ok(), what);
        assertTrue(r.problems().stream().allMatch(p -> p.line() >= 1), r.problems().toString());
    }

    @Test
    void theBundledSampleReadsCleanly() throws Exception {
        String text = java.nio.file.Files.readString(Path.of("sample-data/calendar.yaml"));
        CalendarFile.Result r = CalendarFile.read(text, "calendar.yaml");
        assertTrue(r.ok(), r.problems().toString());
        assertEquals(5, r.ownItems().size());
        assertEquals(3, r.terms().size());
        assertEquals(LocalTime.of(10, 0), r.ownItems().get(0).start());
        assertEquals(LocalTime.of(11, 30), r.ownItems().get(0).end());
    }

    // -------------------------------------------------------------------------------------------- words

    CalendarTexts dutch() {
        return new CalendarTexts(Messages.dutch(), wb.policies().all());
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
            "step:salland-2027-geboortezorg:sal-gz.dl.aanmelden-nieuwe-aanbieder | vóór 1 september 2026 (laatste dag 31 augustus 2026)",
            "step:vgz-2027-geboortezorg:vgz-gz.dl.aanbod-vecozo                  | uiterlijk 1 oktober 2026",
            "step:salland-2027-geboortezorg:sal-gz.dl.zorgzoeker                 | vanaf 12 november 2026",
            "step:salland-2027-geboortezorg:sal-gz.dl.publicatie-beleid          | op 1 april 2026",
    })
    void whenInDutch(String key, String expected) {
        assertEquals(expected, dutch().when(item(wb.calendar().items(NOV_23), key)));
    }

    @Test
    void whenOfTermsAndMeetingsInDutch() {
        List<CalendarItem> items = wb.calendar().items(NOV_23);
        CalendarTexts t = dutch();
        assertEquals("vóór 1 december 2026 (laatste dag 30 november 2026)", t.when(termOf(items, POSTHOORN)));
        assertEquals("op 26 november 2026, 10:00–11:30 uur", t.when(titled(items, "Inkoopgesprek kraamzorg 2027")));
        assertEquals("op 16 november 2026", t.when(titled(items, "Nabellen")));
        assertEquals("uiterlijk 24 oktober 2026", t.when(items.stream().filter(i -> i.kind() == Kind.QUOTE_TERM
                && i.date().getYear() == 2026).findFirst().orElseThrow()));
        String description = t.description(termOf(items, POSTHOORN));
        assertTrue(description.contains("Termijn: 6 weken na 20 oktober 2026"), description);
        assertTrue(description.contains("Aanbieder: Verloskundigenpraktijk De Posthoorn (AGB 08336348)"), description);
        assertTrue(description.contains("Contractsoorten: Alle contractsoorten"), description);
        // a policy step for every contract still reads as such
        assertEquals("Alle contractsoorten", t.contractTypes(item(items, step(SALLAND, "sal-gz.dl.voorstel-digitaal"))));
        CalendarItem done = titled(items, "Offerte-onderdelen");
        assertTrue(t.summary(done).startsWith("Gedaan: "), t.summary(done));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "P6W,   6 weken",
            "P1W,   1 week",
            "P1M,   1 maand",
            "P2M,   2 maanden",
            "P1D,   1 dag",
            "P5D,   5 dagen",
            "P0D,   0 dagen",
            "P1Y,   1 jaar",
            "P1Y2M, 1 jaar 2 maanden",
            "P36M,  36 maanden",
    })
    void periodsInDutch(String period, String expected) {
        assertEquals(expected, dutch().period(Period.parse(period)));
    }

    @Test
    void noPeriodNoWords() {
        assertEquals("", dutch().period(null));
    }
}
