package nl.inkoopwerkbank.domain.audit;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

import nl.inkoopwerkbank.domain.assessment.FactAnswer;
import nl.inkoopwerkbank.domain.policy.PolicyRepository;
import nl.inkoopwerkbank.domain.provider.Provider;
import nl.inkoopwerkbank.domain.provider.ProviderContract;
import nl.inkoopwerkbank.domain.quote.BoardMember;
import nl.inkoopwerkbank.domain.quote.Participant;
import nl.inkoopwerkbank.domain.quote.Quote;
import nl.inkoopwerkbank.domain.quote.QuoteContent;
import nl.inkoopwerkbank.domain.quote.QuoteRound;
import nl.inkoopwerkbank.domain.quote.ReferenceLine;
import nl.inkoopwerkbank.domain.quote.TariffLine;

/**
 * A record as the audit trail keeps it: a flat map of field name to plain text, language-neutral
 * (ISO dates, decimal points, enum names, {@code true}/{@code false}); the screens turn it into words.
 * Blank fields are left out. Lists become one field per item ({@code participants[2].name}).
 *
 * <ul>
 * <li>provider: {@code agbCode, name, type, kvkNumber, street, postcode, place, region, contactPerson,
 *     email, notes}, and {@code contract.<insurer>} = the date since ({@code true} when unknown)</li>
 * <li>facts: {@code <fact>} or {@code <fact>@<insurer>} = the answer as stored, with
 *     {@code <fact>/source}, {@code /checkedOn}, {@code /checkedBy} for its evidence</li>
 * <li>policy: {@code insurer, year, domain, title, sourceFile, document} (the whole YAML document)</li>
 * <li>quote: {@code igo, contractYear, insurer}, and per round {@code round.<n>.<field>} with the field
 *     names of the quote screens ({@code financingRequest}, {@code schoning.amount},
 *     {@code tariffLines[1].tariff}, ...)</li>
 * </ul>
 */
public final class AuditSnapshots {

    private AuditSnapshots() {
    }

    public static Map<String, String> provider(Provider p) {
        if (p == null) {
            return null;
        }
        Map<String, String> m = new LinkedHashMap<>();
        put(m, "agbCode", p.agbCode());
        put(m, "name", p.name());
        put(m, "type", p.type() == null ? null : p.type().name());
        put(m, "kvkNumber", p.kvkNumber());
        put(m, "street", p.street());
        put(m, "postcode", p.postcode());
        put(m, "place", p.place());
        put(m, "region", p.region());
        put(m, "contactPerson", p.contactPerson());
        put(m, "email", p.email());
        put(m, "notes", p.notes());
        for (ProviderContract c : p.contracts()) {
            m.put("contract." + c.insurerId(), c.since() == null ? "true" : c.since().toString());
        }
        return m;
    }

    /** How a provider is named in the trail: its name and AGB-code. */
    public static String providerLabel(String name, String agbCode) {
        return name + " (" + agbCode + ")";
    }

    /** The field an answer is kept under: the fact, and the insurer for an insurer-scoped fact. */
    public static String factField(String factKey, String insurerId) {
        return insurerId == null || insurerId.isEmpty() ? factKey : factKey + "@" + insurerId;
    }

    public static Map<String, String> facts(Collection<FactAnswer> answers) {
        Map<String, String> m = new LinkedHashMap<>();
        answers.stream()
                .sorted(java.util.Comparator.comparing(FactAnswer::factKey).thenComparing(FactAnswer::insurerId))
                .forEach(a -> {
                    String f = factField(a.factKey(), a.insurerId());
                    put(m, f, a.value().encode());
                    put(m, f + "/source", a.evidence().source());
                    put(m, f + "/checkedOn", a.evidence().checkedOn() == null ? null : a.evidence().checkedOn().toString());
                    put(m, f + "/checkedBy", a.evidence().checkedBy());
                });
        return m;
    }

    public static Map<String, String> policy(PolicyRepository.Stored p) {
        if (p == null) {
            return null;
        }
        Map<String, String> m = new LinkedHashMap<>();
        put(m, "insurer", p.insurerId());
        put(m, "year", String.valueOf(p.year()));
        put(m, "domain", p.domain());
        put(m, "title", p.title());
        put(m, "sourceFile", p.sourceFile());
        put(m, "document", p.document());
        return m;
    }

    public static String policyLabel(PolicyRepository.Stored p) {
        return p.title() + " (" + p.id() + ")";
    }

