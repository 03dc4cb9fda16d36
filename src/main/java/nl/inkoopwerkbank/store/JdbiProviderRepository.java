package nl.inkoopwerkbank.store;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import java.util.function.IntConsumer;
import java.util.function.Supplier;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.statement.Query;

import nl.inkoopwerkbank.domain.provider.Insurer;
import nl.inkoopwerkbank.domain.provider.Provider;
import nl.inkoopwerkbank.domain.provider.ProviderContract;
import nl.inkoopwerkbank.domain.provider.ProviderQuery;
import nl.inkoopwerkbank.domain.provider.ProviderRepository;
import nl.inkoopwerkbank.domain.provider.ProviderRow;
import nl.inkoopwerkbank.domain.provider.ProviderType;
import nl.inkoopwerkbank.domain.provider.StaleEditException;

/** Providers in H2 through Jdbi. Search, filter and sort run in SQL, so the list stays fast when it is long. */
public final class JdbiProviderRepository implements ProviderRepository {

    private static final String COLUMNS = "id, agb_code, name, type, kvk_number, street, postcode, place, region, "
            + "contact_person, email, notes, version";

    private final Jdbi jdbi;
    /** Every provider's list row by id (see {@link #rows()}); null until read or after a write. */
    private volatile Map<Long, ProviderRow> rowCache;
    /** Counts finished writes, so a read of the rows that overlapped one is not kept. */
    private final java.util.concurrent.atomic.AtomicLong writes = new java.util.concurrent.atomic.AtomicLong();
    private final AuditWriter audit;

    /** Records changes in the audit trail as the operating system's user. */
    public JdbiProviderRepository(Jdbi jdbi) {
        this(jdbi, AuditWriter.osUser(), java.time.Clock.systemUTC());
    }

    /** Records every change in the audit trail with {@code actor} as who and {@code clock} as when. */
    public JdbiProviderRepository(Jdbi jdbi, Supplier<String> actor, java.time.Clock clock) {
        this.jdbi = jdbi;
        this.audit = new AuditWriter(actor, clock);
    }

    /**
     * The database filters and sorts and returns only the ids, in order; the rows come from {@link #rows()},
     * kept by id. Every typed word must occur (anywhere) in the precomputed search key over name, AGB-code
     * and place (V7).
     */
    @Override
    public List<ProviderRow> search(ProviderQuery q) {
        List<Long> ids = searchIds(q);
        Map<Long, ProviderRow> byId = rows();
        List<ProviderRow> out = new ArrayList<>(ids.size());
        for (Long id : ids) {
            ProviderRow row = byId.get(id);
            if (row == null) {
                // written between the two reads (another thread saved or imported): read the rows again
                byId = loadRows();
                row = byId.get(id);
            }
            if (row != null) {
                out.add(row);
            }
        }
        return out;
    }

    /** The words of a search text, lower case, split on white space; none for a blank text. */
    static List<String> searchWords(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return List.of(text.trim().toLowerCase(Locale.ROOT).split("\\s+"));
    }

    /** The ids of the providers the query finds, in its order. */
    List<Long> searchIds(ProviderQuery q) {
        StringBuilder sql = new StringBuilder("SELECT p.id FROM provider p WHERE 1 = 1");
        List<String> words = searchWords(q.text());
        for (int i = 0; i < words.size(); i++) {
            // one precomputed lower-case key over name, AGB-code and place (V7), tab-separated
            sql.append(" AND p.search_key LIKE :w").append(i).append(" ESCAPE '!'");
        }
        if (q.type() != null) {
            sql.append(" AND p.type = :type");
        }
        if (q.region() != null) {
            sql.append(" AND p.region = :region");
        }
        if (q.contractStatus() != null) {
            String exists = "EXISTS (SELECT 1 FROM provider_contract c WHERE c.provider_id = p.id"
                    + (q.insurerId() != null ? " AND c.insurer_id = :insurer)" : ")");
            sql.append(q.contractStatus() == ProviderQuery.ContractStatus.CONTRACTED ? " AND " : " AND NOT ").append(exists);
        }
        String dir = q.ascending() ? " ASC" : " DESC";
        String order = switch (q.sortKey() == null ? ProviderQuery.SortKey.NAME : q.sortKey()) {
            case AGB_CODE -> "p.agb_code" + dir;
            case TYPE -> "p.type" + dir + ", p.name_key";
            case PLACE -> "LOWER(p.place)" + dir + ", p.name_key";
            case REGION -> "LOWER(p.region)" + dir + ", p.name_key";
            case NAME -> "p.name_key" + dir;
        };
        sql.append(" ORDER BY ").append(order).append(", p.id");
        return jdbi.withHandle(h -> {
            Query query = h.createQuery(sql.toString());
            for (int i = 0; i < words.size(); i++) {
                query.bind("w" + i, "%" + escapeLike(words.get(i)) + "%");
            }
            if (q.type() != null) {
                query.bind("type", q.type().name());
            }
            if (q.region() != null) {
                query.bind("region", q.region());
            }
            if (q.contractStatus() != null && q.insurerId() != null) {
                query.bind("insurer", q.insurerId());
            }
            List<Long> ids = new ArrayList<>();
            query.map((rs, ctx) -> rs.getLong(1)).forEach(ids::add);
            return ids;
        });
    }

