package nl.inkoopwerkbank.service;

import java.text.NumberFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import nl.inkoopwerkbank.domain.backup.BackupInfo;
import nl.inkoopwerkbank.i18n.Messages;

/**
 * The words of a backup: when ({@code 21 november 2026 14:05}), why, how big ({@code 1,2 MB}) and what it
 * holds ({@code 73 aanbieders, 5 beleidsstukken, 4 offertes}). Numbers follow the chosen language.
 */
public final class BackupTexts {

    /** The kinds a backup counts, in the order they are shown. */
    static final List<String> KINDS = List.of(BackupInfo.PROVIDERS, BackupInfo.POLICIES, BackupInfo.FACTS,
            BackupInfo.QUOTES, BackupInfo.QUOTE_ROUNDS, BackupInfo.CALENDAR_ITEMS, BackupInfo.AUDIT_ENTRIES);
    /** The kinds named in the one-line summary of a backup. */
    static final List<String> SUMMARY_KINDS = List.of(BackupInfo.PROVIDERS, BackupInfo.POLICIES, BackupInfo.QUOTES);

    private final Messages messages;
    private final ZoneId zone;

    public BackupTexts(Messages messages) {
        this(messages, ZoneId.systemDefault());
    }

    public BackupTexts(Messages messages, ZoneId zone) {
        this.messages = messages;
        this.zone = zone;
    }

    public Messages messages() {
        return messages;
    }

    /** {@code 21 november 2026 14:05} in the local time zone. */
    public String when(Instant at) {
        return DateTimeFormatter.ofPattern("d MMMM yyyy HH:mm", messages.locale()).withZone(zone).format(at);
    }

    /** {@code 850 bytes}, {@code 12 kB}, {@code 1,2 MB}, {@code 2,4 GB} (powers of 1000). */
    public String size(long bytes) {
        NumberFormat one = NumberFormat.getNumberInstance(messages.locale());
        one.setMaximumFractionDigits(1);
        one.setMinimumFractionDigits(0);
        if (bytes < 1000) {
            return messages.get("backups.size.bytes", bytes);
        }
        if (bytes < 1_000_000) {
            NumberFormat whole = NumberFormat.getIntegerInstance(messages.locale());
            return messages.get("backups.size.kb", whole.format(Math.round(bytes / 1000.0)));
        }
        if (bytes < 1_000_000_000) {
            return messages.get("backups.size.mb", one.format(bytes / 1_000_000.0));
        }
        return messages.get("backups.size.gb", one.format(bytes / 1_000_000_000.0));
    }

    /** Why the backup was made, in words. */
    public String reason(BackupInfo b) {
        return switch (b.reason()) {
            case BackupInfo.DAILY -> messages.get("backups.reason.daily");
            case BackupInfo.MANUAL -> messages.get("backups.reason.manual");
            case BackupInfo.MIGRATION -> messages.get("backups.reason.migration");
            case BackupInfo.IMPORT -> b.detail().isBlank() ? messages.get("backups.reason.import")
                    : messages.get("backups.reason.import.detail", b.detail());
            case BackupInfo.BEFORE_RESTORE -> messages.get("backups.reason.before-restore");
            case BackupInfo.ENCRYPTION -> messages.get("backups.reason.encryption");
            case BackupInfo.DECRYPTION -> messages.get("backups.reason.decryption");
            default -> b.reason();
        };
    }

    /** A number of records of a kind in words: {@code 73 aanbieders}, {@code 1 offerte}. */
    public String count(String kind, long n) {
        return switch (kind) {
            case BackupInfo.PROVIDERS -> messages.get("backups.count.providers", n);
            case BackupInfo.POLICIES -> messages.get("backups.count.policies", n);
            case BackupInfo.FACTS -> messages.get("backups.count.facts", n);
            case BackupInfo.QUOTES -> messages.get("backups.count.quotes", n);
            case BackupInfo.QUOTE_ROUNDS -> messages.get("backups.count.quote-rounds", n);
            case BackupInfo.CALENDAR_ITEMS -> messages.get("backups.count.calendar-items", n);
            case BackupInfo.AUDIT_ENTRIES -> messages.get("backups.count.audit-entries", n);
            default -> kind + ": " + n;
        };
    }

    /** True when the backup says what it holds. */
    public static boolean contentsKnown(BackupInfo b) {
        return !b.counts().isEmpty();
    }

    /** {@code 73 aanbieders, 5 beleidsstukken, 4 offertes}, or "inhoud onbekend". */
    public String summary(BackupInfo b) {
        if (!contentsKnown(b)) {
            return messages.get("backups.contents.unknown");
        }
        List<String> parts = new ArrayList<>();
        for (String kind : SUMMARY_KINDS) {
            if (b.count(kind) >= 0) {
                parts.add(count(kind, b.count(kind)));
            }
        }
        return parts.isEmpty() ? messages.get("backups.contents.unknown") : String.join(", ", parts);
    }

    /** Every counted kind, one phrase each ({@code 12 offerterondes}); empty when the contents are unknown. */
    public List<String> contents(BackupInfo b) {
        List<String> out = new ArrayList<>();
        for (String kind : KINDS) {
            if (b.count(kind) >= 0) {
                out.add(count(kind, b.count(kind)));
            }
        }
        for (String kind : b.counts().keySet()) {
            if (!KINDS.contains(kind)) {
                out.add(count(kind, b.count(kind)));
            }
        }
        return out;
    }

    /** {@code Back-up van 21 november 2026 08:00 – 73 aanbieders, 5 beleidsstukken, 4 offertes}. */
    public String line(BackupInfo b) {
        return messages.get("backups.line", when(b.createdAt()), summary(b));
    }

    /** {@code Back-up van 21 november 2026 08:00}. */
    public String title(BackupInfo b) {
        return messages.get("backups.title-of", when(b.createdAt()));
    }
}
