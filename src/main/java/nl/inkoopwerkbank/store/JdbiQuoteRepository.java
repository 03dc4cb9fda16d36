package nl.inkoopwerkbank.store;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

import nl.inkoopwerkbank.domain.audit.AuditAction;
import nl.inkoopwerkbank.domain.quote.AnnualAccounts;
import nl.inkoopwerkbank.domain.quote.BoardDiscipline;
import nl.inkoopwerkbank.domain.quote.BoardMember;
import nl.inkoopwerkbank.domain.quote.Discipline;
import nl.inkoopwerkbank.domain.quote.LegalForm;
import nl.inkoopwerkbank.domain.quote.MonoClaims;
import nl.inkoopwerkbank.domain.quote.MonoReference;
import nl.inkoopwerkbank.domain.quote.Participant;
import nl.inkoopwerkbank.domain.quote.Quote;
import nl.inkoopwerkbank.domain.quote.QuoteContent;
import nl.inkoopwerkbank.domain.quote.QuoteRepository;
import nl.inkoopwerkbank.domain.quote.QuoteRound;
import nl.inkoopwerkbank.domain.quote.ReferenceLine;
import nl.inkoopwerkbank.domain.quote.RoundSide;
import nl.inkoopwerkbank.domain.quote.Schoning;
import nl.inkoopwerkbank.domain.quote.SchoningStatus;
import nl.inkoopwerkbank.domain.quote.TariffLine;

/**
 * Quotes in H2: a row per quote, a row per round, and the round's lists in child tables. Rounds are
 * inserted and never updated, except their note and the agreed mark; appending rounds is one
 * transaction, so an interrupted save leaves the quote as it was.
 */
public final class JdbiQuoteRepository implements QuoteRepository {

    private final Jdbi jdbi;
    private final AuditWriter audit;

    /** Records changes in the audit trail as the operating system's user. */
    public JdbiQuoteRepository(Jdbi jdbi) {
        this(jdbi, AuditWriter.osUser(), java.time.Clock.systemUTC());
    }

    /** Records every change of a quote in the audit trail with {@code actor} as who and {@code clock} as when. */
    public JdbiQuoteRepository(Jdbi jdbi, Supplier<String> actor, java.time.Clock clock) {
        this.jdbi = jdbi;
        this.audit = new AuditWriter(actor, clock);
    }

    private record Head(long id, long providerId, String agb, String name, int year, String insurerId) {
    }

    private static final String HEAD_SQL = "SELECT q.id, q.provider_id, p.agb_code, p.name, q.contract_year, q.insurer_id "
            + "FROM quote q JOIN provider p ON p.id = q.provider_id ";

    private static Head head(ResultSet rs) throws SQLException {
        return new Head(rs.getLong("id"), rs.getLong("provider_id"), rs.getString("agb_code"), rs.getString("name"),
                rs.getInt("contract_year"), rs.getString("insurer_id"));
    }

    @Override
    public List<Quote> all() {
        return jdbi.withHandle(h -> {
            List<Head> heads = h.createQuery(HEAD_SQL + "ORDER BY q.contract_year DESC, p.name, q.insurer_id")
                    .map((rs, ctx) -> head(rs)).list();
            Map<Long, List<QuoteRound>> rounds = rounds(h, heads.stream().map(Head::id).toList());
            return heads.stream().map(x -> quote(x, rounds.getOrDefault(x.id(), List.of()))).toList();
        });
    }

    @Override
    public Optional<Quote> find(long id) {
        return jdbi.withHandle(h -> load(h, h.createQuery(HEAD_SQL + "WHERE q.id = :id").bind("id", id)
                .map((rs, ctx) -> head(rs)).findOne()));
    }

    @Override
    public Optional<Quote> find(long igoProviderId, int contractYear, String insurerId) {
        return jdbi.withHandle(h -> load(h, h.createQuery(HEAD_SQL
                        + "WHERE q.provider_id = :p AND q.contract_year = :y AND q.insurer_id = :i")
                .bind("p", igoProviderId).bind("y", contractYear).bind("i", insurerId)
                .map((rs, ctx) -> head(rs)).findOne()));
    }

    private static Optional<Quote> load(Handle h, Optional<Head> head) {
        return head.map(x -> quote(x, rounds(h, List.of(x.id())).getOrDefault(x.id(), List.of())));
    }

