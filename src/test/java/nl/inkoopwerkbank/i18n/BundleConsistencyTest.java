package nl.inkoopwerkbank.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import nl.inkoopwerkbank.domain.policy.Deadline;
import nl.inkoopwerkbank.domain.policy.Operator;
import nl.inkoopwerkbank.domain.policy.PolicyComparison;
import nl.inkoopwerkbank.domain.policy.PolicyDiff;
import nl.inkoopwerkbank.domain.policy.RequirementRole;
import nl.inkoopwerkbank.domain.provider.ProviderType;

/**
 * Every user-visible text comes from the bundle: FXML {@code %key}s and Java key literals must exist in
 * both languages, and every key in the bundle must be used somewhere.
 */
class BundleConsistencyTest {

    static final Path BUNDLE = Path.of("src/main/resources/i18n");
    static final Pattern FXML_KEY = Pattern.compile("\"%([A-Za-z0-9_.-]+)\"");
    static final Pattern JAVA_LITERAL = Pattern.compile("\"([a-z][a-z0-9-]*(?:\\.[A-Za-z0-9_-]+)+\\.?)\"");

    static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(BUNDLE.resolve(name), StandardCharsets.UTF_8)) {
            p.load(r);
        }
        return p;
    }

    static Set<String> keys(Properties p) {
        return p.stringPropertyNames().stream().collect(Collectors.toCollection(TreeSet::new));
    }

    /** Keys built at run time from a prefix and a closed set of values. */
    static Set<String> dynamicKeys() {
        Set<String> out = new TreeSet<>();
        for (ProviderType t : ProviderType.values()) {
            out.add(t.labelKey());
        }
        for (PolicyDiff.Kind k : PolicyDiff.Kind.values()) {
            out.add(k.labelKey());
        }
        for (PolicyDiff.Element e : PolicyDiff.Element.values()) {
            out.add(e.labelKey());
        }
        for (nl.inkoopwerkbank.domain.policy.ContractType.Kind k : nl.inkoopwerkbank.domain.policy.ContractType.Kind.values()) {
            out.add("summary.contract.kind." + k.name());
        }
        for (RequirementRole r : RequirementRole.values()) {
            out.add(r.labelKey());
        }
        for (Deadline.Semantics d : Deadline.Semantics.values()) {
            out.add(d.labelKey());
        }
        for (nl.inkoopwerkbank.domain.assessment.Outcome o : nl.inkoopwerkbank.domain.assessment.Outcome.values()) {
            out.add(o.labelKey());
        }
        for (nl.inkoopwerkbank.domain.assessment.Status s : nl.inkoopwerkbank.domain.assessment.Status.values()) {
            out.add(s.labelKey());
        }
        for (nl.inkoopwerkbank.domain.assessment.DeadlineNotice.Kind k
                : nl.inkoopwerkbank.domain.assessment.DeadlineNotice.Kind.values()) {
            out.add(k.labelKey());
        }
        for (nl.inkoopwerkbank.domain.quote.Discipline d : nl.inkoopwerkbank.domain.quote.Discipline.values()) {
            out.add(d.labelKey());
        }
        for (nl.inkoopwerkbank.domain.quote.BoardDiscipline d : nl.inkoopwerkbank.domain.quote.BoardDiscipline.values()) {
            out.add(d.labelKey());
        }
        for (nl.inkoopwerkbank.domain.quote.RoundSide s : nl.inkoopwerkbank.domain.quote.RoundSide.values()) {
            out.add(s.labelKey());
        }
        for (nl.inkoopwerkbank.domain.quote.LegalForm f : nl.inkoopwerkbank.domain.quote.LegalForm.values()) {
            out.add(f.labelKey());
        }
        for (nl.inkoopwerkbank.domain.quote.MonoClaims m : nl.inkoopwerkbank.domain.quote.MonoClaims.values()) {
            out.add(m.labelKey());
        }
        for (nl.inkoopwerkbank.domain.quote.SchoningStatus s : nl.inkoopwerkbank.domain.quote.SchoningStatus.values()) {
            out.add(s.labelKey());
        }
        for (nl.inkoopwerkbank.domain.quote.BudgetNeutrality.Verdict v
                : nl.inkoopwerkbank.domain.quote.BudgetNeutrality.Verdict.values()) {
            out.add(v.labelKey());
        }
        for (nl.inkoopwerkbank.domain.quote.Completeness.State s : nl.inkoopwerkbank.domain.quote.Completeness.State.values()) {
            out.add(s.labelKey());
        }
        for (nl.inkoopwerkbank.domain.quote.QuoteDeadlines.State s
                : nl.inkoopwerkbank.domain.quote.QuoteDeadlines.State.values()) {
            out.add(s.labelKey());
        }
        for (nl.inkoopwerkbank.domain.quote.Plausibility.Code c : nl.inkoopwerkbank.domain.quote.Plausibility.Code.values()) {
            out.add(c.messageKey());
        }
        for (Operator o : Operator.values()) {
            out.add("editor.operator." + o.name());
        }
        for (String topic : PolicyComparison.TOPICS) {
            out.add("policy.topic." + topic);
        }
        for (String domain : List.of("geboortezorg", "msz")) {
            out.add("policies.domain." + domain);
        }
        for (Locale l : Messages.SUPPORTED) {
            out.add("settings.language." + l.getLanguage());
        }
        for (nl.inkoopwerkbank.domain.audit.AuditAction a : nl.inkoopwerkbank.domain.audit.AuditAction.values()) {
            out.add(a.labelKey());
        }
        out.addAll(quoteScreenKeys());
        out.addAll(calendarKeys());
        return out;
    }

    /** The calendar's words per kind, status and reading of a date (CalendarTexts), and per actor a policy names. */
    static Set<String> calendarKeys() {
        Set<String> out = new TreeSet<>();
        for (nl.inkoopwerkbank.domain.calendar.CalendarItem.Kind k : nl.inkoopwerkbank.domain.calendar.CalendarItem.Kind.values()) {
            out.add(k.labelKey());
            if (!k.own()) {
                out.add("calendar.summary." + k.name());
                out.add("calendar.summary." + k.name() + ".provider");
            }
        }
        for (nl.inkoopwerkbank.domain.calendar.CalendarItem.Status s
                : nl.inkoopwerkbank.domain.calendar.CalendarItem.Status.values()) {
            out.add(s.labelKey());
        }
        for (Deadline.Semantics s : Deadline.Semantics.values()) {
            out.add("calendar.when." + s.name());
        }
        for (String actor : List.of("zorgaanbieder", "zorgverzekeraar", "beide")) {
            out.add("calendar.actor." + actor);
        }
        // the dialogs name a refused field by the service's field name
        for (String field : List.of("title", "date", "start", "end", "provider", "location", "note", "policy", "term",
                "startedOn", "items", "doneOn")) {
            out.add("calendar.field." + field);
        }
        out.add("calendar.item.new.MEETING");
        out.add("calendar.item.new.REMINDER");
        // the term dialog labels the date by what starts the term
        for (String trigger : List.of("proposal-received", "lead-insurer-agreement", "request-received",
                "contract-offer-received")) {
            out.add("calendar.trigger." + trigger);
        }
        return out;
    }

    /** The quote screens name fields, columns and list items by their domain path ("tariffLines[3].volume"). */
    static Set<String> quoteScreenKeys() {
        Set<String> out = new TreeSet<>();
        for (String col : List.of("code", "description", "tariff", "indexationPct", "volume", "indexed", "total", "name", "agb",
                "discipline", "perBirth")) {
            out.add("quote.col." + col);
        }
        for (String path : List.of("tariffLines", "participants", "board", "monoReference.lines", "qualityGoals")) {
            out.add("quote.path." + path);
        }
        for (var c : nl.inkoopwerkbank.domain.quote.RoundComparison.LineChange.values()) {
            out.add("quote.compare.change." + c.name());
        }
        for (String t : List.of("total", "insurerPart", "costPerBirth", "monoPerBirth", "neutralityDifference")) {
            out.add("quote.compare.total." + t);
        }
        for (var st : nl.inkoopwerkbank.domain.quote.QuoteDeadlines.State.values()) {
            out.add("quote.checks.state." + st.name());
        }
        for (var b : nl.inkoopwerkbank.domain.quote.BudgetNeutrality.Basis.values()) {
            out.add("quote.neutrality.basis." + b.name());
        }
        // fields named by validation paths and by the round comparison
        for (String f : List.of("side", "date", "receivedOn", "author", "note", "financingRequest", "totalVolume",
                "marketSharePct", "insuredInCare16Weeks", "participants", "adherenceJoined", "adherenceTotal", "legalForm",
                "kvkNumber", "mandatesInWriting", "board", "qualityGoals", "accounts.year", "accounts.approved", "monoClaims",
                "monoClaimsNote", "schoning.status", "schoning.amount", "schoning.hospital", "schoning.method",
                "schoning.document", "monoReference.enteredPerBirth")) {
            out.add("quote.field." + f);
        }
        return out;
    }

    static Set<String> referencedKeys(Set<String> prefixes) throws IOException {
        Set<String> refs = new TreeSet<>();
        try (Stream<Path> fxml = Files.walk(Path.of("fxml"))) {
            for (Path f : fxml.filter(x -> x.toString().endsWith(".fxml")).toList()) {
                Matcher m = FXML_KEY.matcher(Files.readString(f));
                while (m.find()) {
                    refs.add(m.group(1));
                }
            }
        }
        try (Stream<Path> java = Files.walk(Path.of("src/main/java"))) {
            for (Path f : java.filter(x -> x.toString().endsWith(".java")).toList()) {
                Matcher m = JAVA_LITERAL.matcher(Files.readString(f));
                while (m.find()) {
                    String k = m.group(1);
                    boolean fileName = k.matches(".*\\.(csv|ya?ml|json|css|fxml|properties|pdf|xlsx|ics)$");
                    if (prefixes.contains(k.substring(0, k.indexOf('.'))) && !k.endsWith(".") && !fileName) {
                        refs.add(k);
                    }
                }
            }
        }
        refs.addAll(dynamicKeys());
        return refs;
    }

    @Test
    void dutchAndEnglishHaveTheSameKeys() throws IOException {
        assertEquals(keys(load("messages.properties")), keys(load("messages_en.properties")));
    }

    @Test
    void everyReferencedKeyExistsAndEveryKeyIsUsed() throws IOException {
        Set<String> bundle = keys(load("messages.properties"));
        Set<String> prefixes = bundle.stream().map(k -> k.substring(0, k.indexOf('.') < 0 ? k.length() : k.indexOf('.')))
                .collect(Collectors.toSet());
        Set<String> refs = referencedKeys(prefixes);
        Set<String> missing = new TreeSet<>(refs);
        missing.removeAll(bundle);
        assertEquals(Set.of(), missing, "keys used in code or FXML but missing from the bundle");
        Set<String> unused = new TreeSet<>(bundle);
        unused.removeAll(refs);
        assertEquals(Set.of(), unused, "keys in the bundle that nothing uses");
    }

    @Test
    void patternsWithArgumentsAreValidMessageFormats() throws IOException {
        for (String file : new String[] {"messages.properties", "messages_en.properties"}) {
            Properties p = load(file);
            for (String k : p.stringPropertyNames()) {
                String v = p.getProperty(k);
                assertTrue(!v.isBlank(), file + " " + k + " is empty");
                if (v.contains("{")) {
                    assertTrue(!v.replace("''", "").contains("'"),
                            file + " " + k + ": a single apostrophe in a pattern with arguments hides text; write ''");
                    new MessageFormat(v, Locale.ROOT).format(new Object[] {1, 2, 3});
                }
            }
        }
    }

    @Test
    void aMissingKeyShowsItselfInsteadOfCrashing() {
        assertEquals("!no.such.key!", Messages.dutch().get("no.such.key"));
        assertEquals("Aanbieders", Messages.dutch().get("nav.providers"));
        assertEquals("Providers", Messages.forLocale(Locale.ENGLISH).get("nav.providers"));
        assertEquals("Aanbieders", Messages.forLocale(Locale.GERMAN).get("nav.providers"), "unknown languages get Dutch");
    }
}
