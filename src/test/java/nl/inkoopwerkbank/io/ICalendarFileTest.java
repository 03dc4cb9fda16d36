package nl.inkoopwerkbank.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Period;
import java.time.ZoneId;
import java.time.temporal.Temporal;
import java.time.temporal.TemporalAmount;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TimeZone;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.PropertyListAccessor;
import net.fortuna.ical4j.model.component.VAlarm;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.Value;
import net.fortuna.ical4j.model.property.DateProperty;
import net.fortuna.ical4j.model.property.Trigger;
import nl.inkoopwerkbank.Workbench;
import nl.inkoopwerkbank.domain.calendar.CalendarItem;
import nl.inkoopwerkbank.domain.calendar.CalendarItem.Kind;
import nl.inkoopwerkbank.domain.calendar.CalendarItem.Status;
import nl.inkoopwerkbank.domain.calendar.ContractCalendar;
import nl.inkoopwerkbank.domain.calendar.DoneMark;
import nl.inkoopwerkbank.domain.calendar.OwnItem;
import nl.inkoopwerkbank.i18n.Messages;
import nl.inkoopwerkbank.service.CalendarService;
import nl.inkoopwerkbank.service.CalendarTexts;

/**
 * The iCalendar export read back by an independent parser (ical4j): one VEVENT per item, all-day dates
 * that do not move with the machine's time zone, meetings in Amsterdam time, stable and unique UIDs,
 * reminders, Dutch text with special characters, folding by octets, and atomic writing.
 */
class ICalendarFileTest {

    /** The day the sample calendar is looked at; never the machine's clock. */
    static final LocalDate ON = LocalDate.of(2026, 11, 23);
    static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    static final Instant STAMP = Instant.parse("2026-11-23T08:00:00Z");

    @TempDir
    static Path shared;

    /** The sample database, read only by the tests that use it. */
    static Workbench wb;

    @TempDir
    Path dir;

    @BeforeAll
    static void open() {
        wb = Workbench.open(shared.resolve("db"), true);
    }

    @AfterAll
    static void close() {
        wb.close();
    }

    // ------------------------------------------------------------------------------------------ helpers

    static Calendar parse(byte[] bytes) throws Exception {
        return new CalendarBuilder().build(new InputStreamReader(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8));
    }

    static Calendar parse(Path file) throws Exception {
        return parse(Files.readAllBytes(file));
    }

    static List<VEvent> events(Calendar c) {
        return c.getComponents(Component.VEVENT);
    }

    static String value(PropertyListAccessor c, String property) {
        return c.<Property>getProperty(property).map(Property::getValue).orElse(null);
    }

    static String uid(VEvent e) {
        return value(e, Property.UID);
    }

    static Map<String, VEvent> byUid(Calendar c) {
        Map<String, VEvent> m = new HashMap<>();
        for (VEvent e : events(c)) {
            assertTrue(m.put(uid(e), e) == null, "UID twice in one file: " + uid(e));
        }
        return m;
    }

    static Temporal date(VEvent e, String property) {
        DateProperty<?> p = e.<DateProperty<?>>getProperty(property).orElseThrow(() -> new AssertionError(property + " missing"));
        return p.getDate();
    }

    static boolean dateValued(VEvent e, String property) {
        Property p = e.<Property>getProperty(property).orElseThrow();
        return p.<Value>getParameter(Parameter.VALUE).map(v -> v.equals(Value.DATE)).orElse(false);
    }

    static List<VAlarm> alarms(VEvent e) {
        return e.getAlarms();
    }

    /** A trigger's offset in whole days (negative: before the start). */
    static long triggerDays(VAlarm a) {
        Trigger t = a.getTrigger().orElseThrow(() -> new AssertionError("VALARM without TRIGGER"));
        TemporalAmount d = t.getDuration();
        assertNotNull(d, "a relative trigger: " + t);
        if (d instanceof Period p) {
            assertEquals(0, p.getYears() * 12 + p.getMonths(), "whole days only: " + p);
            return p.getDays();
        }
        Duration du = (Duration) d;
        assertEquals(0, du.toSecondsPart() + du.toMinutesPart() + du.toHoursPart(), "whole days only: " + du);
        return du.toDays();
    }

