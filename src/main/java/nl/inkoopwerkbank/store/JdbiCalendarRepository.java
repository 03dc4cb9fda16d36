package nl.inkoopwerkbank.store;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Time;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.PreparedBatch;

import nl.inkoopwerkbank.domain.calendar.CalendarItem;
import nl.inkoopwerkbank.domain.calendar.CalendarRepository;
import nl.inkoopwerkbank.domain.calendar.DoneMark;
import nl.inkoopwerkbank.domain.calendar.OwnItem;
import nl.inkoopwerkbank.domain.calendar.TermStart;

/** The buyer's own calendar items, started terms and done marks in H2 (V5__calendar.sql). */
public final class JdbiCalendarRepository implements CalendarRepository {

    private final Jdbi jdbi;

    public JdbiCalendarRepository(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    private static OwnItem ownItem(ResultSet rs) throws SQLException {
        return new OwnItem(rs.getLong("id"), rs.getString("uid"), CalendarItem.Kind.valueOf(rs.getString("kind")),
                rs.getString("title"), rs.getDate("item_date").toLocalDate(), time(rs.getTime("start_time")),
                time(rs.getTime("end_time")), rs.getString("provider_agb"), rs.getString("location"),
                rs.getString("note"));
    }

    private static LocalTime time(Time t) {
        return t == null ? null : t.toLocalTime();
    }

    private static TermStart termStart(ResultSet rs) throws SQLException {
        return new TermStart(rs.getLong("id"), rs.getString("uid"), rs.getString("provider_agb"),
                rs.getString("policy_id"), rs.getString("term_id"), rs.getDate("started_on").toLocalDate(),
                rs.getString("note"));
    }

    @Override
    public List<OwnItem> ownItems() {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM calendar_own_item ORDER BY item_date, start_time, id")
                .map((rs, ctx) -> ownItem(rs)).list());
    }

