package nl.inkoopwerkbank.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.inkoopwerkbank.domain.calendar.CalendarItem.Kind;
import nl.inkoopwerkbank.domain.calendar.DoneMark;
import nl.inkoopwerkbank.domain.calendar.OwnItem;
import nl.inkoopwerkbank.domain.calendar.TermStart;

/** The buyer's calendar additions in a real H2 file: stored exactly, replaced, removed, all or nothing, durable. */
class JdbiCalendarRepositoryTest {

    @TempDir
    Path dir;
    Database db;
    JdbiCalendarRepository repo;

    @BeforeEach
    void open() {
        db = Database.open(dir.resolve("calendar"), true);
        repo = new JdbiCalendarRepository(db.jdbi());
    }

    @AfterEach
    void close() {
        db.close();
    }

    void reopen() {
        db.close();
        db = Database.open(dir.resolve("calendar"), false);
        repo = new JdbiCalendarRepository(db.jdbi());
    }

    static final LocalDate NOV_26 = LocalDate.of(2026, 11, 26);

    static OwnItem meeting(String uid, LocalTime start, LocalTime end, String agb) {
        return new OwnItem(null, uid, Kind.MEETING, "Inkoopgesprek kraamzorg 2027", NOV_26, start, end, agb,
                "Teams", "Opleidingsplekken nalopen; één vraag over de tarieven");
    }

    static OwnItem reminder(String uid, LocalDate date) {
        return new OwnItem(null, uid, Kind.REMINDER, "Zorgzoeker controleren", date, null, null, null, null, null);
    }

    static TermStart term(String uid, String agb, LocalDate on) {
        return new TermStart(null, uid, agb, "salland-2027-geboortezorg", "sal-gz.rt.voorstel-vervalt", on,
                "Contractvoorstel via VECOZO");
    }

    static DoneMark mark(String key, LocalDate on, String note) {
        return DoneMark.byBuyer(key, on, note, "R. Haverkate");
    }

    @Test
    void ownItemsComeBackAsTheyWereStored() {
        OwnItem timed = repo.save(meeting("m-1", LocalTime.of(10, 0), LocalTime.of(11, 30), "33129382"));
        OwnItem startOnly = repo.save(meeting("m-2", LocalTime.of(9, 15), null, null));
        OwnItem allDay = repo.save(reminder("r-1", LocalDate.of(2026, 11, 16)));
        assertNotNull(timed.id());
        assertTrue(timed.id() != allDay.id().longValue());

        assertEquals(timed, repo.ownItem(timed.id()).orElseThrow());
        assertEquals(startOnly, repo.ownItem(startOnly.id()).orElseThrow());
        OwnItem back = repo.ownItem(allDay.id()).orElseThrow();
        assertEquals(allDay, back);
        assertEquals(null, back.start());
        assertEquals(null, back.end());
        assertEquals(null, back.providerAgb());
        assertEquals("", back.location());
        assertEquals("", back.note());
        // in calendar order: by day, untimed first, then by start
        assertEquals(List.of("r-1", "m-2", "m-1"), repo.ownItems().stream().map(OwnItem::uid).toList());
        assertEquals(Optional.empty(), repo.ownItem(9999));
    }

    @Test
    void anOwnItemIsChangedInPlaceAndKeepsItsUid() {
        OwnItem saved = repo.save(meeting("m-1", LocalTime.of(10, 0), LocalTime.of(11, 30), "33129382"));
        OwnItem changed = new OwnItem(saved.id(), saved.uid(), Kind.REMINDER, "Nabellen", LocalDate.of(2026, 12, 1),
                null, null, null, "", "Toch geen gesprek");
        repo.save(changed);
        assertEquals(List.of(changed), repo.ownItems());
        OwnItem gone = new OwnItem(4242L, "x", Kind.REMINDER, "Weg", NOV_26, null, null, null, "", "");
        assertThrows(IllegalStateException.class, () -> repo.save(gone));
        assertEquals(List.of(changed), repo.ownItems());
    }