    /** A quote with every round, read with the caller's handle (inside its transaction). */
    static Optional<Quote> load(Handle h, long id) {
        return load(h, h.createQuery(HEAD_SQL + "WHERE q.id = :id").bind("id", id).map((rs, ctx) -> head(rs)).findOne());
    }

    /** The quotes of one IGO with every round, read with the caller's handle. */
    static List<Quote> quotesOf(Handle h, long igoProviderId) {
        List<Head> heads = h.createQuery(HEAD_SQL + "WHERE q.provider_id = :p ORDER BY q.contract_year, q.insurer_id")
                .bind("p", igoProviderId).map((rs, ctx) -> head(rs)).list();
        Map<Long, List<QuoteRound>> rounds = rounds(h, heads.stream().map(Head::id).toList());
        return heads.stream().map(x -> quote(x, rounds.getOrDefault(x.id(), List.of()))).toList();
    }

    private static Quote quote(Head x, List<QuoteRound> rounds) {
        return new Quote(x.id(), x.providerId(), x.agb(), x.name(), x.year(), x.insurerId(), rounds);
    }

    @Override
    public Quote create(long igoProviderId, int contractYear, String insurerId) {
        long id = jdbi.inTransaction(h -> {
            long created = insertQuote(h, igoProviderId, contractYear, insurerId);
            audit.quoteCreated(h, created);
            return created;
        });
        return find(id).orElseThrow();
    }

    @Override
    public Quote createWithRounds(long igoProviderId, int contractYear, String insurerId, List<QuoteRound> rounds) {
        long id = jdbi.inTransaction(h -> {
            long quoteId = insertQuote(h, igoProviderId, contractYear, insurerId);
            audit.quoteCreated(h, quoteId);
            lockQuote(h, quoteId);
            AuditWriter.QuoteChange audited = audit.quote(h, quoteId);
            appendRounds(h, quoteId, rounds);
            audited.record(h, AuditAction.ROUND_ADDED);
            return quoteId;
        });
        return find(id).orElseThrow();
    }

    private static long insertQuote(Handle h, long igoProviderId, int contractYear, String insurerId) {
        return h.createUpdate("INSERT INTO quote (provider_id, contract_year, insurer_id) VALUES (:p, :y, :i)")
                .bind("p", igoProviderId).bind("y", contractYear).bind("i", insurerId)
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
    }

    @Override
    public Quote addRounds(long quoteId, List<QuoteRound> rounds) {
        jdbi.useTransaction(h -> {
            lockQuote(h, quoteId);
            AuditWriter.QuoteChange audited = audit.quote(h, quoteId);
            appendRounds(h, quoteId, rounds);
            audited.record(h, AuditAction.ROUND_ADDED);
        });
        return find(quoteId).orElseThrow();
    }

    /** Locks the quote row so two windows cannot take the same round number. */
    private static void lockQuote(Handle h, long quoteId) {
        h.createQuery("SELECT id FROM quote WHERE id = :q FOR UPDATE").bind("q", quoteId).mapTo(Long.class).one();
    }

    private static void appendRounds(Handle h, long quoteId, List<QuoteRound> rounds) {
        int next = h.createQuery("SELECT COALESCE(MAX(round_no), 0) + 1 FROM quote_round WHERE quote_id = :q")
                .bind("q", quoteId).mapTo(Integer.class).one();
        boolean agreedAdded = false;
        for (QuoteRound r : rounds) {
            if (r.agreed()) {
                agreedAdded = true;
            }
            insert(h, quoteId, r.withNumber(next++));
        }
        if (agreedAdded) {
            // the last agreed round in the batch wins; at most one round of a quote is agreed
            int agreed = h.createQuery("SELECT MAX(round_no) FROM quote_round WHERE quote_id = :q AND agreed")
                    .bind("q", quoteId).mapTo(Integer.class).one();
            h.createUpdate("UPDATE quote_round SET agreed = (round_no = :r) WHERE quote_id = :q")
                    .bind("q", quoteId).bind("r", agreed).execute();
        }
    }

