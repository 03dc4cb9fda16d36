package nl.inkoopwerkbank.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import nl.inkoopwerkbank.domain.assessment.AssessmentSnapshot;
import nl.inkoopwerkbank.domain.assessment.Evidence;
import nl.inkoopwerkbank.domain.assessment.FactAnswer;
import nl.inkoopwerkbank.domain.assessment.FactRepository;
import nl.inkoopwerkbank.domain.assessment.FactSheet;
import nl.inkoopwerkbank.domain.assessment.FactValue;
import nl.inkoopwerkbank.domain.assessment.Outcome;
import nl.inkoopwerkbank.domain.fact.FactCatalog;
import nl.inkoopwerkbank.domain.fact.FactDefinition;
import nl.inkoopwerkbank.domain.fact.FactType;

/** Provider facts and assessment snapshots in H2. */
public final class JdbiFactRepository implements FactRepository {

    /** Jackson is set up on first use, not when the database opens. */
    private static final class Json {
        static final ObjectMapper MAPPER = new ObjectMapper();
    }

    private final Jdbi jdbi;
    private final AuditWriter audit;

    /** Records changes in the audit trail as the operating system's user. */
    public JdbiFactRepository(Jdbi jdbi) {
        this(jdbi, AuditWriter.osUser(), java.time.Clock.systemUTC());
    }

    /** Records every change of an answer in the audit trail with {@code actor} as who and {@code clock} as when. */
    public JdbiFactRepository(Jdbi jdbi, Supplier<String> actor, java.time.Clock clock) {
        this.jdbi = jdbi;
        this.audit = new AuditWriter(actor, clock);
    }

    private record Row(long providerId, FactAnswer answer) {
    }

    private static Row row(ResultSet rs) throws SQLException {
        FactType type = FactType.fromCode(rs.getString("fact_type"));
        Date checked = rs.getDate("checked_on");
        Timestamp at = rs.getTimestamp("answered_at");
        FactValue value;
        try {
            value = type == null ? null : FactValue.decode(type, rs.getString("answer"));
        } catch (RuntimeException e) {
            value = null;
        }
        if (value == null) {
            return new Row(rs.getLong("provider_id"), null);
        }
        return new Row(rs.getLong("provider_id"), new FactAnswer(rs.getString("fact_key"), rs.getString("insurer_id"), value,
                new Evidence(rs.getString("source"), checked == null ? null : checked.toLocalDate(), rs.getString("checked_by")),
                at == null ? null : at.toInstant()));
    }

    /** Only answers to facts the catalogue still holds with the same type. */
    private static boolean current(FactAnswer a, FactCatalog catalog) {
        if (a == null) {
            return false;
        }
        Optional<FactDefinition> def = catalog.find(a.factKey());
        return def.isPresent() && def.get().type() == a.value().type();
    }

    /** Every answer of a provider as stored (also to facts the catalogue no longer holds), with the caller's handle. */
    static List<FactAnswer> answers(Handle h, long providerId) {
        return h.createQuery("SELECT * FROM fact_answer WHERE provider_id = :p ORDER BY fact_key, insurer_id")
                .bind("p", providerId).map((rs, ctx) -> row(rs)).list().stream()
                .map(Row::answer).filter(java.util.Objects::nonNull).toList();
    }

    private static String field(FactAnswer a) {
        return nl.inkoopwerkbank.domain.audit.AuditSnapshots.factField(a.factKey(), a.insurerId());
    }

    @Override
    public FactSheet sheet(long providerId, FactCatalog catalog) {
        return new FactSheet(jdbi.withHandle(h -> h.createQuery("SELECT * FROM fact_answer WHERE provider_id = :p")
                .bind("p", providerId).map((rs, ctx) -> row(rs)).list()).stream()
                .map(Row::answer).filter(a -> current(a, catalog)).toList());
    }