    /**
     * Every provider's list row by id, read once and kept until this repository writes a provider (save,
     * delete, import): it is the only writer of providers and their contracts.
     */
    Map<Long, ProviderRow> rows() {
        Map<Long, ProviderRow> cached = rowCache;
        return cached != null ? cached : loadRows();
    }

    private Map<Long, ProviderRow> loadRows() {
        long stamp = writes.get();
        Map<Long, ProviderRow> loaded = jdbi.withHandle(h -> {
            Map<Long, List<String>> contracts = new HashMap<>();
            h.createQuery("SELECT c.provider_id, c.insurer_id FROM provider_contract c JOIN insurer i ON i.id = c.insurer_id "
                    + "ORDER BY c.provider_id, i.sort_order")
                    .map((rs, ctx) -> {
                        contracts.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>(4)).add(rs.getString(2));
                        return null;
                    }).forEach(x -> { });
            Map<Long, ProviderRow> out = new HashMap<>();
            h.createQuery("SELECT p.id, p.agb_code, p.name, p.type, p.place, p.region FROM provider p")
                    .map((rs, ctx) -> new ProviderRow(rs.getLong(1), rs.getString(2), rs.getString(3),
                            ProviderType.valueOf(rs.getString(4)), rs.getString(5), rs.getString(6),
                            contracts.getOrDefault(rs.getLong(1), List.of())))
                    .forEach(r -> out.put(r.id(), r));
            return java.util.Collections.unmodifiableMap(out);
        });
        synchronized (writes) {
            // kept only when no write finished while reading: otherwise the next search reads again
            if (writes.get() == stamp) {
                rowCache = loaded;
            }
        }
        return loaded;
    }

    /** After a write (committed or not): the kept rows are read again on the next search. */
    private <T> T writing(java.util.function.Supplier<T> write) {
        try {
            return write.get();
        } finally {
            synchronized (writes) {
                writes.incrementAndGet();
                rowCache = null;
            }
        }
    }

    /** Makes {@code %} and {@code _} literal; {@code !} is the escape character (Jdbi reserves the backslash). */
    static String escapeLike(String s) {
        return s.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }

    @Override
    public Optional<Provider> find(long id) {
        return jdbi.withHandle(h -> load(h, "id = :v", id));
    }

    @Override
    public Optional<Provider> findByAgb(String agbCode) {
        return jdbi.withHandle(h -> load(h, "agb_code = :v", agbCode));
    }

    /** A provider with its contracts, read with the caller's handle (inside its transaction). */
    static Optional<Provider> loadById(Handle h, long id) {
        return load(h, "id = :v", id);
    }

    /** The providers with these AGB-codes, with their contracts, by AGB-code (one query each for rows and contracts). */
    static Map<String, Provider> loadByAgb(Handle h, List<String> agbCodes) {
        Map<String, Provider> out = new LinkedHashMap<>();
        if (agbCodes.isEmpty()) {
            return out;
        }
        List<Provider> rows = h.createQuery("SELECT " + COLUMNS + " FROM provider WHERE agb_code IN (<agbs>)")
                .bindList("agbs", agbCodes).map((rs, ctx) -> mapProvider(rs, List.of())).list();
        if (rows.isEmpty()) {
            return out;
        }
        Map<Long, List<ProviderContract>> contracts = new LinkedHashMap<>();
        h.createQuery("SELECT c.provider_id, c.insurer_id, c.since FROM provider_contract c JOIN insurer i ON i.id = c.insurer_id "
                        + "WHERE c.provider_id IN (<ids>) ORDER BY c.provider_id, i.sort_order")
                .bindList("ids", rows.stream().map(Provider::id).toList())
                .map((rs, ctx) -> contracts.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                        .add(new ProviderContract(rs.getString(2), toLocalDate(rs.getDate(3)))))
                .forEach(x -> { });
        for (Provider p : rows) {
            out.put(p.agbCode(), withContracts(p, contracts.getOrDefault(p.id(), List.of())));
        }
        return out;
    }

    private static Optional<Provider> load(Handle h, String where, Object value) {
        Optional<Provider> base = h.createQuery("SELECT " + COLUMNS + " FROM provider WHERE " + where)
                .bind("v", value)
                .map((rs, ctx) -> mapProvider(rs, List.of()))
                .findOne();
        return base.map(p -> withContracts(p, contracts(h, p.id())));
    }

    private static Provider mapProvider(java.sql.ResultSet rs, List<ProviderContract> contracts) throws java.sql.SQLException {
        return new Provider(rs.getLong("id"), rs.getString("agb_code"), rs.getString("name"),
                ProviderType.valueOf(rs.getString("type")), rs.getString("kvk_number"), rs.getString("street"),
                rs.getString("postcode"), rs.getString("place"), rs.getString("region"),
                rs.getString("contact_person"), rs.getString("email"), contracts, rs.getString("notes"),
                rs.getInt("version"));
    }

    private static Provider withContracts(Provider p, List<ProviderContract> contracts) {
        return new Provider(p.id(), p.agbCode(), p.name(), p.type(), p.kvkNumber(), p.street(), p.postcode(),
                p.place(), p.region(), p.contactPerson(), p.email(), contracts, p.notes(), p.version());
    }

    private static List<ProviderContract> contracts(Handle h, long providerId) {
        return h.createQuery("SELECT c.insurer_id, c.since FROM provider_contract c JOIN insurer i ON i.id = c.insurer_id "
                        + "WHERE c.provider_id = :id ORDER BY i.sort_order")
                .bind("id", providerId)
                .map((rs, ctx) -> new ProviderContract(rs.getString(1), toLocalDate(rs.getDate(2))))
                .list();
    }

    private static LocalDate toLocalDate(Date d) {
        return d == null ? null : d.toLocalDate();
    }

    @Override
    public List<Provider> findAll() {
        return jdbi.withHandle(JdbiProviderRepository::loadAll);
    }

    /** Every provider with its contracts, by AGB-code, read with the caller's handle (two queries). */
    static List<Provider> loadAll(Handle h) {
        Map<Long, List<ProviderContract>> contracts = new LinkedHashMap<>();
        h.createQuery("SELECT c.provider_id, c.insurer_id, c.since FROM provider_contract c "
                        + "JOIN insurer i ON i.id = c.insurer_id ORDER BY c.provider_id, i.sort_order")
                .map((rs, ctx) -> {
                    contracts.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                            .add(new ProviderContract(rs.getString(2), toLocalDate(rs.getDate(3))));
                    return 0;
                }).list();
        return h.createQuery("SELECT " + COLUMNS + " FROM provider ORDER BY agb_code")
                .map((rs, ctx) -> mapProvider(rs, contracts.getOrDefault(rs.getLong("id"), List.of())))
                .list();
    }

    @Override
    public Provider save(Provider p) {
        return writing(() -> jdbi.inTransaction(h -> {
            Provider before = p.isNew() ? null : loadById(h, p.id()).orElse(null);
            Provider saved = saveIn(h, p);
            audit.providerSaved(h, before, saved);
            return saved;
        }));
    }

    private Provider saveIn(Handle h, Provider p) {
        long id;
        int version;
        if (p.isNew()) {
            id = h.createUpdate("INSERT INTO provider (agb_code, name, type, kvk_number, street, postcode, place, region, "
                            + "contact_person, email, notes) VALUES (:agb, :name, :type, :kvk, :street, :postcode, :place, "
                            + ":region, :contact, :email, :notes)")
                    .bindMap(params(p))
                    .executeAndReturnGeneratedKeys("id")
                    .mapTo(Long.class)
                    .one();
            version = 0;
        } else {
            int rows = h.createUpdate("UPDATE provider SET agb_code = :agb, name = :name, type = :type, kvk_number = :kvk, "
                            + "street = :street, postcode = :postcode, place = :place, region = :region, "
                            + "contact_person = :contact, email = :email, notes = :notes, version = version + 1, "
                            + "updated_at = CURRENT_TIMESTAMP WHERE id = :id AND version = :version")
                    .bindMap(params(p))
                    .bind("id", p.id())
                    .bind("version", p.version())
                    .execute();
            if (rows != 1) {
                throw new StaleEditException(p.agbCode());
            }
            id = p.id();
            version = p.version() + 1;
            h.createUpdate("DELETE FROM provider_contract WHERE provider_id = :id").bind("id", id).execute();
        }
        for (ProviderContract c : p.contracts()) {
            h.createUpdate("INSERT INTO provider_contract (provider_id, insurer_id, since) VALUES (:id, :insurer, :since)")
                    .bind("id", id)
                    .bind("insurer", c.insurerId())
                    .bind("since", c.since())
                    .execute();
        }
        return p.withId(id, version);
    }

    private static Map<String, Object> params(Provider p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("agb", p.agbCode());
        m.put("name", p.name());
        m.put("type", p.type().name());
        m.put("kvk", emptyToNull(p.kvkNumber()));
        m.put("street", emptyToNull(p.street()));
        m.put("postcode", emptyToNull(p.postcode()));
        m.put("place", p.place());
        m.put("region", p.region());
        m.put("contact", emptyToNull(p.contactPerson()));
        m.put("email", emptyToNull(p.email()));
        m.put("notes", emptyToNull(p.notes()));
        return m;
    }

    private static String emptyToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    @Override
    public boolean delete(long id) {
        return writing(() -> jdbi.inTransaction(h -> {
            audit.providerDeleting(h, id);
            return h.createUpdate("DELETE FROM provider WHERE id = :id").bind("id", id).execute() == 1;
        }));
    }

    /** How many providers an import stores per batch of statements. */
    static final int BATCH = 1_000;

    @Override
    public ImportResult upsertAll(List<Provider> providers) {
        return upsertAll(providers, stored -> { }, () -> false);
    }

    /**
     * One transaction, in batches of {@value #BATCH}: per batch the existing AGB-codes are looked up in one
     * query, then the updates, the inserts (returning their ids, in order) and the contracts go to the
     * database as JDBC batches. A cancellation between batches rolls everything back.
     */
    @Override
    public ImportResult upsertAll(List<Provider> providers, IntConsumer stored, BooleanSupplier cancelled) {
        return writing(() -> upsertAllIn(providers, stored, cancelled));
    }

    private ImportResult upsertAllIn(List<Provider> providers, IntConsumer stored, BooleanSupplier cancelled) {
        return jdbi.inTransaction(h -> {
            AuditWriter.ProviderImport audited = audit.providerImport(h, providers);
            int inserted = 0;
            int updated = 0;
            for (int from = 0; from < providers.size(); from += BATCH) {
                if (cancelled.getAsBoolean()) {
                    throw new CancellationException();
                }
                List<Provider> part = providers.subList(from, Math.min(providers.size(), from + BATCH));
                Map<String, Long> existing = idsByAgb(h, part);
                PreparedBatch updates = h.prepareBatch("UPDATE provider SET agb_code = :agb, name = :name, type = :type, "
                        + "kvk_number = :kvk, street = :street, postcode = :postcode, place = :place, region = :region, "
                        + "contact_person = :contact, email = :email, notes = :notes, version = version + 1, "
                        + "updated_at = CURRENT_TIMESTAMP WHERE id = :id");
                PreparedBatch inserts = h.prepareBatch("INSERT INTO provider (agb_code, name, type, kvk_number, street, "
                        + "postcode, place, region, contact_person, email, notes) VALUES (:agb, :name, :type, :kvk, :street, "
                        + ":postcode, :place, :region, :contact, :email, :notes)");
                for (Provider p : part) {
                    Long id = existing.get(p.agbCode());
                    if (id != null) {
                        updates.bindMap(params(p)).bind("id", id).add();
                    } else {
                        inserts.bindMap(params(p)).add();
                    }
                }
                if (updates.size() > 0) {
                    h.createUpdate("DELETE FROM provider_contract WHERE provider_id IN (<ids>)")
                            .bindList("ids", List.copyOf(existing.values())).execute();
                    updated += updates.size();
                    updates.execute();
                }
                Map<String, Long> ids = existing;
                if (inserts.size() > 0) {
                    inserted += inserts.size();
                    Iterator<Long> newIds = inserts.executePreparedBatch("id").mapTo(Long.class).list().iterator();
                    ids = new HashMap<>(existing);
                    for (Provider p : part) {
                        if (!existing.containsKey(p.agbCode())) {
                            ids.put(p.agbCode(), newIds.next());
                        }
                    }
                }
                PreparedBatch contracts = h.prepareBatch(
                        "INSERT INTO provider_contract (provider_id, insurer_id, since) VALUES (:id, :insurer, :since)");
                for (Provider p : part) {
                    for (ProviderContract c : p.contracts()) {
                        contracts.bind("id", ids.get(p.agbCode())).bind("insurer", c.insurerId()).bind("since", c.since()).add();
                    }
                }
                if (contracts.size() > 0) {
                    contracts.execute();
                }
                stored.accept(from + part.size());
            }
            audited.record(h);
            return new ImportResult(inserted, updated);
        });
    }

    /** The ids of those of these providers whose AGB-code is in the database, in one query. */
    private static Map<String, Long> idsByAgb(Handle h, List<Provider> providers) {
        Map<String, Long> out = new HashMap<>();
        if (providers.isEmpty()) {
            return out;
        }
        h.createQuery("SELECT agb_code, id FROM provider WHERE agb_code IN (<agbs>)")
                .bindList("agbs", providers.stream().map(Provider::agbCode).toList())
                .map((rs, ctx) -> Map.entry(rs.getString(1), rs.getLong(2)))
                .forEach(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }

    @Override
    public boolean agbCodeTaken(String agbCode, Long exceptId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM provider WHERE agb_code = :agb AND id <> :id")
                .bind("agb", agbCode)
                .bind("id", exceptId == null ? -1L : exceptId)
                .mapTo(Long.class).one() > 0);
    }

    @Override
    public long count() {
        return jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM provider").mapTo(Long.class).one());
    }

    @Override
    public long countWithoutContract() {
        return jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM provider p WHERE NOT EXISTS "
                + "(SELECT 1 FROM provider_contract c WHERE c.provider_id = p.id)").mapTo(Long.class).one());
    }

    @Override
    public List<String> regions() {
        return jdbi.withHandle(h -> h.createQuery("SELECT DISTINCT region FROM provider ORDER BY region")
                .mapTo(String.class).list());
    }

    @Override
    public List<Insurer> insurers() {
        return jdbi.withHandle(h -> h.createQuery("SELECT id, name, short_name FROM insurer ORDER BY sort_order")
                .map((rs, ctx) -> new Insurer(rs.getString(1), rs.getString(2), rs.getString(3))).list());
    }

    @Override
    public Map<ProviderType, Long> countByType() {
        Map<ProviderType, Long> out = new EnumMap<>(ProviderType.class);
        jdbi.useHandle(h -> h.createQuery("SELECT type, COUNT(*) FROM provider GROUP BY type")
                .map((rs, ctx) -> out.put(ProviderType.valueOf(rs.getString(1)), rs.getLong(2))).list());
        return out;
    }

    @Override
    public Map<String, Map<ProviderType, Long>> contractedByInsurerAndType() {
        Map<String, Map<ProviderType, Long>> out = new LinkedHashMap<>();
        jdbi.useHandle(h -> h.createQuery("SELECT c.insurer_id, p.type, COUNT(*) FROM provider_contract c "
                        + "JOIN provider p ON p.id = c.provider_id GROUP BY c.insurer_id, p.type")
                .map((rs, ctx) -> out.computeIfAbsent(rs.getString(1), k -> new EnumMap<>(ProviderType.class))
                        .put(ProviderType.valueOf(rs.getString(2)), rs.getLong(3)))
                .list());
        return out;
    }
}
