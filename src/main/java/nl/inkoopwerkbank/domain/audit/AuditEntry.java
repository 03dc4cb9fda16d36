package nl.inkoopwerkbank.domain.audit;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One recorded change: when, by whom, to which record, what kind of change, and the record's fields
 * before and after it. {@code before} is null for a record that was created, {@code after} is null for
 * one that was deleted. {@code entityLabel} names the record as it was then (a provider's name and
 * AGB-code, a policy's title), so the entry still reads after the record is gone.
 */
public record AuditEntry(long id, Instant at, String actor, AuditEntityType entityType, String entityKey,
                         String entityLabel, AuditAction action, Map<String, String> before,
                         Map<String, String> after) {

    public AuditEntry {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(entityType, "entityType");
        Objects.requireNonNull(entityKey, "entityKey");
        Objects.requireNonNull(action, "action");
        actor = actor == null ? "" : actor;
        entityLabel = entityLabel == null ? "" : entityLabel;
        before = before == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(before));
        after = after == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(after));
    }

    /** The fields this change touched, old and new. */
    public List<FieldChange> changes() {
        return AuditDiff.between(before, after);
    }
}
