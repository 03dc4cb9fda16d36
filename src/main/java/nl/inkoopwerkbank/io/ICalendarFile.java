package nl.inkoopwerkbank.io;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Objects;

import biweekly.Biweekly;
import biweekly.ICalVersion;
import biweekly.ICalendar;
import biweekly.component.VAlarm;
import biweekly.component.VEvent;
import biweekly.parameter.Related;
import biweekly.property.DateEnd;
import biweekly.property.DateStart;
import biweekly.property.Transparency;
import biweekly.property.Trigger;
import biweekly.util.Duration;

/**
 * Calendar items as an iCalendar file (RFC 5545) that Outlook and Google Calendar import. A deadline is an
 * all-day event on its day (DTSTART;VALUE=DATE, DTEND the day after) shown as free time; a meeting with a
 * time is a timed event, written in UTC from Dutch local time. Each event has a reminder a number of days
 * before its start. The UID comes from the caller and must stay the same for the same item, so that
 * importing a newer export updates events instead of adding them again.
 */
public final class ICalendarFile {

    /** Where meeting times are local to. */
    public static final ZoneId LOCAL_ZONE = ZoneId.of("Europe/Amsterdam");
    static final String PRODUCT_ID = "-//Inkoopwerkbank//Contractkalender//NL";

    /**
     * One event. {@code start} null makes it an all-day event on {@code date}; {@code end} null with a start
     * makes it an hour long. {@code reminderDays} null means no reminder; 0 reminds on the day itself at
     * the start (for an all-day event: midnight).
     */
    public record Event(String uid, LocalDate date, LocalTime start, LocalTime end, String summary,
                        String description, String location, List<String> categories, Integer reminderDays,
                        String reminderText) {
        public Event {
            Objects.requireNonNull(uid, "uid");
            Objects.requireNonNull(date, "date");
            Objects.requireNonNull(summary, "summary");
            categories = categories == null ? List.of() : List.copyOf(categories);
        }
    }

    private ICalendarFile() {
    }

    /** The calendar as iCalendar text (CRLF line endings, lines folded at 75 octets). */
    public static String toText(List<Event> events, String calendarName, Instant stamp) {
        ICalendar ical = new ICalendar();
        ical.setProductId(PRODUCT_ID);
        if (calendarName != null && !calendarName.isBlank()) {
            ical.setExperimentalProperty("X-WR-CALNAME", calendarName);
        }
        ical.setExperimentalProperty("X-WR-TIMEZONE", LOCAL_ZONE.getId());
        Date dtstamp = Date.from(stamp);
        for (Event e : events) {
            ical.addEvent(event(e, dtstamp));
        }
        return Biweekly.write(ical).version(ICalVersion.V2_0).go();
    }

    /** Writes the calendar to a temporary file next to {@code file} and renames it into place. */
    public static void write(List<Event> events, String calendarName, Path file) throws IOException {
        byte[] bytes = toText(events, calendarName, Instant.now()).getBytes(StandardCharsets.UTF_8);
        AtomicFiles.write(file, out -> out.write(bytes));
    }

    private static VEvent event(Event e, Date stamp) {
        VEvent v = new VEvent();
        v.setUid(e.uid());
        v.setDateTimeStamp(stamp);
        v.setSummary(e.summary()).setLanguage("nl");
        if (e.description() != null && !e.description().isBlank()) {
            v.setDescription(e.description()).setLanguage("nl");
        }
        if (e.location() != null && !e.location().isBlank()) {
            v.setLocation(e.location());
        }
        if (!e.categories().isEmpty()) {
            v.addCategories(e.categories().toArray(String[]::new));
        }
        if (e.start() == null) {
            v.setDateStart(new DateStart(dateOnly(e.date()), false));
            v.setDateEnd(new DateEnd(dateOnly(e.date().plusDays(1)), false));
            v.setTransparency(Transparency.transparent());
        } else {
            LocalTime end = e.end() != null ? e.end() : e.start().plusHours(1);
            v.setDateStart(new DateStart(Date.from(e.date().atTime(e.start()).atZone(LOCAL_ZONE).toInstant()), true));
            v.setDateEnd(new DateEnd(Date.from(e.date().atTime(end).atZone(LOCAL_ZONE).toInstant()), true));
            v.setTransparency(Transparency.opaque());
        }
        if (e.reminderDays() != null) {
            Duration before = new Duration.Builder().prior(e.reminderDays() > 0).days(e.reminderDays()).build();
            String text = e.reminderText() != null && !e.reminderText().isBlank() ? e.reminderText() : e.summary();
            v.addAlarm(VAlarm.display(new Trigger(before, Related.START), text));
        }
        return v;
    }

    /**
     * A date-only value. biweekly takes a {@link Date}; noon UTC lies on the same calendar day in every
     * time zone from UTC-11 to UTC+11, so the day written never depends on the machine's zone.
     */
    private static Date dateOnly(LocalDate d) {
        return Date.from(d.atTime(12, 0).toInstant(ZoneOffset.UTC));
    }
}
