package nl.inkoopwerkbank.domain.calendar;

import java.time.LocalDate;
import java.util.Objects;

/**
 * An item marked done: on which day, by whom, with an optional note. {@code automatic} marks come from the
 * data itself (a counter-proposal answers a quote) and cannot be taken back by hand.
 */
public record DoneMark(String itemKey, LocalDate doneOn, String note, String by, boolean automatic) {
    public DoneMark {
        Objects.requireNonNull(itemKey, "itemKey");
        Objects.requireNonNull(doneOn, "doneOn");
        note = note == null ? "" : note.strip();
        by = by == null ? "" : by.strip();
    }

    public static DoneMark byBuyer(String itemKey, LocalDate doneOn, String note, String by) {
        return new DoneMark(itemKey, doneOn, note, by, false);
    }
}
