package nl.inkoopwerkbank.domain.backup;

import java.time.Instant;
import java.util.Map;

/**
 * One backup of the database: when and why it was made, and what it holds.
 *
 * @param id            the backup's file name (unique within the database's backup folder)
 * @param createdAt     when it was made
 * @param reason        why: {@link #DAILY}, {@link #MANUAL}, {@link #MIGRATION}, {@link #IMPORT}, ...
 * @param detail        more about the reason (the imported file's name), or empty
 * @param sizeBytes     size of the backup file
 * @param encrypted     true when the database in it is encrypted (it then needs the passphrase of that day)
 * @param schemaVersion the data version of the database in it
 * @param counts        records per kind ({@link #PROVIDERS}, {@link #POLICIES}, ...); empty when unknown
 */
public record BackupInfo(String id, Instant createdAt, String reason, String detail, long sizeBytes,
                         boolean encrypted, String schemaVersion, Map<String, Long> counts) {

    public static final String DAILY = "dagelijks";
    public static final String MANUAL = "handmatig";
    public static final String MIGRATION = "migratie";
    public static final String IMPORT = "import";
    public static final String BEFORE_RESTORE = "voor-terugzetten";
    public static final String ENCRYPTION = "versleutelen";
    public static final String DECRYPTION = "ontsleutelen";

    public static final String PROVIDERS = "providers";
    public static final String POLICIES = "policies";
    public static final String FACTS = "facts";
    public static final String QUOTES = "quotes";
    public static final String QUOTE_ROUNDS = "quote-rounds";
    public static final String CALENDAR_ITEMS = "calendar-items";
    public static final String AUDIT_ENTRIES = "audit-entries";

    public BackupInfo {
        detail = detail == null ? "" : detail;
        counts = Map.copyOf(counts);
    }

    /** The number of records of a kind, or -1 when the backup does not say. */
    public long count(String kind) {
        return counts.getOrDefault(kind, -1L);
    }
}
