package nl.inkoopwerkbank.io;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
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
 * importing a newer export updates events instead of adding them again. Lines are folded at 75 octets
 * (RFC 5545 3.1), never inside a character.
 */
public final class ICalendarFile {

    /** Where meeting times are local to. */
    public static final ZoneId LOCAL_ZONE = ZoneId.of("Europe/Amsterdam");
    static final String PRODUCT_ID = "-//Inkoopwerkbank//Contractkalender//NL";
    /** The longest line RFC 5545 allows, in octets, without the CRLF. */
    static final int MAX_LINE_OCTETS = 75;

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
        // biweekly folds at 75 characters; "vóór" or "€" make such a line longer than 75 octets, so
        // the folding is done here, on the UTF-8 octets
        return fold(Biweekly.write(ical).version(ICalVersion.V2_0).foldLines(false).go());
    }

    /**
     * Folds every CRLF-terminated line longer than {@value #MAX_LINE_OCTETS} UTF-8 octets: a CRLF and a
     * space go in before the character that would not fit, so a continuation line holds 74 octets after
     * its space. A character (a whole code point) is never split over two lines.
     */
    static String fold(String text) {
        StringBuilder out = new StringBuilder(text.length() + text.length() / 32);
        int lineStart = 0;
        while (lineStart < text.length()) {
            int end = text.indexOf("\r\n", lineStart);
            if (end < 0) {
                end = text.length();
            }
            int octets = 0;
            for (int i = lineStart; i < end; ) {
                int cp = text.codePointAt(i);
                int size = utf8Length(cp);
                if (octets + size > MAX_LINE_OCTETS) {
                    out.append("\r\n ");
                    octets = 1;
                }
                out.appendCodePoint(cp);
                octets += size;
                i += Character.charCount(cp);
            }
            if (end < text.length()) {
                out.append("\r\n");
            }
            lineStart = end + 2;
        }
        return out.toString();
    }

    private static int utf8Length(int codePoint) {
        if (codePoint < 0x80) {
            return 1;
        }
        if (codePoint < 0x800) {
            return 2;
        }
        return codePoint < 0x10000 ? 3 : 4;
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
     * A date-only value. biweekly takes a {@link Date} and writes a DATE value as the day that instant falls
     * on in the JVM's default time zone (biweekly 0.6.8 formats a DATE with {@code ICalDateFormat} and no zone,
     * and ignores the raw components of an {@code ICalDate} there). So the instant is noon of the day in that
     * same default zone: whatever the machine's zone, the day written is the item's day. (A fixed instant such as noon
     * UTC is not: in UTC+13 and UTC+14 — New Zealand's summer, Tonga, Kiritimati — it is already the next day.)
     */
    private static Date dateOnly(LocalDate d) {
        return Date.from(d.atTime(LocalTime.NOON).atZone(ZoneId.systemDefault()).toInstant());
    }
}