    private static void insert(Handle h, long quoteId, QuoteRound r) {
        QuoteContent c = r.content();
        Instant at = r.recordedAt() == null ? Instant.now() : r.recordedAt();
        long roundId = h.createUpdate("INSERT INTO quote_round (quote_id, round_no, side, round_date, received_on, author, note, "
                        + "agreed, recorded_at, adherence_joined, adherence_total, legal_form, kvk_number, mandates_in_writing, "
                        + "financing_request, total_volume, market_share_pct, insured_16_weeks, accounts_year, accounts_received, "
                        + "accounts_approved, mono_claims, mono_claims_note, schoning_hospital, schoning_amount, schoning_method, "
                        + "schoning_status, schoning_document, mono_per_birth) VALUES (:q, :n, :side, :date, :received, :author, "
                        + ":note, :agreed, :at, :aj, :atot, :lf, :kvk, :mand, :fin, :vol, :share, :ins16, :ay, :ar, :aa, :mc, "
                        + ":mcn, :sh, :sa, :sm, :ss, :sd, :mono)")
                .bind("q", quoteId).bind("n", r.number()).bind("side", r.side().name()).bind("date", r.date())
                .bind("received", r.receivedOn()).bind("author", r.author()).bind("note", r.note())
                .bind("agreed", r.agreed()).bind("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
                .bind("aj", c.adherenceJoined()).bind("atot", c.adherenceTotal())
                .bind("lf", c.legalForm() == null ? null : c.legalForm().name()).bind("kvk", c.kvkNumber())
                .bind("mand", c.mandatesInWriting()).bind("fin", c.financingRequest()).bind("vol", c.totalVolume())
                .bind("share", c.marketSharePct()).bind("ins16", c.insuredInCare16Weeks())
                .bind("ay", c.accounts().year()).bind("ar", c.accounts().received())
                .bind("aa", c.accounts().approvedByAccountant())
                .bind("mc", c.monoClaims() == null ? null : c.monoClaims().name()).bind("mcn", c.monoClaimsNote())
                .bind("sh", c.schoning().hospital()).bind("sa", c.schoning().amount()).bind("sm", c.schoning().method())
                .bind("ss", c.schoning().status() == null ? null : c.schoning().status().name())
                .bind("sd", c.schoning().document()).bind("mono", c.monoReference().enteredPerBirth())
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
        int pos = 0;
        for (Participant p : c.participants()) {
            h.createUpdate("INSERT INTO quote_participant (round_id, position, name, agb, discipline) VALUES (:r, :p, :n, :a, :d)")
                    .bind("r", roundId).bind("p", ++pos).bind("n", p.name()).bind("a", p.agb())
                    .bind("d", p.discipline().name()).execute();
        }
        pos = 0;
        for (BoardMember b : c.board()) {
            h.createUpdate("INSERT INTO quote_board_member (round_id, position, name, discipline) VALUES (:r, :p, :n, :d)")
                    .bind("r", roundId).bind("p", ++pos).bind("n", b.name()).bind("d", b.discipline().name()).execute();
        }
        pos = 0;
        for (TariffLine t : c.tariffLines()) {
            h.createUpdate("INSERT INTO quote_tariff_line (round_id, position, code, description, tariff, indexation_pct, volume) "
                            + "VALUES (:r, :p, :c, :d, :t, :i, :v)")
                    .bind("r", roundId).bind("p", ++pos).bind("c", t.code()).bind("d", t.description())
                    .bind("t", t.tariff()).bind("i", t.indexationPct()).bind("v", t.volume()).execute();
        }
        pos = 0;
        for (ReferenceLine l : c.monoReference().lines()) {
            h.createUpdate("INSERT INTO quote_reference_line (round_id, position, code, description, tariff, per_birth) "
                            + "VALUES (:r, :p, :c, :d, :t, :b)")
                    .bind("r", roundId).bind("p", ++pos).bind("c", l.code()).bind("d", l.description())
                    .bind("t", l.tariff()).bind("b", l.perBirth()).execute();
        }
        pos = 0;
        for (String g : c.qualityGoals()) {
            h.createUpdate("INSERT INTO quote_goal (round_id, position, text) VALUES (:r, :p, :t)")
                    .bind("r", roundId).bind("p", ++pos).bind("t", g).execute();
        }
        for (String item : c.confirmedItems()) {
            h.createUpdate("INSERT INTO quote_confirmed_item (round_id, item_id) VALUES (:r, :i)")
                    .bind("r", roundId).bind("i", item).execute();
        }
    }

    @Override
    public void setNote(long quoteId, int round, String note) {
        jdbi.useTransaction(h -> {
            AuditWriter.QuoteChange audited = audit.quote(h, quoteId);
            int n = h.createUpdate("UPDATE quote_round SET note = :n WHERE quote_id = :q AND round_no = :r")
                    .bind("n", note == null ? "" : note.strip()).bind("q", quoteId).bind("r", round).execute();
            if (n != 1) {
                throw new IllegalArgumentException("no round " + round + " in quote " + quoteId);
            }
            audited.record(h, AuditAction.CHANGED);
        });
    }

    @Override
    public void markAgreed(long quoteId, int round) {
        jdbi.useTransaction(h -> {
            if (round != 0 && h.createQuery("SELECT COUNT(*) FROM quote_round WHERE quote_id = :q AND round_no = :r")
                    .bind("q", quoteId).bind("r", round).mapTo(Integer.class).one() != 1) {
                throw new IllegalArgumentException("no round " + round + " in quote " + quoteId);
            }
            AuditWriter.QuoteChange audited = audit.quote(h, quoteId);
            h.createUpdate("UPDATE quote_round SET agreed = (round_no = :r) WHERE quote_id = :q")
                    .bind("q", quoteId).bind("r", round).execute();
            audited.record(h, AuditAction.CHANGED);
        });
    }

    @Override
    public boolean delete(long quoteId) {
        return jdbi.inTransaction(h -> {
            audit.quoteDeleting(h, quoteId);
            return h.createUpdate("DELETE FROM quote WHERE id = :q").bind("q", quoteId).execute() == 1;
        });
    }

    /** The rounds of the given quotes, each with its lists, in round order. */
    private static Map<Long, List<QuoteRound>> rounds(Handle h, List<Long> quoteIds) {
        Map<Long, List<QuoteRound>> out = new HashMap<>();
        if (quoteIds.isEmpty()) {
            return out;
        }
        Map<Long, RoundRow> rows = new LinkedHashMap<>();
        h.createQuery("SELECT * FROM quote_round WHERE quote_id IN (<ids>) ORDER BY quote_id, round_no")
                .bindList("ids", quoteIds).map((rs, ctx) -> roundRow(rs)).forEach(r -> rows.put(r.id, r));
        if (rows.isEmpty()) {
            return out;
        }
        List<Long> roundIds = List.copyOf(rows.keySet());
        Map<Long, List<Participant>> participants = new HashMap<>();
        h.createQuery("SELECT * FROM quote_participant WHERE round_id IN (<ids>) ORDER BY round_id, position")
                .bindList("ids", roundIds).map((rs, ctx) -> Map.entry(rs.getLong("round_id"),
                        new Participant(rs.getString("name"), rs.getString("agb"), Discipline.valueOf(rs.getString("discipline")))))
                .forEach(e -> participants.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
        Map<Long, List<BoardMember>> board = new HashMap<>();
        h.createQuery("SELECT * FROM quote_board_member WHERE round_id IN (<ids>) ORDER BY round_id, position")
                .bindList("ids", roundIds).map((rs, ctx) -> Map.entry(rs.getLong("round_id"),
                        new BoardMember(rs.getString("name"), BoardDiscipline.valueOf(rs.getString("discipline")))))
                .forEach(e -> board.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
        Map<Long, List<TariffLine>> lines = new HashMap<>();
        h.createQuery("SELECT * FROM quote_tariff_line WHERE round_id IN (<ids>) ORDER BY round_id, position")
                .bindList("ids", roundIds).map((rs, ctx) -> Map.entry(rs.getLong("round_id"),
                        new TariffLine(rs.getString("code"), rs.getString("description"), dec(rs, "tariff"),
                                dec(rs, "indexation_pct"), dec(rs, "volume"))))
                .forEach(e -> lines.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
        Map<Long, List<ReferenceLine>> refs = new HashMap<>();
        h.createQuery("SELECT * FROM quote_reference_line WHERE round_id IN (<ids>) ORDER BY round_id, position")
                .bindList("ids", roundIds).map((rs, ctx) -> Map.entry(rs.getLong("round_id"),
                        new ReferenceLine(rs.getString("code"), rs.getString("description"), dec(rs, "tariff"),
                                dec(rs, "per_birth"))))
                .forEach(e -> refs.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
        Map<Long, List<String>> goals = new HashMap<>();
        h.createQuery("SELECT * FROM quote_goal WHERE round_id IN (<ids>) ORDER BY round_id, position")
                .bindList("ids", roundIds).map((rs, ctx) -> Map.entry(rs.getLong("round_id"), rs.getString("text")))
                .forEach(e -> goals.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
        Map<Long, Set<String>> confirmed = new HashMap<>();
        h.createQuery("SELECT * FROM quote_confirmed_item WHERE round_id IN (<ids>)")
                .bindList("ids", roundIds).map((rs, ctx) -> Map.entry(rs.getLong("round_id"), rs.getString("item_id")))
                .forEach(e -> confirmed.computeIfAbsent(e.getKey(), k -> new TreeSet<>()).add(e.getValue()));
        for (RoundRow r : rows.values()) {
            QuoteContent.Builder b = r.content
                    .participants(participants.getOrDefault(r.id, List.of()))
                    .board(board.getOrDefault(r.id, List.of()))
                    .tariffLines(lines.getOrDefault(r.id, List.of()))
                    .qualityGoals(goals.getOrDefault(r.id, List.of()))
                    .confirmedItems(confirmed.getOrDefault(r.id, Set.of()));
            MonoReference mono = new MonoReference(r.round.content().monoReference().enteredPerBirth(),
                    refs.getOrDefault(r.id, List.of()));
            QuoteRound full = new QuoteRound(r.round.number(), r.round.side(), r.round.date(), r.round.receivedOn(),
                    r.round.author(), r.round.note(), r.round.agreed(), r.round.recordedAt(), b.monoReference(mono).build());
            out.computeIfAbsent(r.quoteId, k -> new ArrayList<>()).add(full);
        }
        return out;
    }

    private record RoundRow(long id, long quoteId, QuoteRound round, QuoteContent.Builder content) {
    }

    private static RoundRow roundRow(ResultSet rs) throws SQLException {
        Integer accountsYear = rs.getObject("accounts_year", Integer.class);
        String lf = rs.getString("legal_form");
        String mc = rs.getString("mono_claims");
        String ss = rs.getString("schoning_status");
        QuoteContent.Builder b = QuoteContent.builder()
                .adherence(rs.getObject("adherence_joined", Integer.class), rs.getObject("adherence_total", Integer.class))
                .legalForm(lf == null ? null : LegalForm.valueOf(lf)).kvkNumber(rs.getString("kvk_number"))
                .mandatesInWriting(rs.getObject("mandates_in_writing", Boolean.class))
                .financingRequest(dec(rs, "financing_request")).totalVolume(dec(rs, "total_volume"))
                .marketSharePct(dec(rs, "market_share_pct"))
                .insuredInCare16Weeks(rs.getObject("insured_16_weeks", Integer.class))
                .accounts(new AnnualAccounts(accountsYear, rs.getBoolean("accounts_received"), rs.getBoolean("accounts_approved")))
                .monoClaims(mc == null ? null : MonoClaims.valueOf(mc)).monoClaimsNote(rs.getString("mono_claims_note"))
                .schoning(new Schoning(rs.getString("schoning_hospital"), dec(rs, "schoning_amount"),
                        rs.getString("schoning_method"), ss == null ? null : SchoningStatus.valueOf(ss),
                        rs.getString("schoning_document")))
                .monoReference(new MonoReference(dec(rs, "mono_per_birth"), List.of()));
        Date received = rs.getDate("received_on");
        Timestamp at = rs.getTimestamp("recorded_at");
        QuoteRound round = new QuoteRound(rs.getInt("round_no"), RoundSide.valueOf(rs.getString("side")),
                rs.getDate("round_date").toLocalDate(), received == null ? null : received.toLocalDate(),
                rs.getString("author"), rs.getString("note"), rs.getBoolean("agreed"),
                at == null ? null : at.toInstant(), b.build());
        return new RoundRow(rs.getLong("id"), rs.getLong("quote_id"), round, b);
    }

    private static BigDecimal dec(ResultSet rs, String column) throws SQLException {
        BigDecimal v = rs.getBigDecimal(column);
        if (v == null) {
            return null;
        }
        BigDecimal s = v.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }
}