    /** Provider ids per query of {@link #sheets}. */
    static final int SHEETS_SLICE = 100;

    @Override
    public Map<Long, FactSheet> sheets(Collection<Long> providerIds, FactCatalog catalog) {
        Map<Long, List<FactAnswer>> by = new LinkedHashMap<>();
        providerIds.forEach(id -> by.put(id, new ArrayList<>()));
        if (!providerIds.isEmpty()) {
            // in slices: H2 tests every row found against the whole IN list, so one list of 10,000 ids costs
            // rows x ids comparisons (90 s for a 10,000-provider portfolio); slices keep each list short
            List<Long> ids = List.copyOf(by.keySet());
            jdbi.useHandle(h -> {
                for (int from = 0; from < ids.size(); from += SHEETS_SLICE) {
                    h.createQuery("SELECT * FROM fact_answer WHERE provider_id IN (<ids>)")
                            .bindList("ids", ids.subList(from, Math.min(ids.size(), from + SHEETS_SLICE)))
                            .map((rs, ctx) -> row(rs))
                            .forEach(r -> {
                                if (current(r.answer(), catalog)) {
                                    by.get(r.providerId()).add(r.answer());
                                }
                            });
                }
            });
        }
        Map<Long, FactSheet> out = new HashMap<>();
        by.forEach((id, list) -> out.put(id, new FactSheet(list)));
        return out;
    }

    @Override
    public void save(long providerId, FactAnswer answer) {
        jdbi.useTransaction(h -> {
            AuditWriter.FactChange audited = audit.facts(h, providerId, List.of(field(answer)));
            upsert(h, providerId, answer);
            audited.record(h);
        });
    }

    @Override
    public void saveAll(long providerId, List<FactAnswer> answers) {
        jdbi.useTransaction(h -> {
            AuditWriter.FactChange audited = audit.facts(h, providerId, answers.stream().map(JdbiFactRepository::field).toList());
            for (FactAnswer a : answers) {
                upsert(h, providerId, a);
            }
            audited.record(h);
        });
    }

    private static void upsert(Handle h, long providerId, FactAnswer a) {
        h.createUpdate("MERGE INTO fact_answer (provider_id, fact_key, insurer_id, fact_type, answer, source, checked_on, "
                        + "checked_by, answered_at) KEY (provider_id, fact_key, insurer_id) VALUES (:p, :k, :i, :t, :v, :s, :d, :b, :at)")
                .bind("p", providerId).bind("k", a.factKey()).bind("i", a.insurerId()).bind("t", a.value().type().code())
                .bind("v", a.value().encode()).bind("s", a.evidence().source()).bind("d", a.evidence().checkedOn())
                .bind("b", a.evidence().checkedBy())
                .bind("at", OffsetDateTime.ofInstant(a.answeredAt() == null ? Instant.now() : a.answeredAt(), ZoneOffset.UTC))
                .execute();
    }

    @Override
    public boolean delete(long providerId, String factKey, String insurerId) {
        return jdbi.inTransaction(h -> {
            AuditWriter.FactChange audited = audit.facts(h, providerId,
                    List.of(nl.inkoopwerkbank.domain.audit.AuditSnapshots.factField(factKey, insurerId)));
            boolean deleted = h.createUpdate("DELETE FROM fact_answer WHERE provider_id = :p AND fact_key = :k AND insurer_id = :i")
                    .bind("p", providerId).bind("k", factKey).bind("i", insurerId == null ? "" : insurerId).execute() == 1;
            audited.record(h);
            return deleted;
        });
    }

    // ---------------------------------------------------------------------------------------------
    // snapshots