    static CalendarTexts texts() {
        return new CalendarTexts(Messages.dutch(), wb.policies().all());
    }

    /** A calendar of only the buyer's own items, as it stands on {@code today}. */
    static List<CalendarItem> own(LocalDate today, List<OwnItem> items, List<DoneMark> marks) {
        return ContractCalendar.build(new ContractCalendar.Input(List.of(), List.of(), List.of(), Map.of(), items,
                List.of(), marks, "salland", today));
    }

    static OwnItem meeting(String uid, LocalDate date, LocalTime start, LocalTime end) {
        return new OwnItem(null, uid, Kind.MEETING, "Overleg " + uid, date, start, end, null, "Teams", "");
    }

    static OwnItem reminder(String uid, String title, LocalDate date, String note) {
        return new OwnItem(null, uid, Kind.REMINDER, title, date, null, null, null, "", note);
    }

    static byte[] ics(List<CalendarItem> items, int reminderDays) {
        CalendarTexts t = texts();
        List<ICalendarFile.Event> ev = items.stream().map(i -> t.event(i, reminderDays)).toList();
        return ICalendarFile.toText(ev, "Contractkalender test", STAMP).getBytes(StandardCharsets.UTF_8);
    }

    static CalendarItem item(List<CalendarItem> items, String key) {
        return items.stream().filter(i -> i.key().equals(key)).findFirst()
                .orElseThrow(() -> new AssertionError(key + " not in the calendar"));
    }

    static List<String> lines(byte[] bytes) {
        String s = new String(bytes, StandardCharsets.UTF_8);
        assertTrue(s.endsWith("\r\n"), "ends with CRLF");
        List<String> out = new ArrayList<>(List.of(s.substring(0, s.length() - 2).split("\r\n", -1)));
        for (String l : out) {
            assertFalse(l.contains("\n") || l.contains("\r"), "a bare CR or LF: " + l);
        }
        return out;
    }

    // ------------------------------------------------------------------------------------------ the export

    @Test
    void everySampleItemBecomesExactlyOneEventOnItsDay() throws Exception {
        List<CalendarItem> items = wb.calendar().items(ON);
        assertTrue(items.size() > 50, "the sample calendar is large: " + items.size());
        Path file = dir.resolve("kalender.ics");
        wb.calendar().exportIcs(items, file);

        Calendar cal = parse(file);
        assertEquals("2.0", value(cal, Property.VERSION));
        assertEquals(items.size(), events(cal).size());
        Map<String, VEvent> byUid = byUid(cal);
        assertEquals(items.size(), byUid.size());
        int allDay = 0;
        int timed = 0;
        for (CalendarItem i : items) {
            VEvent e = byUid.get(CalendarTexts.uid(i));
            assertNotNull(e, "no event for " + i.key());
            if (i.start() == null) {
                allDay++;
                assertTrue(dateValued(e, Property.DTSTART), i.key());
                assertTrue(dateValued(e, Property.DTEND), i.key());
                assertEquals(i.date(), date(e, Property.DTSTART), i.key());
                assertEquals(i.date().plusDays(1), date(e, Property.DTEND), i.key());
                assertEquals("TRANSPARENT", value(e, Property.TRANSP), i.key());
            } else {
                timed++;
                assertFalse(dateValued(e, Property.DTSTART), i.key());
                assertEquals(i.date().atTime(i.start()).atZone(AMSTERDAM).toInstant(),
                        Instant.from(date(e, Property.DTSTART)), i.key());
                assertEquals("OPAQUE", value(e, Property.TRANSP), i.key());
            }
        }
        assertEquals(2, timed, "the two sample meetings");
        assertEquals(items.size() - 2, allDay);
        try (Stream<Path> left = Files.list(dir)) {
            assertEquals(List.of(file), left.toList(), "only the target, no temporary file");
        }
    }

