package nl.inkoopwerkbank.store;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

import nl.inkoopwerkbank.domain.policy.PolicyRepository;

/** Policies and the fact catalogue as documents in H2. */
public final class JdbiPolicyRepository implements PolicyRepository {

    private static final String COLUMNS = "id, insurer_id, policy_year, care_domain, title, document, source_file";

    private final Jdbi jdbi;
    private final AuditWriter audit;

    /** Records changes in the audit trail as the operating system's user. */
    public JdbiPolicyRepository(Jdbi jdbi) {
        this(jdbi, AuditWriter.osUser(), java.time.Clock.systemUTC());
    }

    /** Records every change of a policy in the audit trail with {@code actor} as who and {@code clock} as when. */
    public JdbiPolicyRepository(Jdbi jdbi, Supplier<String> actor, java.time.Clock clock) {
        this.jdbi = jdbi;
        this.audit = new AuditWriter(actor, clock);
    }

    private static Stored map(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Stored(rs.getString("id"), rs.getString("insurer_id"), rs.getInt("policy_year"), rs.getString("care_domain"),
                rs.getString("title"), rs.getString("document"), rs.getString("source_file"));
    }

    @Override
    public List<Stored> all() {
        return jdbi.withHandle(h -> h.createQuery("SELECT p.id, p.insurer_id, p.policy_year, p.care_domain, p.title, p.document, p.source_file "
                        + "FROM policy p JOIN insurer i ON i.id = p.insurer_id ORDER BY i.sort_order, p.policy_year DESC, p.care_domain, p.id")
                .map((rs, ctx) -> map(rs)).list());
    }

    @Override
    public long count() {
        return jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM policy").mapTo(Long.class).one());
    }

    @Override
    public Optional<Stored> find(String id) {
        return jdbi.withHandle(h -> find(h, id));
    }

    /** A stored policy, read with the caller's handle (inside its transaction). */
    static Optional<Stored> find(Handle h, String id) {
        return h.createQuery("SELECT " + COLUMNS + " FROM policy WHERE id = :id").bind("id", id)
                .map((rs, ctx) -> map(rs)).findOne();
    }

    @Override
    public void save(Stored p) {
        jdbi.useTransaction(h -> {
            Optional<Stored> before = find(h, p.id());
            upsert(h, p);
            audit.policySaved(h, before, p);
        });
    }

    private static void upsert(Handle h, Stored p) {
        h.createUpdate("MERGE INTO policy (id, insurer_id, policy_year, care_domain, title, document, source_file, updated_at) "
                        + "KEY (id) VALUES (:id, :insurer, :year, :domain, :title, :document, :source, CURRENT_TIMESTAMP)")
                .bind("id", p.id()).bind("insurer", p.insurerId()).bind("year", p.year()).bind("domain", p.domain())
                .bind("title", p.title()).bind("document", p.document()).bind("source", p.sourceFile())
                .execute();
    }

    @Override
    public void saveAll(String factCatalogDocument, List<Stored> policies) {
        jdbi.useTransaction(h -> {
            h.createUpdate("MERGE INTO fact_catalog (id, document, updated_at) KEY (id) VALUES (1, :doc, CURRENT_TIMESTAMP)")
                    .bind("doc", factCatalogDocument).execute();
            Map<String, Stored> before = new java.util.HashMap<>();
            policies.forEach(p -> find(h, p.id()).ifPresent(s -> before.put(s.id(), s)));
            for (Stored p : policies) {
                upsert(h, p);
            }
            audit.policiesImported(h, before, policies);
        });
    }

    @Override
    public boolean delete(String id) {
        return jdbi.inTransaction(h -> {
            audit.policyDeleting(h, id);
            return h.createUpdate("DELETE FROM policy WHERE id = :id").bind("id", id).execute() == 1;
        });
    }

    @Override
    public Optional<String> factCatalog() {
        return jdbi.withHandle(h -> h.createQuery("SELECT document FROM fact_catalog WHERE id = 1")
                .mapTo(String.class).findOne());
    }
}