    @Override
    public AssessmentSnapshot saveSnapshot(AssessmentSnapshot s) {
        long id = jdbi.inTransaction(h -> h.createUpdate("INSERT INTO assessment_snapshot (provider_id, policy_id, contract_id, "
                        + "assessed_on, taken_at, taken_by, label, outcome, tier_id, facts, policy_document) "
                        + "VALUES (:p, :pol, :c, :on, :at, :by, :label, :outcome, :tier, :facts, :doc)")
                .bind("p", s.providerId()).bind("pol", s.policyId()).bind("c", s.contractId()).bind("on", s.assessedOn())
                .bind("at", OffsetDateTime.ofInstant(s.takenAt(), ZoneOffset.UTC)).bind("by", s.takenBy())
                .bind("label", s.label() == null ? "" : s.label()).bind("outcome", s.outcome().name()).bind("tier", s.tierId())
                .bind("facts", toJson(s.facts())).bind("doc", s.policyDocument())
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one());
        return new AssessmentSnapshot(id, s.providerId(), s.policyId(), s.contractId(), s.assessedOn(), s.takenAt(),
                s.takenBy(), s.label(), s.outcome(), s.tierId(), s.facts(), s.policyDocument());
    }

    private static AssessmentSnapshot snapshot(ResultSet rs) throws SQLException {
        return new AssessmentSnapshot(rs.getLong("id"), rs.getLong("provider_id"), rs.getString("policy_id"),
                rs.getString("contract_id"), rs.getDate("assessed_on").toLocalDate(), rs.getTimestamp("taken_at").toInstant(),
                rs.getString("taken_by"), rs.getString("label"), Outcome.valueOf(rs.getString("outcome")),
                rs.getString("tier_id"), fromJson(rs.getString("facts")), rs.getString("policy_document"));
    }

    @Override
    public List<AssessmentSnapshot> snapshots(long providerId, FactCatalog catalog) {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM assessment_snapshot WHERE provider_id = :p ORDER BY taken_at DESC, id DESC")
                .bind("p", providerId).map((rs, ctx) -> snapshot(rs)).list());
    }

    @Override
    public Optional<AssessmentSnapshot> snapshot(long id, FactCatalog catalog) {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM assessment_snapshot WHERE id = :id")
                .bind("id", id).map((rs, ctx) -> snapshot(rs)).findOne());
    }

    @Override
    public boolean deleteSnapshot(long id) {
        return jdbi.withHandle(h -> h.createUpdate("DELETE FROM assessment_snapshot WHERE id = :id").bind("id", id).execute() == 1);
    }

    /** The facts of a snapshot as a JSON array, each answer with its type so it reads back as it was. */
    static String toJson(FactSheet sheet) {
        ArrayNode arr = Json.MAPPER.createArrayNode();
        for (FactAnswer a : sheet.answers()) {
            ObjectNode o = arr.addObject();
            o.put("key", a.factKey());
            o.put("insurer", a.insurerId());
            o.put("type", a.value().type().code());
            o.put("value", a.value().encode());
            o.put("source", a.evidence().source());
            o.put("checkedOn", a.evidence().checkedOn() == null ? null : a.evidence().checkedOn().toString());
            o.put("checkedBy", a.evidence().checkedBy());
            o.put("answeredAt", a.answeredAt() == null ? null : a.answeredAt().toString());
        }
        return arr.toString();
    }

    static FactSheet fromJson(String json) {
        try {
            List<FactAnswer> answers = new ArrayList<>();
            for (JsonNode o : Json.MAPPER.readTree(json)) {
                FactType type = FactType.fromCode(o.path("type").asText());
                String checked = o.path("checkedOn").isTextual() ? o.path("checkedOn").asText() : null;
                String at = o.path("answeredAt").isTextual() ? o.path("answeredAt").asText() : null;
                answers.add(new FactAnswer(o.path("key").asText(), o.path("insurer").asText(""),
                        FactValue.decode(type, o.path("value").asText()),
                        new Evidence(o.path("source").asText(""), checked == null ? null : LocalDate.parse(checked),
                                o.path("checkedBy").asText("")), at == null ? null : Instant.parse(at)));
            }
            return new FactSheet(answers);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
