package nl.inkoopwerkbank.service;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.inkoopwerkbank.domain.assessment.FactValue;
import nl.inkoopwerkbank.domain.audit.AuditDiff;
import nl.inkoopwerkbank.domain.audit.AuditEntityType;
import nl.inkoopwerkbank.domain.audit.AuditEntry;
import nl.inkoopwerkbank.domain.audit.AuditLog;
import nl.inkoopwerkbank.domain.audit.FieldChange;
import nl.inkoopwerkbank.domain.fact.FactCatalog;
import nl.inkoopwerkbank.domain.fact.FactDefinition;
import nl.inkoopwerkbank.domain.format.Formats;
import nl.inkoopwerkbank.domain.provider.Insurer;
import nl.inkoopwerkbank.domain.provider.ProviderType;
import nl.inkoopwerkbank.domain.quote.BoardDiscipline;
import nl.inkoopwerkbank.domain.quote.Discipline;
import nl.inkoopwerkbank.domain.quote.LegalForm;
import nl.inkoopwerkbank.domain.quote.MonoClaims;
import nl.inkoopwerkbank.domain.quote.RoundSide;
import nl.inkoopwerkbank.domain.quote.SchoningStatus;
import nl.inkoopwerkbank.i18n.Messages;
import nl.inkoopwerkbank.io.PolicyDocument;
import nl.inkoopwerkbank.io.YamlFields;

/**
 * Reads the audit trail (docs/audit-trail.md) and puts it into words: for one record, every change
 * newest first, with when, who, what and each changed field's old and new value as the buyer reads them.
 */
public final class AuditService {

    /** One changed field as shown: its name, the value before and after ({@code —} when there was none). */
    public record Change(String field, String before, String after) {
    }

    /**
     * One entry as shown: {@code when} as {@code 23 november 2026 14:05}, who, the action, a short list of
     * the fields it changed, and the changes themselves.
     */
    public record Item(AuditEntry entry, String when, String who, String action, String summary, List<Change> changes) {
    }

    private static final int SUMMARY_FIELDS = 3;
    private static final Pattern ROUND = Pattern.compile("round\\.(\\d+)\\.(.+)");
    private static final Pattern LIST_ITEM = Pattern.compile("([A-Za-z.]+)\\[(\\d+)\\](?:\\.(\\w+))?");
    private static final Pattern DECIMAL = Pattern.compile("-?\\d+\\.\\d+");
    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");
    /** Quote fields that hold euros (a reference line's perBirth is a count per birth, not an amount). */
    private static final java.util.Set<String> AMOUNTS = java.util.Set.of("financingRequest", "amount", "enteredPerBirth",
            "tariff");

    private static final Map<String, String> PROVIDER_FIELDS = Map.ofEntries(
            Map.entry("agbCode", "audit.provider.agbCode"), Map.entry("name", "audit.provider.name"),
            Map.entry("type", "audit.provider.type"), Map.entry("kvkNumber", "audit.provider.kvkNumber"),
            Map.entry("street", "audit.provider.street"), Map.entry("postcode", "audit.provider.postcode"),
            Map.entry("place", "audit.provider.place"), Map.entry("region", "audit.provider.region"),
            Map.entry("contactPerson", "audit.provider.contactPerson"), Map.entry("email", "audit.provider.email"),
            Map.entry("notes", "audit.provider.notes"));
    private static final Map<String, String> EVIDENCE_FIELDS = Map.of(
            "source", "audit.facts.source", "checkedOn", "audit.facts.checkedOn", "checkedBy", "audit.facts.checkedBy");
    private static final Map<String, String> POLICY_FIELDS = Map.of(
            "insurer", "audit.policy.insurer", "year", "audit.policy.year", "domain", "audit.policy.domain",
            "title", "audit.policy.title", "sourceFile", "audit.policy.sourceFile", "document", "audit.policy.document");
    private static final Map<String, String> QUOTE_FIELDS = Map.of(
            "igo", "audit.quote.igo", "contractYear", "audit.quote.contractYear", "insurer", "audit.quote.insurer");
    /** Round fields whose screen label does not read on its own. */
    private static final Map<String, String> ROUND_FIELDS = Map.of(
            "agreed", "audit.quote.agreed", "accounts.received", "audit.quote.accountsReceived",
            "accounts.approved", "audit.quote.accountsApproved", "confirmedItems", "audit.quote.confirmedItems");

    private final AuditLog log;
    private final ProviderService providers;
    private final PolicyService policies;
    private final Supplier<FactCatalog> catalog;
    private final ZoneId zone;

