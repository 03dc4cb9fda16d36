package nl.inkoopwerkbank.domain.audit;

/** What happened to a record. */
public enum AuditAction {
    /** Made (before is empty). */
    CREATED,
    /** Edited: before and after differ in at least one field. */
    CHANGED,
    /** Removed (after is empty); before keeps everything it held. */
    DELETED,
    /** Written by an import (a provider register, the bundled policies): created or changed. */
    IMPORTED,
    /** A quote got a new round (rounds are appended, never replaced). */
    ROUND_ADDED;

    public String labelKey() {
        return "audit.action." + name();
    }
}