    public static Map<String, String> quote(Quote q) {
        if (q == null) {
            return null;
        }
        Map<String, String> m = new LinkedHashMap<>();
        put(m, "igo", providerLabel(q.igoName(), q.igoAgb()));
        put(m, "contractYear", String.valueOf(q.contractYear()));
        put(m, "insurer", q.insurerId());
        for (QuoteRound r : q.rounds()) {
            round(m, "round." + r.number() + ".", r);
        }
        return m;
    }

    public static String quoteLabel(Quote q) {
        return q.igoName() + " " + q.contractYear() + " (" + q.insurerId() + ")";
    }

    private static void round(Map<String, String> m, String p, QuoteRound r) {
        put(m, p + "side", r.side() == null ? null : r.side().name());
        put(m, p + "date", text(r.date()));
        put(m, p + "receivedOn", text(r.receivedOn()));
        put(m, p + "author", r.author());
        put(m, p + "note", r.note());
        m.put(p + "agreed", String.valueOf(r.agreed()));
        QuoteContent c = r.content();
        put(m, p + "financingRequest", text(c.financingRequest()));
        put(m, p + "totalVolume", text(c.totalVolume()));
        put(m, p + "marketSharePct", text(c.marketSharePct()));
        put(m, p + "insuredInCare16Weeks", text(c.insuredInCare16Weeks()));
        put(m, p + "adherenceJoined", text(c.adherenceJoined()));
        put(m, p + "adherenceTotal", text(c.adherenceTotal()));
        put(m, p + "legalForm", c.legalForm() == null ? null : c.legalForm().name());
        put(m, p + "kvkNumber", c.kvkNumber());
        put(m, p + "mandatesInWriting", text(c.mandatesInWriting()));
        put(m, p + "accounts.year", text(c.accounts().year()));
        m.put(p + "accounts.received", String.valueOf(c.accounts().received()));
        m.put(p + "accounts.approved", String.valueOf(c.accounts().approvedByAccountant()));
        put(m, p + "monoClaims", c.monoClaims() == null ? null : c.monoClaims().name());
        put(m, p + "monoClaimsNote", c.monoClaimsNote());
        put(m, p + "schoning.hospital", c.schoning().hospital());
        put(m, p + "schoning.amount", text(c.schoning().amount()));
        put(m, p + "schoning.method", c.schoning().method());
        put(m, p + "schoning.status", c.schoning().status() == null ? null : c.schoning().status().name());
        put(m, p + "schoning.document", c.schoning().document());
        put(m, p + "monoReference.enteredPerBirth", text(c.monoReference().enteredPerBirth()));
        int i = 0;
        for (Participant x : c.participants()) {
            String q = p + "participants[" + ++i + "].";
            put(m, q + "name", x.name());
            put(m, q + "agb", x.agb());
            put(m, q + "discipline", x.discipline() == null ? null : x.discipline().name());
        }
        i = 0;
        for (BoardMember x : c.board()) {
            String q = p + "board[" + ++i + "].";
            put(m, q + "name", x.name());
            put(m, q + "discipline", x.discipline() == null ? null : x.discipline().name());
        }
        i = 0;
        for (TariffLine x : c.tariffLines()) {
            String q = p + "tariffLines[" + ++i + "].";
            put(m, q + "code", x.code());
            put(m, q + "description", x.description());
            put(m, q + "tariff", text(x.tariff()));
            put(m, q + "indexationPct", text(x.indexationPct()));
            put(m, q + "volume", text(x.volume()));
        }
        i = 0;
        for (ReferenceLine x : c.monoReference().lines()) {
            String q = p + "monoReference.lines[" + ++i + "].";
            put(m, q + "code", x.code());
            put(m, q + "description", x.description());
            put(m, q + "tariff", text(x.tariff()));
            put(m, q + "perBirth", text(x.perBirth()));
        }
        i = 0;
        for (String goal : c.qualityGoals()) {
            put(m, p + "qualityGoals[" + ++i + "]", goal);
        }
        put(m, p + "confirmedItems", c.confirmedItems().isEmpty() ? null : String.join(", ", c.confirmedItems()));
    }

    private static String text(Object o) {
        if (o instanceof BigDecimal b) {
            BigDecimal s = b.stripTrailingZeros();
            return (s.scale() < 0 ? s.setScale(0) : s).toPlainString();
        }
        return o == null ? null : o.toString();
    }

    private static void put(Map<String, String> m, String key, String value) {
        if (value != null && !value.isBlank()) {
            m.put(key, value);
        }
    }
}