    /**
     * A date-only value must be the item's own day whatever the machine's zone: Kiritimati is UTC+14, where
     * noon UTC is already the next day; Etc/GMT+12 is UTC-12; Los Angeles and Amsterdam change to summer
     * time, Amsterdam on 29 March and back on 25 October 2026.
     */
    @ParameterizedTest
    @ValueSource(strings = {"Pacific/Kiritimati", "America/Los_Angeles", "Etc/GMT+12", "Pacific/Chatham",
            "Europe/Amsterdam", "UTC"})
    void allDayDatesDoNotDependOnTheDefaultTimeZone(String zone) throws Exception {
        List<LocalDate> days = List.of(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 3, 29), LocalDate.of(2026, 10, 25),
                LocalDate.of(2026, 12, 31), LocalDate.of(2028, 2, 29), LocalDate.of(2026, 1, 1));
        List<OwnItem> own = new ArrayList<>();
        for (LocalDate d : days) {
            own.add(reminder("r" + d, "Herinnering " + d, d, ""));
        }
        own.add(meeting("m", LocalDate.of(2026, 11, 26), LocalTime.of(10, 0), LocalTime.of(11, 30)));
        List<CalendarItem> items = own(ON, own, List.of());

        TimeZone before = TimeZone.getDefault();
        byte[] bytes;
        Calendar cal;
        try {
            TimeZone.setDefault(TimeZone.getTimeZone(zone));
            assertEquals(zone, TimeZone.getDefault().getID(), "the zone exists");
            bytes = ics(items, 3);
            cal = parse(bytes);
        } finally {
            TimeZone.setDefault(before);
        }
        String text = new String(bytes, StandardCharsets.UTF_8);
        Map<String, VEvent> byUid = byUid(cal);
        for (LocalDate d : days) {
            VEvent e = byUid.get("own:r" + d + "@inkoopwerkbank");
            assertEquals(d, date(e, Property.DTSTART), zone + " " + d);
            assertEquals(d.plusDays(1), date(e, Property.DTEND), zone + " " + d);
            String compact = d.toString().replace("-", "");
            assertTrue(text.contains("DTSTART;VALUE=DATE:" + compact + "\r\n"), zone + ": " + compact);
        }
        VEvent m = byUid.get("own:m@inkoopwerkbank");
        assertEquals(Instant.parse("2026-11-26T09:00:00Z"), Instant.from(date(m, Property.DTSTART)), zone);
        assertEquals(Instant.parse("2026-11-26T10:30:00Z"), Instant.from(date(m, Property.DTEND)), zone);
    }

    @Test
    void meetingsAreTimedInAmsterdamLocalTimeInWinterAndSummer() throws Exception {
        List<CalendarItem> items = own(ON, List.of(
                meeting("winter", LocalDate.of(2026, 11, 26), LocalTime.of(10, 0), LocalTime.of(11, 30)),
                meeting("summer", LocalDate.of(2027, 6, 15), LocalTime.of(10, 0), LocalTime.of(11, 30)),
                // the night the clocks go back: 10:00 is already winter time again
                meeting("switch", LocalDate.of(2026, 10, 25), LocalTime.of(10, 0), LocalTime.of(12, 0)),
                // no end: an hour long
                meeting("open-end", LocalDate.of(2027, 3, 1), LocalTime.of(14, 15), null)), List.of());
        Map<String, VEvent> byUid = byUid(parse(ics(items, 3)));

        VEvent winter = byUid.get("own:winter@inkoopwerkbank");
        assertEquals(Instant.parse("2026-11-26T09:00:00Z"), Instant.from(date(winter, Property.DTSTART)));
        assertEquals(Instant.parse("2026-11-26T10:30:00Z"), Instant.from(date(winter, Property.DTEND)));
        assertFalse(dateValued(winter, Property.DTSTART));
        assertEquals("OPAQUE", value(winter, Property.TRANSP));
        assertEquals("Teams", value(winter, Property.LOCATION));

        VEvent summer = byUid.get("own:summer@inkoopwerkbank");
        assertEquals(Instant.parse("2027-06-15T08:00:00Z"), Instant.from(date(summer, Property.DTSTART)));
        assertEquals(Instant.parse("2027-06-15T09:30:00Z"), Instant.from(date(summer, Property.DTEND)));

        VEvent change = byUid.get("own:switch@inkoopwerkbank");
        assertEquals(Instant.parse("2026-10-25T09:00:00Z"), Instant.from(date(change, Property.DTSTART)));
        assertEquals(Instant.parse("2026-10-25T11:00:00Z"), Instant.from(date(change, Property.DTEND)));

        VEvent openEnd = byUid.get("own:open-end@inkoopwerkbank");
        assertEquals(Instant.parse("2027-03-01T13:15:00Z"), Instant.from(date(openEnd, Property.DTSTART)));
        assertEquals(Instant.parse("2027-03-01T14:15:00Z"), Instant.from(date(openEnd, Property.DTEND)));
    }

    /** The sample's meeting with Het Zonnelied: 26 November 2026, 10:00-11:30 in Amsterdam, winter time. */
    @Test
    void theSampleMeetingIsAtTenInAmsterdam() throws Exception {
        List<CalendarItem> items = wb.calendar().items(ON).stream().filter(i -> i.kind() == Kind.MEETING).toList();
        Map<String, VEvent> byUid = byUid(parse(ics(items, 3)));
        VEvent e = byUid.values().stream()
                .filter(v -> value(v, Property.SUMMARY).startsWith("Inkoopgesprek kraamzorg 2027")).findFirst().orElseThrow();
        assertEquals(Instant.parse("2026-11-26T09:00:00Z"), Instant.from(date(e, Property.DTSTART)));
        assertEquals(Instant.parse("2026-11-26T10:30:00Z"), Instant.from(date(e, Property.DTEND)));
        assertTrue(value(e, Property.DESCRIPTION).contains("Wanneer: op 26 november 2026, 10:00\u201311:30 uur"),
                value(e, Property.DESCRIPTION));
    }

    // ------------------------------------------------------------------------------------------ UIDs

    /**
     * The same database exported twice, at different moments, after it was closed and opened again and
     * after unrelated changes (a new own item, an item marked done): every item keeps its UID.
     */
    @Test
    void uidsAreStableAcrossExportsAndUniqueWithinAFile() throws Exception {
        Path db = dir.resolve("db");
        Path first = dir.resolve("eerste.ics");
        Path second = dir.resolve("tweede.ics");
        Set<String> firstKeys = new HashSet<>();
        String posthoorn;
        try (Workbench w = Workbench.open(db, true)) {
            List<CalendarItem> items = w.calendar().items(ON);
            items.forEach(i -> firstKeys.add(CalendarTexts.uid(i)));
            assertEquals(items.size(), firstKeys.size(), "keys are unique");
            w.calendar().exportIcs(items, first);
            posthoorn = items.stream().filter(i -> i.title().startsWith("Nabellen: ondertekening digitaal contract"))
                    .findFirst().orElseThrow().key();
        }
        String added;
        try (Workbench w = Workbench.open(db, true)) {
            OwnItem o = w.calendar().save(CalendarService.newOwnItem(Kind.REMINDER, "Nieuwe herinnering",
                    LocalDate.of(2027, 1, 15), null, null, null, "", ""));
            added = o.key() + "@inkoopwerkbank";
            w.calendar().markDone(List.of(posthoorn), w.calendar().today(), "Gebeld.");
            w.calendar().exportIcs(w.calendar().items(LocalDate.of(2027, 2, 1)), second);
        }

        Map<String, VEvent> a = byUid(parse(first));
        Map<String, VEvent> b = byUid(parse(second));
        assertEquals(firstKeys, a.keySet());
        Set<String> expected = new HashSet<>(firstKeys);
        expected.add(added);
        assertEquals(expected, b.keySet(), "the same UIDs, plus the one new item");

        String doneUid = posthoorn + "@inkoopwerkbank";
        assertEquals("Nabellen: ondertekening digitaal contract nog niet ontvangen (Verloskundigenpraktijk De Posthoorn)",
                value(a.get(doneUid), Property.SUMMARY));
        assertEquals("Gedaan: Nabellen: ondertekening digitaal contract nog niet ontvangen (Verloskundigenpraktijk De Posthoorn)",
                value(b.get(doneUid), Property.SUMMARY), "the same event, now done");
    }

    // ------------------------------------------------------------------------------------------ reminders

    /** With the default 3 days: an alarm for what is still to do (open, due soon, overdue), none for done or passed items. */
    @Test
    void aReminderForWhatIsStillToDoAndNoneForDoneOrPassedItems() throws Exception {
        List<CalendarItem> items = wb.calendar().items(ON);
        assertEquals(3, wb.calendar().reminderDays());
        Map<String, VEvent> byUid = byUid(parse(ics(items, wb.calendar().reminderDays())));
        Map<Status, Integer> seen = new HashMap<>();
        for (CalendarItem i : items) {
            seen.merge(i.status(), 1, Integer::sum);
            List<VAlarm> alarms = alarms(byUid.get(CalendarTexts.uid(i)));
            if (i.status().pending()) {
                assertEquals(1, alarms.size(), i.key() + " " + i.status());
                VAlarm alarm = alarms.get(0);
                assertEquals(-3, triggerDays(alarm), i.key());
                assertEquals("DISPLAY", value(alarm, Property.ACTION));
                assertTrue(value(alarm, Property.DESCRIPTION).startsWith("Over 3 dagen: "), value(alarm, Property.DESCRIPTION));
            } else {
                assertEquals(List.of(), alarms, i.key() + " " + i.status());
            }
        }
        for (Status s : Status.values()) {
            assertTrue(seen.getOrDefault(s, 0) > 0, "the sample has an item that is " + s);
        }
    }

    @Test
    void zeroDaysRemindsOnTheDayAndOneDaySaysTomorrow() throws Exception {
        List<CalendarItem> items = own(ON, List.of(reminder("a", "Zorgzoeker controleren", LocalDate.of(2026, 12, 10), ""),
                reminder("gedaan", "Al gedaan", LocalDate.of(2026, 12, 11), "")),
                List.of(DoneMark.byBuyer("own:gedaan", LocalDate.of(2026, 11, 20), "", "")));
        assertEquals(Status.OPEN, item(items, "own:a").status());
        assertEquals(Status.DONE, item(items, "own:gedaan").status());

        byte[] zero = ics(items, 0);
        VEvent e0 = byUid(parse(zero)).get("own:a@inkoopwerkbank");
        assertEquals(1, alarms(e0).size());
        assertEquals(0, triggerDays(alarms(e0).get(0)));
        assertEquals("Vandaag: Zorgzoeker controleren", value(alarms(e0).get(0), Property.DESCRIPTION));
        assertTrue(new String(zero, StandardCharsets.UTF_8).matches("(?s).*TRIGGER(;RELATED=START)?:P(T0S|0D|T0H|T0M)\r\n.*"),
                "a zero trigger, not a negative one");
        assertEquals(List.of(), alarms(byUid(parse(zero)).get("own:gedaan@inkoopwerkbank")));

        VEvent e1 = byUid(parse(ics(items, 1))).get("own:a@inkoopwerkbank");
        assertEquals(-1, triggerDays(alarms(e1).get(0)));
        assertEquals("Morgen: Zorgzoeker controleren", value(alarms(e1).get(0), Property.DESCRIPTION));

        byte[] seven = ics(items, 7);
        assertEquals(-7, triggerDays(alarms(byUid(parse(seven)).get("own:a@inkoopwerkbank")).get(0)));
        assertTrue(new String(seven, StandardCharsets.UTF_8).contains("TRIGGER;RELATED=START:-P7D\r\n"));
    }

    // ------------------------------------------------------------------------------------------ text

    @Test
    void dutchWordsOfTheBundledPolicies() throws Exception {
        List<CalendarItem> items = wb.calendar().items(ON);
        Map<String, VEvent> byUid = byUid(parse(ics(items, 3)));

        String salland = item(items, "step:salland-2027-geboortezorg:sal-gz.dl.igo-offerte").insurerName();
        assertTrue(salland.startsWith("Salland"), salland);
        VEvent before = byUid.get("step:salland-2027-geboortezorg:sal-gz.dl.igo-offerte@inkoopwerkbank");
        assertEquals(LocalDate.of(2026, 8, 31), date(before, Property.DTSTART), "\"v\u00f3\u00f3r 1 september\" sits on 31 August");
        assertEquals(salland + ": IGO kan een offerte indienen (zonder offerte benadert Salland de IGO zelf)",
                value(before, Property.SUMMARY));
        assertTrue(value(before, Property.DESCRIPTION).startsWith(
                "Wanneer: v\u00f3\u00f3r 1 september 2026 (laatste dag 31 augustus 2026)\n"), value(before, Property.DESCRIPTION));

        VEvent latest = byUid.get("step:caresq-2027-geboortezorg:caresq-gz.dl.igo-aanmelden@inkoopwerkbank");
        assertEquals(LocalDate.of(2026, 10, 1), date(latest, Property.DTSTART));
        String desc = value(latest, Property.DESCRIPTION);
        assertTrue(desc.startsWith("Wanneer: uiterlijk 1 oktober 2026\n"), desc);
        assertTrue(desc.contains("\nStatus: Voorbij"), desc);

        CalendarItem lapses = items.stream().filter(i -> "sal-gz.rt.voorstel-vervalt".equals(i.elementId())
                && "08336348".equals(i.providerAgb())).findFirst().orElseThrow();
        VEvent term = byUid.get(CalendarTexts.uid(lapses));
        assertEquals(salland + " \u00b7 Verloskundigenpraktijk De Posthoorn: Het digitale contractvoorstel vervalt 6 weken "
                + "na ontvangst", value(term, Property.SUMMARY));
        assertEquals(LocalDate.of(2026, 11, 30), date(term, Property.DTSTART), "the last day before it lapses");
        String termDesc = value(term, Property.DESCRIPTION);
        assertTrue(termDesc.contains("Wanneer: v\u00f3\u00f3r 1 december 2026 (laatste dag 30 november 2026)"), termDesc);
        assertTrue(termDesc.contains("Aanbieder: Verloskundigenpraktijk De Posthoorn (AGB 08336348)"), termDesc);
        assertTrue(termDesc.contains("Termijn: 6 weken na 20 oktober 2026"), termDesc);
    }

    @Test
    void specialCharactersSurviveTheRoundTrip() throws Exception {
        String title = "Overleg, tarieven; caf\u00e9 \"De Zo\u00eb\" \u2013 v\u00f3\u00f3r \u20ac 1.234,56 \\ klaar?";
        String note = "Eerste regel, met komma; en puntkomma.\nTweede regel: \u00e9\u00e9n \u20ac\n\nNa een lege regel.";
        OwnItem o = new OwnItem(null, "tekens", Kind.MEETING, title, LocalDate.of(2026, 12, 2), LocalTime.of(9, 0),
                LocalTime.of(10, 0), null, "Zaal 2; gebouw B, Zwolle", note);
        List<CalendarItem> items = own(ON, List.of(o), List.of());
        VEvent e = byUid(parse(ics(items, 3))).get("own:tekens@inkoopwerkbank");
        assertEquals(title, value(e, Property.SUMMARY));
        assertEquals("Zaal 2; gebouw B, Zwolle", value(e, Property.LOCATION));
        String desc = value(e, Property.DESCRIPTION);
        assertTrue(desc.endsWith("Toelichting: " + note), desc);
        assertTrue(desc.startsWith("Wanneer: op 2 december 2026, 09:00\u201310:00 uur\nWaar: Zaal 2; gebouw B, Zwolle\n"), desc);
    }

    /** RFC 5545 3.1: lines of at most 75 octets (not characters), CRLF, folded without splitting a character. */
    @Test
    void longLinesAreFoldedAt75OctetsWithCrlf() throws Exception {
        StringBuilder sb = new StringBuilder();
        for (int n = 0; n < 30; n++) {
            sb.append("v\u00f3\u00f3r \u20ac caf\u00e9 ").append(n).append(' ');
        }
        String title = sb.toString().strip();
        List<CalendarItem> items = new ArrayList<>(own(ON, List.of(reminder("lang", title, LocalDate.of(2026, 12, 1), title)),
                List.of()));
        items.addAll(wb.calendar().items(ON));
        byte[] bytes = ics(items, 3);

        List<String> lines = lines(bytes);
        int folded = 0;
        for (String l : lines) {
            int octets = l.getBytes(StandardCharsets.UTF_8).length;
            assertTrue(octets <= 75, octets + " octets: " + l);
            if (l.startsWith(" ")) {
                folded++;
            }
        }
        assertTrue(folded > 100, "many folded lines: " + folded);
        assertArrayEquals(bytes, new String(bytes, StandardCharsets.UTF_8).getBytes(StandardCharsets.UTF_8),
                "valid UTF-8: no character split between lines");
        VEvent e = byUid(parse(bytes)).get("own:lang@inkoopwerkbank");
        assertEquals(title, value(e, Property.SUMMARY));
        assertTrue(value(e, Property.DESCRIPTION).endsWith("Toelichting: " + title));
    }

    @Test
    void theFoldingItselfCountsOctets() {
        assertEquals("kort\r\n", ICalendarFile.fold("kort\r\n"));
        String ascii = "X".repeat(75);
        assertEquals(ascii + "\r\n", ICalendarFile.fold(ascii + "\r\n"), "75 octets fit");
        assertEquals("X".repeat(75) + "\r\n Y\r\n", ICalendarFile.fold("X".repeat(75) + "Y\r\n"));
        // 73 ASCII + "\u20ac" (3 octets) would be 76: the euro sign moves to the next line whole
        String euro = "A".repeat(73) + "\u20ac" + "B";
        assertEquals("A".repeat(73) + "\r\n \u20acB\r\n", ICalendarFile.fold(euro + "\r\n"));
        // a continuation line holds 74 octets after its space
        String many = "\u00e9".repeat(100);
        String out = ICalendarFile.fold(many + "\r\n");
        for (String l : out.split("\r\n")) {
            assertTrue(l.getBytes(StandardCharsets.UTF_8).length <= 75, l);
        }
        assertEquals(many, out.replace("\r\n ", "").replace("\r\n", ""));
        // a character outside the BMP (two Java chars) is never split
        String emoji = "Z".repeat(73) + "\ud83d\udcc5";
        assertEquals("Z".repeat(73) + "\r\n \ud83d\udcc5\r\n", ICalendarFile.fold(emoji + "\r\n"));
    }

    // ------------------------------------------------------------------------------------------ atomic writing

    static List<ICalendarFile.Event> someEvents() {
        return List.of(new ICalendarFile.Event("a@inkoopwerkbank", LocalDate.of(2026, 12, 1), null, null, "Iets", "",
                null, List.of(), 3, "Over 3 dagen: Iets"));
    }

    @Test
    void aFailingWriterLeavesTheTargetUntouchedAndNoTemporaryFile() throws Exception {
        Path target = dir.resolve("kalender.ics");
        Files.writeString(target, "oude inhoud");
        IOException e = assertThrows(IOException.class, () -> AtomicFiles.write(target, out -> {
            out.write("BEGIN:VCALENDAR\r\nhalf".getBytes(StandardCharsets.UTF_8));
            throw new IOException("schijf vol");
        }));
        assertEquals("schijf vol", e.getMessage());
        assertEquals("oude inhoud", Files.readString(target));
        try (Stream<Path> left = Files.list(dir)) {
            assertEquals(List.of(target), left.toList());
        }
    }

    @Test
    void writingWhereNoFileCanBeLeavesEverythingAsItWas() throws Exception {
        // the parent is a file
        Path notAFolder = dir.resolve("bestand.txt");
        Files.writeString(notAFolder, "blijft");
        assertThrows(IOException.class, () -> ICalendarFile.write(someEvents(), "x", notAFolder.resolve("kalender.ics")));
        assertEquals("blijft", Files.readString(notAFolder));

        // the target is a folder with something in it: the rename fails after the temporary file was written
        Path folder = dir.resolve("kalender.ics");
        Files.createDirectory(folder);
        Files.writeString(folder.resolve("binnen.txt"), "ook");
        assertThrows(IOException.class, () -> ICalendarFile.write(someEvents(), "x", folder));
        assertTrue(Files.isDirectory(folder));
        assertEquals("ook", Files.readString(folder.resolve("binnen.txt")));

        try (Stream<Path> left = Files.list(dir)) {
            assertEquals(Set.of(notAFolder, folder), Set.copyOf(left.toList()), "no temporary file behind");
        }
    }

    @Test
    void aSecondExportReplacesTheFirstWhole() throws Exception {
        Path target = dir.resolve("kalender.ics");
        Files.writeString(target, "X".repeat(100_000));
        ICalendarFile.write(someEvents(), "Contractkalender", target);
        byte[] bytes = Files.readAllBytes(target);
        assertTrue(bytes.length < 2_000, "no rest of the old content: " + bytes.length);
        Calendar cal = parse(bytes);
        assertEquals(1, events(cal).size());
        assertInstanceOf(LocalDate.class, date(events(cal).get(0), Property.DTSTART));
        try (Stream<Path> left = Files.list(dir)) {
            assertEquals(List.of(target), left.toList());
        }
    }
}