    /**
     * @param catalog the fact catalogue (names the checklist's questions)
     * @param zone    the time zone the times are shown in
     */
    public AuditService(AuditLog log, ProviderService providers, PolicyService policies, Supplier<FactCatalog> catalog,
                        ZoneId zone) {
        this.log = log;
        this.providers = providers;
        this.policies = policies;
        this.catalog = catalog;
        this.zone = zone;
    }

    /** The entries of one record, newest first, as stored. */
    public List<AuditEntry> entries(AuditEntityType type, String key) {
        return log.history(type, key);
    }

    /** The history of one record, newest first, in words. */
    public List<Item> history(AuditEntityType type, String key, Messages messages) {
        Texts t = new Texts(messages);
        return entries(type, key).stream().map(t::item).toList();
    }

    /** The fields an entry changed, with policy documents compared field by field. */
    public List<FieldChange> changes(AuditEntry e) {
        if (e.entityType() == AuditEntityType.POLICY) {
            return AuditDiff.between(expandPolicy(e.entityKey(), e.before()), expandPolicy(e.entityKey(), e.after()));
        }
        return e.changes();
    }

    /**
     * A policy's snapshot with its document replaced by the document's values by path. The document is
     * first read and written back the way the workbench writes policies, so a file's comments, layout and
     * spelled-out defaults do not show as changes when the workbench first saves it.
     */
    private Map<String, String> expandPolicy(String id, Map<String, String> snapshot) {
        if (snapshot == null || !snapshot.containsKey("document")) {
            return snapshot;
        }
        String document = snapshot.get("document");
        String canonical = policies.parse(document, id).map(PolicyDocument::toYaml).orElse(document);
        Optional<Map<String, String>> fields = YamlFields.flatten(canonical);
        if (fields.isEmpty()) {
            return snapshot;
        }
        // id, insurer, year, domain and title are in the document too; only the file name is not
        Map<String, String> out = new LinkedHashMap<>(fields.get());
        if (snapshot.containsKey("sourceFile")) {
            out.put("@sourceFile", snapshot.get("sourceFile"));
        }
        return out;
    }

    /** The words of one call (one language). */
    private final class Texts {
        private final Messages m;
        private final DateTimeFormatter when;
        private Map<String, String> insurerNames;
        private AssessmentTexts facts;

        Texts(Messages m) {
            this.m = m;
            this.when = DateTimeFormatter.ofPattern("d MMMM yyyy HH:mm", m.locale());
        }

        Item item(AuditEntry e) {
            List<Change> shown = new ArrayList<>();
            for (FieldChange c : changes(e)) {
                shown.add(new Change(label(e.entityType(), c.field()), value(e.entityType(), c.field(), c.before()),
                        value(e.entityType(), c.field(), c.after())));
            }
            List<String> names = shown.stream().map(Change::field).distinct().toList();
            String summary = String.join(", ", names.subList(0, Math.min(SUMMARY_FIELDS, names.size())));
            if (names.size() > SUMMARY_FIELDS) {
                summary += " " + m.get("audit.summary.more", names.size() - SUMMARY_FIELDS);
            }
            return new Item(e, when.format(e.at().atZone(zone)), e.actor(), m.get(e.action().labelKey()), summary, shown);
        }

        // ---- field names

        String label(AuditEntityType type, String field) {
            return switch (type) {
                case PROVIDER -> providerLabel(field);
                case FACTS -> factLabel(field);
                case POLICY -> policyLabel(field);
                case QUOTE -> quoteLabel(field);
            };
        }

        private String providerLabel(String field) {
            if (field.startsWith("contract.")) {
                return m.get("audit.provider.contract", insurer(field.substring("contract.".length())));
            }
            String key = PROVIDER_FIELDS.get(field);
            return key == null ? field : m.get(key);
        }

        private String factLabel(String field) {
            String base = field;
            String evidence = null;
            int slash = field.indexOf('/');
            if (slash > 0) {
                base = field.substring(0, slash);
                evidence = field.substring(slash + 1);
            }
            int at = base.indexOf('@');
            String fact = at > 0 ? base.substring(0, at) : base;
            String label = texts().question(fact);
            if (at > 0) {
                label = m.get("audit.facts.for-insurer", label, insurer(base.substring(at + 1)));
            }
            if (evidence != null) {
                String key = EVIDENCE_FIELDS.get(evidence);
                label = label + " \u00b7 " + (key == null ? evidence : m.get(key));
            }
            return label;
        }

        private String policyLabel(String field) {
            String key = POLICY_FIELDS.get(field.startsWith("@") ? field.substring(1) : field);
            if (key != null) {
                return m.get(key);
            }
            // a document path: dots between names become arrows, dots inside [ids] stay
            StringBuilder b = new StringBuilder();
            int depth = 0;
            for (char c : field.toCharArray()) {
                if (c == '[') {
                    depth++;
                } else if (c == ']') {
                    depth--;
                }
                b.append(c == '.' && depth == 0 ? " \u203a " : String.valueOf(c));
            }
            return b.toString();
        }

