package nl.inkoopwerkbank.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jdbi.v3.core.Jdbi;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import nl.inkoopwerkbank.domain.audit.AuditAction;
import nl.inkoopwerkbank.domain.audit.AuditEntityType;
import nl.inkoopwerkbank.domain.audit.AuditEntry;
import nl.inkoopwerkbank.domain.audit.AuditLog;

/** Reads the audit trail that the repositories write through {@link AuditWriter}. */
public final class JdbiAuditLog implements AuditLog {

    /** Jackson is set up on first use, not when the database opens. */
    private static final class Json {
        static final ObjectMapper MAPPER = new ObjectMapper();
    }
    private static final TypeReference<LinkedHashMap<String, String>> MAP = new TypeReference<>() {
    };
    private static final String COLUMNS = "id, at, actor, entity_type, entity_key, entity_label, action, before, after";

    private final Jdbi jdbi;

    public JdbiAuditLog(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public List<AuditEntry> history(AuditEntityType type, String key) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM audit_entry "
                        + "WHERE entity_type = :type AND entity_key = :key ORDER BY at DESC, id DESC")
                .bind("type", type.name()).bind("key", key)
                .map((rs, ctx) -> entry(rs)).list());
    }

    @Override
    public List<AuditEntry> recent(int limit) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM audit_entry ORDER BY at DESC, id DESC "
                        + "FETCH FIRST :n ROWS ONLY")
                .bind("n", Math.max(0, limit))
                .map((rs, ctx) -> entry(rs)).list());
    }

    private static AuditEntry entry(ResultSet rs) throws SQLException {
        return new AuditEntry(rs.getLong("id"), rs.getObject("at", java.time.OffsetDateTime.class).toInstant(),
                rs.getString("actor"), AuditEntityType.valueOf(rs.getString("entity_type")), rs.getString("entity_key"),
                rs.getString("entity_label"), AuditAction.valueOf(rs.getString("action")),
                map(rs.getString("before")), map(rs.getString("after")));
    }

    static Map<String, String> map(String json) {
        if (json == null) {
            return null;
        }
        try {
            return Json.MAPPER.readValue(json, MAP);
        } catch (IOException e) {
            throw new UncheckedIOException("An audit entry cannot be read", e);
        }
    }
}
