package nl.inkoopwerkbank.domain.audit;

import java.util.List;

/** Reads the audit trail. Written by the store in the same transaction as each change. */
public interface AuditLog {

    /** Every entry of one record, newest first. */
    List<AuditEntry> history(AuditEntityType type, String key);

    /** The latest entries over all records, newest first. */
    List<AuditEntry> recent(int limit);
}
