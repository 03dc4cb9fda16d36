package nl.inkoopwerkbank.store;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import nl.inkoopwerkbank.domain.assessment.FactAnswer;
import nl.inkoopwerkbank.domain.audit.AuditAction;
import nl.inkoopwerkbank.domain.audit.AuditDiff;
import nl.inkoopwerkbank.domain.audit.AuditEntityType;
import nl.inkoopwerkbank.domain.audit.AuditSnapshots;
import nl.inkoopwerkbank.domain.policy.PolicyRepository;
import nl.inkoopwerkbank.domain.provider.Provider;
import nl.inkoopwerkbank.domain.quote.Quote;

/**
 * Writes the audit trail. Every method takes the Handle of the repository's transaction, reads the
 * state before the change inside it and inserts the entry with it, so the entry commits or rolls back
 * together with the change: when the insert fails, the change is undone. A change that leaves every
 * field as it was writes nothing. See docs/audit-trail.md.
 */
final class AuditWriter {

    /** Longest name kept as "who" (the column's size); a longer name is cut, never refused. */
    static final int MAX_ACTOR = 200;
    private static final int BATCH = 1000;
    /** Jackson is set up on the first audit entry written, not when the database opens. */
    private static final class Json {
        static final ObjectMapper MAPPER = new ObjectMapper();
    }
    private static final String INSERT = "INSERT INTO audit_entry (at, actor, entity_type, entity_key, entity_label, action, "
            + "before, after) VALUES (:at, :actor, :type, :key, :label, :action, :before, :after)";

    private final Supplier<String> actor;
    private final Clock clock;