    @Override
    public Optional<OwnItem> ownItem(long id) {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM calendar_own_item WHERE id = :id").bind("id", id)
                .map((rs, ctx) -> ownItem(rs)).findOne());
    }

    @Override
    public OwnItem save(OwnItem item) {
        return jdbi.inTransaction(h -> save(h, item));
    }

    @Override
    public void addAll(List<OwnItem> items, List<TermStart> starts, List<DoneMark> marks) {
        jdbi.useTransaction(h -> {
            for (OwnItem i : items) {
                save(h, i);
            }
            for (TermStart s : starts) {
                save(h, s);
            }
            markDone(h, marks);
        });
    }

    private static OwnItem save(Handle h, OwnItem item) {
        if (item.id() == null) {
            long id = h.createUpdate("""
                    INSERT INTO calendar_own_item (uid, kind, title, item_date, start_time, end_time, provider_agb,
                                                   location, note)
                    VALUES (:uid, :kind, :title, :date, :start, :end, :agb, :location, :note)""")
                    .bind("uid", item.uid()).bind("kind", item.kind().name()).bind("title", item.title())
                    .bind("date", Date.valueOf(item.date())).bind("start", sqlTime(item.start()))
                    .bind("end", sqlTime(item.end())).bind("agb", item.providerAgb())
                    .bind("location", item.location()).bind("note", item.note())
                    .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
            return item.withId(id);
        }
        int n = h.createUpdate("""
                UPDATE calendar_own_item SET kind = :kind, title = :title, item_date = :date, start_time = :start,
                       end_time = :end, provider_agb = :agb, location = :location, note = :note
                WHERE id = :id""")
                .bind("id", item.id()).bind("kind", item.kind().name()).bind("title", item.title())
                .bind("date", Date.valueOf(item.date())).bind("start", sqlTime(item.start()))
                .bind("end", sqlTime(item.end())).bind("agb", item.providerAgb())
                .bind("location", item.location()).bind("note", item.note()).execute();
        if (n != 1) {
            throw new IllegalStateException("calendar item " + item.id() + " no longer exists");
        }
        return item;
    }

    private static Time sqlTime(LocalTime t) {
        return t == null ? null : Time.valueOf(t);
    }

    @Override
    public boolean deleteOwnItem(long id) {
        return jdbi.inTransaction(h -> {
            Optional<String> uid = h.createQuery("SELECT uid FROM calendar_own_item WHERE id = :id").bind("id", id)
                    .mapTo(String.class).findOne();
            uid.ifPresent(u -> h.createUpdate("DELETE FROM calendar_done WHERE item_key = :k")
                    .bind("k", "own:" + u).execute());
            return h.createUpdate("DELETE FROM calendar_own_item WHERE id = :id").bind("id", id).execute() == 1;
        });
    }

    @Override
    public List<TermStart> termStarts() {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM calendar_term_start ORDER BY started_on, id")
                .map((rs, ctx) -> termStart(rs)).list());
    }

    @Override
    public TermStart save(TermStart s) {
        return jdbi.inTransaction(h -> save(h, s));
    }

    private static TermStart save(Handle h, TermStart s) {
        if (s.id() == null) {
            long id = h.createUpdate("""
                    INSERT INTO calendar_term_start (uid, provider_agb, policy_id, term_id, started_on, note)
                    VALUES (:uid, :agb, :policy, :term, :on, :note)""")
                    .bind("uid", s.uid()).bind("agb", s.providerAgb()).bind("policy", s.policyId())
                    .bind("term", s.termId()).bind("on", Date.valueOf(s.startedOn())).bind("note", s.note())
                    .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
            return s.withId(id);
        }
        int n = h.createUpdate("""
                UPDATE calendar_term_start SET provider_agb = :agb, policy_id = :policy, term_id = :term,
                       started_on = :on, note = :note WHERE id = :id""")
                .bind("id", s.id()).bind("agb", s.providerAgb()).bind("policy", s.policyId())
                .bind("term", s.termId()).bind("on", Date.valueOf(s.startedOn())).bind("note", s.note()).execute();
        if (n != 1) {
            throw new IllegalStateException("started term " + s.id() + " no longer exists");
        }
        return s;
    }

    @Override
    public boolean deleteTermStart(long id) {
        return jdbi.inTransaction(h -> {
            Optional<String> uid = h.createQuery("SELECT uid FROM calendar_term_start WHERE id = :id").bind("id", id)
                    .mapTo(String.class).findOne();
            uid.ifPresent(u -> h.createUpdate("DELETE FROM calendar_done WHERE item_key = :k")
                    .bind("k", "term:" + u).execute());
            return h.createUpdate("DELETE FROM calendar_term_start WHERE id = :id").bind("id", id).execute() == 1;
        });
    }

    @Override
    public List<DoneMark> doneMarks() {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM calendar_done ORDER BY item_key")
                .map((rs, ctx) -> DoneMark.byBuyer(rs.getString("item_key"), rs.getDate("done_on").toLocalDate(),
                        rs.getString("note"), rs.getString("done_by"))).list());
    }

    @Override
    public void markDone(List<DoneMark> marks) {
        jdbi.useTransaction(h -> markDone(h, marks));
    }

    private static void markDone(Handle h, List<DoneMark> marks) {
        PreparedBatch b = h.prepareBatch("""
                MERGE INTO calendar_done (item_key, done_on, note, done_by) KEY (item_key)
                VALUES (:key, :on, :note, :by)""");
        for (DoneMark m : marks) {
            b.bind("key", m.itemKey()).bind("on", Date.valueOf(m.doneOn())).bind("note", m.note())
                    .bind("by", m.by()).add();
        }
        if (!marks.isEmpty()) {
            b.execute();
        }
    }

    @Override
    public void unmarkDone(List<String> itemKeys) {
        jdbi.useTransaction((Handle h) -> {
            for (String k : itemKeys) {
                h.createUpdate("DELETE FROM calendar_done WHERE item_key = :k").bind("k", k).execute();
            }
        });
    }
}
