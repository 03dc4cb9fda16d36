package nl.inkoopwerkbank.domain.calendar;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Objects;

/**
 * The buyer's own calendar item: a negotiation meeting or a reminder, optionally with a provider. {@code uid}
 * is created once and never changes, so exported events keep their identity; {@code id} is null before the
 * item is stored.
 */
public record OwnItem(Long id, String uid, CalendarItem.Kind kind, String title, LocalDate date, LocalTime start,
                      LocalTime end, String providerAgb, String location, String note) {
    public OwnItem {
        Objects.requireNonNull(uid, "uid");
        Objects.requireNonNull(kind, "kind");
        if (!kind.own()) {
            throw new IllegalArgumentException("not an own item kind: " + kind);
        }
        title = title == null ? "" : title.strip();
        providerAgb = providerAgb == null || providerAgb.isBlank() ? null : providerAgb.strip();
        location = location == null ? "" : location.strip();
        note = note == null ? "" : note.strip();
    }

    public String key() {
        return "own:" + uid;
    }

    public OwnItem withId(long newId) {
        return new OwnItem(newId, uid, kind, title, date, start, end, providerAgb, location, note);
    }
}