    @Test
    void termStartsComeBackAsTheyWereStored() {
        TermStart a = repo.save(term("t-1", "08336348", LocalDate.of(2026, 10, 20)));
        TermStart b = repo.save(new TermStart(null, "t-2", "08159418", "caresq-2027-geboortezorg",
                "caresq-gz.rt.afspraken-preferent-melden", LocalDate.of(2026, 9, 28), null));
        assertNotNull(a.id());
        assertEquals(List.of(b, a), repo.termStarts(), "by start date");
        assertEquals("", repo.termStarts().get(0).note());
        TermStart moved = new TermStart(a.id(), a.uid(), a.providerAgb(), a.policyId(), a.termId(),
                LocalDate.of(2026, 10, 21), "Ontvangst bevestigd op de 21e");
        repo.save(moved);
        assertEquals(List.of(b, moved), repo.termStarts());
    }

    @Test
    void aDoneMarkReplacesAnEarlierOneAndCanBeTakenAway() {
        String step = "step:salland-2027-geboortezorg:sal-gz.dl.voorstel-digitaal";
        repo.markDone(List.of(mark(step, LocalDate.of(2026, 9, 28), "Eerste batch"),
                mark("own:r-1", LocalDate.of(2026, 11, 16), "")));
        repo.markDone(List.of(mark(step, LocalDate.of(2026, 9, 29), "Alle voorstellen verstuurd")));
        List<DoneMark> marks = repo.doneMarks();
        assertEquals(2, marks.size());
        DoneMark m = marks.stream().filter(x -> x.itemKey().equals(step)).findFirst().orElseThrow();
        assertEquals(LocalDate.of(2026, 9, 29), m.doneOn());
        assertEquals("Alle voorstellen verstuurd", m.note());
        assertEquals("R. Haverkate", m.by());
        assertFalse(m.automatic());

        repo.unmarkDone(List.of(step, "own:bestaat-niet"));
        assertEquals(List.of("own:r-1"), repo.doneMarks().stream().map(DoneMark::itemKey).toList());
        repo.markDone(List.of());
        repo.unmarkDone(List.of());
        assertEquals(1, repo.doneMarks().size());
    }

    @Test
    void deletingAnOwnItemOrTermRemovesItsDoneMarkOnly() {
        OwnItem item = repo.save(reminder("r-1", NOV_26));
        OwnItem other = repo.save(reminder("r-2", NOV_26));
        TermStart t = repo.save(term("t-1", "08336348", LocalDate.of(2026, 10, 20)));
        String step = "step:salland-2027-geboortezorg:sal-gz.dl.voorstel-digitaal";
        repo.markDone(List.of(mark(item.key(), NOV_26, ""), mark(other.key(), NOV_26, ""), mark(t.key(), NOV_26, ""),
                mark(step, NOV_26, "")));

        assertTrue(repo.deleteOwnItem(item.id()));
        assertTrue(repo.deleteTermStart(t.id()));
        assertEquals(List.of(other), repo.ownItems());
        assertEquals(List.of(), repo.termStarts());
        assertEquals(List.of(other.key(), step), repo.doneMarks().stream().map(DoneMark::itemKey).sorted().toList());

        assertFalse(repo.deleteOwnItem(item.id()), "already gone");
        assertFalse(repo.deleteTermStart(t.id()));
        assertEquals(2, repo.doneMarks().size());
    }

    @Test
    void addAllStoresEverythingTogether() {
        OwnItem m = meeting("m-1", LocalTime.of(10, 0), LocalTime.of(11, 30), "33129382");
        OwnItem r = reminder("r-1", NOV_26);
        TermStart t = term("t-1", "08336348", LocalDate.of(2026, 10, 20));
        repo.addAll(List.of(m, r), List.of(t), List.of(mark(r.key(), NOV_26, "Gebeld"), mark(t.key(), NOV_26, "")));
        assertEquals(List.of("m-1", "r-1").stream().sorted().toList(),
                repo.ownItems().stream().map(OwnItem::uid).sorted().toList());
        assertEquals(List.of("t-1"), repo.termStarts().stream().map(TermStart::uid).toList());
        assertEquals(List.of("own:r-1", "term:t-1"), repo.doneMarks().stream().map(DoneMark::itemKey).toList());
    }