        private String quoteLabel(String field) {
            String key = QUOTE_FIELDS.get(field);
            if (key != null) {
                return m.get(key);
            }
            Matcher r = ROUND.matcher(field);
            if (!r.matches()) {
                return field;
            }
            return m.get("audit.quote.round", r.group(1)) + " \u00b7 " + roundFieldLabel(r.group(2));
        }

        private String roundFieldLabel(String rest) {
            Matcher item = LIST_ITEM.matcher(rest);
            if (item.matches()) {
                String label = m.get("quote.path." + item.group(1), Integer.parseInt(item.group(2)));
                return item.group(3) == null ? label : label + " \u00b7 " + m.get("quote.col." + item.group(3));
            }
            String key = ROUND_FIELDS.getOrDefault(rest, "quote.field." + rest);
            return m.get(key);
        }

        // ---- values

        String value(AuditEntityType type, String field, String v) {
            if (v == null) {
                return m.get("audit.value.none");
            }
            return switch (type) {
                case PROVIDER -> providerValue(field, v);
                case FACTS -> factValue(field, v);
                case POLICY -> v;
                case QUOTE -> quoteValue(field, v);
            };
        }

        private String providerValue(String field, String v) {
            if ("type".equals(field)) {
                return enumLabel(() -> ProviderType.valueOf(v).labelKey(), v);
            }
            if (field.startsWith("contract.")) {
                return "true".equals(v) ? m.get("audit.provider.contract-held") : m.get("audit.provider.contract-since", date(v));
            }
            return v;
        }

        private String factValue(String field, String v) {
            int slash = field.indexOf('/');
            if (slash > 0) {
                return field.endsWith("/checkedOn") ? date(v) : v;
            }
            int at = field.indexOf('@');
            String fact = at > 0 ? field.substring(0, at) : field;
            Optional<FactDefinition> def = texts().catalog().find(fact);
            if (def.isEmpty()) {
                return v;
            }
            try {
                return texts().valueWithUnit(fact, FactValue.decode(def.get().type(), v));
            } catch (RuntimeException e) {
                return v;
            }
        }

        private String quoteValue(String field, String v) {
            if ("insurer".equals(field)) {
                return insurer(v);
            }
            Matcher r = ROUND.matcher(field);
            String rest = r.matches() ? r.group(2) : field;
            String last = rest.contains(".") ? rest.substring(rest.lastIndexOf('.') + 1) : rest;
            if ("true".equals(v) || "false".equals(v)) {
                return m.get("true".equals(v) ? "common.yes" : "common.no");
            }
            switch (rest) {
                case "side" -> {
                    return enumLabel(() -> RoundSide.valueOf(v).labelKey(), v);
                }
                case "legalForm" -> {
                    return enumLabel(() -> LegalForm.valueOf(v).labelKey(), v);
                }
                case "monoClaims" -> {
                    return enumLabel(() -> MonoClaims.valueOf(v).labelKey(), v);
                }
                case "schoning.status" -> {
                    return enumLabel(() -> SchoningStatus.valueOf(v).labelKey(), v);
                }
                case "date", "receivedOn" -> {
                    return date(v);
                }
                default -> {
                    // handled below
                }
            }
            if ("discipline".equals(last)) {
                return rest.startsWith("board[") ? enumLabel(() -> BoardDiscipline.valueOf(v).labelKey(), v)
                        : enumLabel(() -> Discipline.valueOf(v).labelKey(), v);
            }
            if (AMOUNTS.contains(last) && NUMBER.matcher(v).matches()) {
                // euros as the quote screens show them; a tariff with more than two decimals keeps them all
                BigDecimal amount = new BigDecimal(v);
                return amount.scale() <= 2 ? Formats.money(amount) : "\u20ac " + Formats.decimal(amount);
            }
            return DECIMAL.matcher(v).matches() ? v.replace('.', ',') : v;
        }

        private String enumLabel(Supplier<String> key, String raw) {
            try {
                return m.get(key.get());
            } catch (IllegalArgumentException e) {
                return raw;
            }
        }

        private String date(String iso) {
            try {
                return Formats.date(LocalDate.parse(iso), m.locale());
            } catch (DateTimeParseException e) {
                return iso;
            }
        }

        private String insurer(String id) {
            if (insurerNames == null) {
                insurerNames = new HashMap<>();
                for (Insurer i : providers.insurers()) {
                    insurerNames.put(i.id(), i.name());
                }
            }
            return insurerNames.getOrDefault(id, id);
        }

        private AssessmentTexts texts() {
            if (facts == null) {
                facts = new AssessmentTexts(m, catalog.get());
            }
            return facts;
        }
    }
}
