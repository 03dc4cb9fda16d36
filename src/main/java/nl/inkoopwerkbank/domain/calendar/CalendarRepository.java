package nl.inkoopwerkbank.domain.calendar;

import java.util.List;
import java.util.Optional;

/** Storage of what the buyer adds to the calendar: own items, started terms and done marks. */
public interface CalendarRepository {

    List<OwnItem> ownItems();

    Optional<OwnItem> ownItem(long id);

    /** Inserts (id null) or updates the item; returns it with its id. */
    OwnItem save(OwnItem item);

    boolean deleteOwnItem(long id);

    List<TermStart> termStarts();

    TermStart save(TermStart start);

    boolean deleteTermStart(long id);

    List<DoneMark> doneMarks();

    /** Marks every item done in one transaction (all or nothing); a mark replaces an earlier one. */
    void markDone(List<DoneMark> marks);

    /** Stores new own items, started terms and done marks together in one transaction (all or nothing). */
    void addAll(List<OwnItem> items, List<TermStart> starts, List<DoneMark> marks);

    /** Takes the done marks of these items away in one transaction. */
    void unmarkDone(List<String> itemKeys);
}