    @Test
    void addAllIsAllOrNothing() {
        OwnItem kept = repo.save(reminder("kept", NOV_26));
        repo.markDone(List.of(mark(kept.key(), NOV_26, "oud")));

        OwnItem good = reminder("r-1", NOV_26);
        // made by hand, past the service's checks: the end lies before the start
        OwnItem bad = meeting("m-bad", LocalTime.of(11, 0), LocalTime.of(10, 0), null);
        TermStart t = term("t-1", "08336348", LocalDate.of(2026, 10, 20));
        List<DoneMark> marks = List.of(mark(good.key(), NOV_26, ""), mark(kept.key(), LocalDate.of(2026, 11, 27), "nieuw"));
        assertThrows(RuntimeException.class, () -> repo.addAll(List.of(good, bad), List.of(t), marks));
        assertNothingAdded(kept);

        // the bad row last: what went before it is rolled back too
        assertThrows(RuntimeException.class, () -> repo.addAll(List.of(good), List.of(t),
                List.of(mark(good.key(), NOV_26, ""), mark(kept.key(), NOV_26, "x".repeat(4001)))));
        assertNothingAdded(kept);

        // a uid that is already taken
        assertThrows(RuntimeException.class, () -> repo.addAll(List.of(good, reminder("kept", NOV_26)), List.of(t),
                List.of()));
        assertNothingAdded(kept);

        // an end time without a start
        OwnItem noStart = meeting("m-x", null, LocalTime.of(10, 0), null);
        assertThrows(RuntimeException.class, () -> repo.addAll(List.of(good, noStart), List.of(), List.of()));
        assertNothingAdded(kept);
    }

    void assertNothingAdded(OwnItem kept) {
        assertEquals(List.of(kept), repo.ownItems());
        assertEquals(List.of(), repo.termStarts());
        List<DoneMark> marks = repo.doneMarks();
        assertEquals(1, marks.size());
        assertEquals("oud", marks.get(0).note());
        assertEquals(NOV_26, marks.get(0).doneOn());
    }

    @Test
    void aMarkDoneBatchIsAllOrNothing() {
        repo.markDone(List.of(mark("own:a", NOV_26, "oud")));
        assertThrows(RuntimeException.class, () -> repo.markDone(List.of(mark("own:a", LocalDate.of(2026, 11, 27), "nieuw"),
                mark("own:b", NOV_26, "x".repeat(4001)))));
        List<DoneMark> marks = repo.doneMarks();
        assertEquals(1, marks.size());
        assertEquals("oud", marks.get(0).note());
    }

    @Test
    void everythingSurvivesCloseAndReopen() {
        OwnItem m = repo.save(meeting("m-1", LocalTime.of(10, 0), LocalTime.of(11, 30), "33129382"));
        OwnItem r = repo.save(reminder("r-1", LocalDate.of(2027, 2, 28)));
        TermStart t = repo.save(term("t-1", "08336348", LocalDate.of(2026, 10, 20)));
        DoneMark d = mark(r.key(), LocalDate.of(2026, 12, 31), "Gecontroleerd: alles zichtbaar");
        repo.markDone(List.of(d));

        reopen();

        assertEquals(List.of(m, r), repo.ownItems());
        assertEquals(List.of(t), repo.termStarts());
        assertEquals(List.of(d), repo.doneMarks());
        // the identity keeps counting: a new item never reuses an id
        OwnItem next = repo.save(reminder("r-2", NOV_26));
        assertTrue(next.id() > r.id());
    }
}