    AuditWriter(Supplier<String> actor, Clock clock) {
        this.actor = Objects.requireNonNull(actor, "actor");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** The person working on this computer, for repositories constructed without an actor. */
    static Supplier<String> osUser() {
        return () -> System.getProperty("user.name", "");
    }

    /** Who is changing: the supplier's name, else the operating system's user. */
    String actor() {
        String a = actor.get();
        if (a == null || a.isBlank()) {
            a = System.getProperty("user.name", "");
        }
        a = a.strip();
        if (a.isEmpty()) {
            a = "?";
        }
        return a.length() > MAX_ACTOR ? a.substring(0, MAX_ACTOR) : a;
    }

    // ---------------------------------------------------------------------------------------------
    // the one insert

    private record Entry(AuditEntityType type, String key, String label, AuditAction action, Map<String, String> before,
                         Map<String, String> after) {
        boolean changesSomething() {
            return before == null || after == null || !AuditDiff.same(before, after);
        }
    }

    private void insert(Handle h, Entry e) {
        if (e.changesSomething()) {
            bind(h.createUpdate(INSERT), e, actor(), now()).execute();
        }
    }

    /** Many entries through JDBC batches (an import of 100,000 providers). */
    private void insertAll(Handle h, List<Entry> entries) {
        String who = actor();
        OffsetDateTime at = now();
        PreparedBatch batch = h.prepareBatch(INSERT);
        for (Entry e : entries) {
            if (!e.changesSomething()) {
                continue;
            }
            bind(batch, e, who, at).add();
            if (batch.size() >= BATCH) {
                batch.execute();
                batch = h.prepareBatch(INSERT);
            }
        }
        if (batch.size() > 0) {
            batch.execute();
        }
    }

    private static <S extends org.jdbi.v3.core.statement.SqlStatement<S>> S bind(S s, Entry e, String who, OffsetDateTime at) {
        return s.bind("at", at).bind("actor", who).bind("type", e.type().name()).bind("key", e.key())
                .bind("label", e.label() == null ? "" : e.label()).bind("action", e.action().name())
                .bind("before", json(e.before())).bind("after", json(e.after()));
    }

    private OffsetDateTime now() {
        return OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    static String json(Map<String, String> snapshot) {
        if (snapshot == null) {
            return null;
        }
        try {
            return Json.MAPPER.writeValueAsString(snapshot);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write an audit snapshot", e);
        }
    }

    // ---------------------------------------------------------------------------------------------
    // providers

    /** A provider was inserted ({@code before} null) or updated. */
    void providerSaved(Handle h, Provider before, Provider after) {
        insert(h, new Entry(AuditEntityType.PROVIDER, String.valueOf(after.id()),
                AuditSnapshots.providerLabel(after.name(), after.agbCode()),
                before == null ? AuditAction.CREATED : AuditAction.CHANGED,
                AuditSnapshots.provider(before), AuditSnapshots.provider(after)));
    }

    /**
     * Call before deleting a provider: records the provider and what the delete takes with it (its
     * checklist answers and quotes, removed by the database's cascade). Records nothing when it is gone.
     */
    void providerDeleting(Handle h, long id) {
        Optional<Provider> p = JdbiProviderRepository.loadById(h, id);
        if (p.isEmpty()) {
            return;
        }
        String label = AuditSnapshots.providerLabel(p.get().name(), p.get().agbCode());
        insert(h, new Entry(AuditEntityType.PROVIDER, String.valueOf(id), label, AuditAction.DELETED,
                AuditSnapshots.provider(p.get()), null));
        List<FactAnswer> answers = JdbiFactRepository.answers(h, id);
        if (!answers.isEmpty()) {
            insert(h, new Entry(AuditEntityType.FACTS, String.valueOf(id), label, AuditAction.DELETED,
                    AuditSnapshots.facts(answers), null));
        }
        for (Quote q : JdbiQuoteRepository.quotesOf(h, id)) {
            insert(h, new Entry(AuditEntityType.QUOTE, String.valueOf(q.id()), AuditSnapshots.quoteLabel(q),
                    AuditAction.DELETED, AuditSnapshots.quote(q), null));
        }
    }

    /** Starts auditing an import: reads the providers it will change as they are now (in bulk). */
    ProviderImport providerImport(Handle h, List<Provider> incoming) {
        Map<String, Provider> last = new LinkedHashMap<>();
        for (Provider p : incoming) {
            last.remove(p.agbCode());
            last.put(p.agbCode(), p);
        }
        Map<String, Provider> before = new HashMap<>();
        if (last.size() <= BATCH) {
            before.putAll(JdbiProviderRepository.loadByAgb(h, List.copyOf(last.keySet())));
        } else {
            // H2 answers IN lists slowly (about 40 ms per 1,000 codes); one scan of the table is far quicker
            for (Provider p : JdbiProviderRepository.loadAll(h)) {
                if (last.containsKey(p.agbCode())) {
                    before.put(p.agbCode(), p);
                }
            }
        }
        return new ProviderImport(last, before);
    }

    /** An import in progress; {@link #record} writes one IMPORTED entry per provider it changed. */
    final class ProviderImport {
        private final Map<String, Provider> incoming;
        private final Map<String, Provider> before;

        private ProviderImport(Map<String, Provider> incoming, Map<String, Provider> before) {
            this.incoming = incoming;
            this.before = before;
        }

        void record(Handle h) {
            Map<String, Long> ids = new HashMap<>();
            List<String> added = incoming.keySet().stream().filter(agb -> !before.containsKey(agb)).toList();
            if (added.size() > BATCH) {
                h.createQuery("SELECT agb_code, id FROM provider").map((rs, ctx) -> ids.put(rs.getString(1), rs.getLong(2)))
                        .forEach(x -> { });
            } else if (!added.isEmpty()) {
                h.createQuery("SELECT agb_code, id FROM provider WHERE agb_code IN (<agbs>)").bindList("agbs", added)
                        .map((rs, ctx) -> ids.put(rs.getString(1), rs.getLong(2))).forEach(x -> { });
            }
            List<Entry> entries = new ArrayList<>(incoming.size());
            for (Provider p : incoming.values()) {
                Provider was = before.get(p.agbCode());
                Long id = was != null ? was.id() : ids.get(p.agbCode());
                entries.add(new Entry(AuditEntityType.PROVIDER, String.valueOf(id),
                        AuditSnapshots.providerLabel(p.name(), p.agbCode()), AuditAction.IMPORTED,
                        AuditSnapshots.provider(was), AuditSnapshots.provider(p)));
            }
            insertAll(h, entries);
        }
    }

    // ---------------------------------------------------------------------------------------------
    // checklist answers

    /** Starts auditing a change of some of a provider's answers: reads them as they are now. */
    FactChange facts(Handle h, long providerId, Collection<String> fields) {
        return new FactChange(providerId, Set.copyOf(fields), answersOf(h, providerId, fields));
    }

    private static List<FactAnswer> answersOf(Handle h, long providerId, Collection<String> fields) {
        return JdbiFactRepository.answers(h, providerId).stream()
                .filter(a -> fields.contains(AuditSnapshots.factField(a.factKey(), a.insurerId()))).toList();
    }

    /** A change of answers in progress; {@link #record} reads them again and writes the entry. */
    final class FactChange {
        private final long providerId;
        private final Set<String> fields;
        private final List<FactAnswer> before;

        private FactChange(long providerId, Set<String> fields, List<FactAnswer> before) {
            this.providerId = providerId;
            this.fields = fields;
            this.before = before;
        }

        void record(Handle h) {
            List<FactAnswer> after = answersOf(h, providerId, fields);
            String label = h.createQuery("SELECT name, agb_code FROM provider WHERE id = :id").bind("id", providerId)
                    .map((rs, ctx) -> AuditSnapshots.providerLabel(rs.getString(1), rs.getString(2)))
                    .findOne().orElse(String.valueOf(providerId));
            insert(h, new Entry(AuditEntityType.FACTS, String.valueOf(providerId), label, AuditAction.CHANGED,
                    AuditSnapshots.facts(before), AuditSnapshots.facts(after)));
        }
    }

    // ---------------------------------------------------------------------------------------------
    // policies

    /** A policy was stored (inserted or replaced); {@code before} is empty for a new one. */
    void policySaved(Handle h, Optional<PolicyRepository.Stored> before, PolicyRepository.Stored after) {
        insert(h, new Entry(AuditEntityType.POLICY, after.id(), AuditSnapshots.policyLabel(after),
                before.isEmpty() ? AuditAction.CREATED : AuditAction.CHANGED,
                before.map(AuditSnapshots::policy).orElse(null), AuditSnapshots.policy(after)));
    }

    /** Policies were stored by an import (the bundled library); {@code before} by policy id. */
    void policiesImported(Handle h, Map<String, PolicyRepository.Stored> before, List<PolicyRepository.Stored> after) {
        List<Entry> entries = new ArrayList<>();
        for (PolicyRepository.Stored p : after) {
            entries.add(new Entry(AuditEntityType.POLICY, p.id(), AuditSnapshots.policyLabel(p), AuditAction.IMPORTED,
                    AuditSnapshots.policy(before.get(p.id())), AuditSnapshots.policy(p)));
        }
        insertAll(h, entries);
    }

    /** Call before deleting a policy; records nothing when it is gone. */
    void policyDeleting(Handle h, String id) {
        JdbiPolicyRepository.find(h, id).ifPresent(p -> insert(h, new Entry(AuditEntityType.POLICY, id,
                AuditSnapshots.policyLabel(p), AuditAction.DELETED, AuditSnapshots.policy(p), null)));
    }

    // ---------------------------------------------------------------------------------------------
    // quotes

    /** Starts auditing a change of a quote: reads it (with every round) as it is now. */
    QuoteChange quote(Handle h, long quoteId) {
        return new QuoteChange(quoteId, JdbiQuoteRepository.load(h, quoteId).orElse(null));
    }

    /** A change of a quote in progress; {@link #record} reads it again and writes the entry. */
    final class QuoteChange {
        private final long quoteId;
        private final Quote before;

        private QuoteChange(long quoteId, Quote before) {
            this.quoteId = quoteId;
            this.before = before;
        }

        /** Records the change; CREATED when there was no quote before. */
        void record(Handle h, AuditAction action) {
            Optional<Quote> after = JdbiQuoteRepository.load(h, quoteId);
            if (after.isEmpty() && before == null) {
                return;
            }
            Quote named = after.orElse(before);
            insert(h, new Entry(AuditEntityType.QUOTE, String.valueOf(quoteId), AuditSnapshots.quoteLabel(named),
                    before == null ? AuditAction.CREATED : after.isEmpty() ? AuditAction.DELETED : action,
                    AuditSnapshots.quote(before), after.map(AuditSnapshots::quote).orElse(null)));
        }
    }

    /** A quote was just inserted (with the caller's handle): records it as created. */
    void quoteCreated(Handle h, long quoteId) {
        new QuoteChange(quoteId, null).record(h, AuditAction.CREATED);
    }

    /** Call before deleting a quote: records it with every round; nothing when it is gone. */
    void quoteDeleting(Handle h, long quoteId) {
        JdbiQuoteRepository.load(h, quoteId).ifPresent(q -> insert(h, new Entry(AuditEntityType.QUOTE,
                String.valueOf(quoteId), AuditSnapshots.quoteLabel(q), AuditAction.DELETED, AuditSnapshots.quote(q), null)));
    }
}
