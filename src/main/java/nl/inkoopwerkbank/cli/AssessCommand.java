package nl.inkoopwerkbank.cli;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import nl.inkoopwerkbank.Workbench;
import nl.inkoopwerkbank.domain.Problem;
import nl.inkoopwerkbank.domain.assessment.Change;
import nl.inkoopwerkbank.domain.assessment.ContractAssessment;
import nl.inkoopwerkbank.domain.assessment.DeadlineNotice;
import nl.inkoopwerkbank.domain.assessment.EligibilityEngine;
import nl.inkoopwerkbank.domain.assessment.FactSheet;
import nl.inkoopwerkbank.domain.assessment.FactUse;
import nl.inkoopwerkbank.domain.assessment.FactValue;
import nl.inkoopwerkbank.domain.assessment.NextStep;
import nl.inkoopwerkbank.domain.assessment.ProviderProfile;
import nl.inkoopwerkbank.domain.assessment.RequirementResult;
import nl.inkoopwerkbank.domain.assessment.Status;
import nl.inkoopwerkbank.domain.assessment.TierResult;
import nl.inkoopwerkbank.domain.fact.FactCatalog;
import nl.inkoopwerkbank.domain.fact.FactDefinition;
import nl.inkoopwerkbank.domain.fact.FactType;
import nl.inkoopwerkbank.domain.format.Formats;
import nl.inkoopwerkbank.domain.policy.ContractType;
import nl.inkoopwerkbank.domain.policy.Deadline;
import nl.inkoopwerkbank.domain.policy.Operator;
import nl.inkoopwerkbank.domain.policy.Policy;
import nl.inkoopwerkbank.domain.policy.Requirement;
import nl.inkoopwerkbank.domain.provider.Provider;
import nl.inkoopwerkbank.i18n.Messages;
import nl.inkoopwerkbank.io.ProviderFactsYaml;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code assess}: where a provider stands against one contract type, one policy or every policy (the
 * matrix), from facts files or from the facts stored for a provider in the database. JSON is one line
 * per facts file (JSON lines); text is Dutch (or English) for people.
 */
@Command(name = "assess", mixinStandardHelpOptions = true,
        description = {"Een aanbieder beoordelen: komt hij in aanmerking, op welk niveau, wat ontbreekt en wat is de volgende stap.",
                "Uit feitenbestanden (--facts, een resultaat per bestand) of uit de database (--provider)."})
public final class AssessCommand implements Callable<Integer> {

    public enum Format { json, text }

    @ParentCommand
    Cli cli;

    @Spec
    CommandSpec spec;

    @Option(names = "--policy", paramLabel = "<id>", description = "Het beleidsstuk (zonder: elk beleidsstuk, de matrix).")
    String policyId;

    @Option(names = "--contract", paramLabel = "<id>", description = "Een contractvorm van dat beleidsstuk (zonder: elke die bij het aanbiedertype past).")
    String contractId;

    @Option(names = "--facts", arity = "1..*", paramLabel = "<bestand>", description = "Een of meer feitenbestanden (YAML of JSON).")
    List<Path> factsFiles;

    @Option(names = "--provider", paramLabel = "<AGB-code>", description = "Een aanbieder uit de database, met zijn opgeslagen feiten.")
    String agb;

    @Option(names = "--format", defaultValue = "text", description = "json (een regel per bestand) of text (standaard: ${DEFAULT-VALUE})")
    Format format;

    @Option(names = "--on", paramLabel = "<datum>", description = "Beoordelingsdatum, bijv. 2026-10-01 (standaard: vandaag).")
    String on;

    /** What is assessed: the facts of one file or of one stored provider. */
    record Subject(String source, ProviderFactsYaml.ProviderInfo provider, ProviderProfile profile, FactSheet facts) {
    }

    @Override
    public Integer call() {
        return cli.withWorkbench(this::run);
    }

    private int run(Workbench wb, Messages messages) throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        boolean fromFiles = factsFiles != null && !factsFiles.isEmpty();
        if (fromFiles == (agb != null)) {
            return refuse(err, messages.get("cli.assess.one-source"));
        }
        LocalDate date = wb.assessments().today();
        if (on != null) {
            Optional<LocalDate> d = Formats.parseDate(on, messages.locale());
            if (d.isEmpty()) {
                return refuse(err, messages.get("import.csv.bad-date", on));
            }
            date = d.get();
        }
        Policy policy = null;
        if (policyId != null) {
            Optional<Policy> p = wb.assessments().policy(policyId);
            if (p.isEmpty()) {
                return refuse(err, messages.get("cli.policies.unknown", policyId));
            }
            policy = p.get();
        }
        ContractType contract = null;
        if (contractId != null) {
            if (policy == null) {
                return refuse(err, messages.get("cli.assess.contract-needs-policy"));
            }
            Optional<ContractType> c = policy.contractType(contractId);
            if (c.isEmpty()) {
                return refuse(err, messages.get("cli.assess.unknown-contract", contractId, policy.id(),
                        String.join(", ", policy.contractTypes().stream().map(ContractType::id).toList())));
            }
            contract = c.get();
        }

        List<Subject> subjects = new ArrayList<>();
        if (fromFiles) {
            List<Problem> problems = new ArrayList<>();
            for (Path f : factsFiles) {
                ProviderFactsYaml.Result r = FactsCommand.read(wb, messages, spec, f);
                if (r == null) {
                    return FactsCommand.EXIT_OTHER;
                }
                problems.addAll(r.problems());
                if (!r.ok()) {
                    continue;
                }
                if (contract == null && r.provider().type() == null) {
                    problems.add(Problem.at(r.file(), 0, null, "cli.assess.no-type"));
                } else if (contract != null && r.provider().type() != null
                        && !EligibilityEngine.offersTo(contract, r.provider().type())) {
                    problems.add(Problem.at(r.file(), 0, null, "cli.assess.not-offered", contract.id(),
                            messages.get(r.provider().type().labelKey())));
                }
                subjects.add(new Subject(r.file(), r.provider(), r.provider().profile(), r.sheet()));
            }
            if (!problems.isEmpty()) {
                FactsCommand.printProblems(spec, messages, problems, "cli.assess.invalid");
                return Cli.EXIT_INVALID;
            }
        } else {
            Optional<Provider> p = FactsCommand.provider(wb, messages, spec, agb);
            if (p.isEmpty()) {
                return Cli.EXIT_INVALID;
            }
            if (contract != null && !EligibilityEngine.offersTo(contract, p.get().type())) {
                return refuse(err, messages.get("cli.assess.not-offered", contract.id(), messages.get(p.get().type().labelKey())));
            }
            subjects.add(new Subject(null, ProviderFactsYaml.ProviderInfo.of(p.get()), ProviderProfile.of(p.get()),
                    wb.assessments().sheet(p.get().id())));
        }

        EligibilityEngine engine = wb.assessments().engine();
        List<Policy> policies = policy == null ? wb.assessments().policies() : List.of(policy);
        PrintWriter out = spec.commandLine().getOut();
        ObjectMapper json = jsonLines();
        boolean first = true;
        for (Subject s : subjects) {
            List<ContractAssessment> results = new ArrayList<>();
            if (contract != null) {
                results.add(engine.assess(policy, contract, s.profile(), s.facts(), date));
            } else {
                for (Policy p : policies) {
                    results.addAll(engine.assessAll(p, s.profile(), s.facts(), date));
                }
            }
            if (format == Format.json) {
                out.println(json.writeValueAsString(toJson(s, date, results)));
            } else {
                if (!first) {
                    out.println();
                }
                new TextReport(messages, engine.catalog(), out).print(s, date, results);
            }
            first = false;
        }
        out.flush();
        return 0;
    }

    private static int refuse(PrintWriter err, String message) {
        err.println(message);
        err.flush();
        return Cli.EXIT_INVALID;
    }

    static ObjectMapper jsonLines() {
        return new ObjectMapper().registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(SerializationFeature.INDENT_OUTPUT)
                .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);
    }

    // ---------------------------------------------------------------------------------------------
    // JSON: codes and ids, the policy's own (Dutch) texts; no labels of the user interface

    static Map<String, Object> toJson(Subject s, LocalDate on, List<ContractAssessment> results) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("file", s.source());
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("agb", s.provider().agb());
        p.put("name", s.provider().name());
        p.put("type", s.provider().type() == null ? null : s.provider().type().name());
        p.put("contractedWith", s.provider().contractedWith());
        m.put("provider", p);
        m.put("assessedOn", on.toString());
        m.put("assessments", results.stream().map(AssessCommand::toJson).toList());
        return m;
    }

    static Map<String, Object> toJson(ContractAssessment a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("policy", a.policy().id());
        m.put("insurer", a.policy().insurer().id());
        m.put("insurerName", a.policy().insurer().name());
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("id", a.contract().id());
        c.put("name", a.contract().name());
        c.put("kind", a.contract().kind().name().toLowerCase(java.util.Locale.ROOT));
        m.put("contract", c);
        m.put("outcome", a.outcome().name());
        m.put("tier", a.tier() == null ? null : tier(a.tier()));
        m.put("tierFinal", a.tierFinal());
        List<Map<String, Object>> tiers = new ArrayList<>();
        for (TierResult t : a.tiers()) {
            Map<String, Object> tm = tier(t.tier());
            tm.put("status", t.status().name());
            tiers.add(tm);
        }
        m.put("tiers", tiers);
        List<Map<String, Object>> failing = new ArrayList<>();
        for (RequirementResult r : a.failingKnockOuts()) {
            Map<String, Object> rm = requirement(r.requirement());
            rm.put("facts", r.facts().stream().map(AssessCommand::factUse).toList());
            failing.add(rm);
        }
        m.put("failing", failing);
        List<Map<String, Object>> open = new ArrayList<>();
        for (RequirementResult r : a.open()) {
            Map<String, Object> rm = requirement(r.requirement());
            rm.put("openFacts", r.missingFacts());
            open.add(rm);
        }
        m.put("open", open);
        m.put("openFacts", a.openFacts());
        m.put("missingBaseContracts", a.missingBaseContracts());
        m.put("nextStep", a.nextStep().map(AssessCommand::nextStep).orElse(null));
        List<Map<String, Object>> notices = new ArrayList<>();
        for (DeadlineNotice n : a.notices()) {
            Map<String, Object> nm = new LinkedHashMap<>();
            nm.put("kind", n.kind().name());
            nm.put("blocks", n.kind().blocks());
            Deadline d = n.deadline();
            if (d != null) {
                Map<String, Object> dm = new LinkedHashMap<>();
                dm.put("id", d.id());
                dm.put("date", d.date() == null ? null : d.date().toString());
                dm.put("semantics", d.semantics().code());
                dm.put("lastDayInTime", d.lastDayInTime() == null ? null : d.lastDayInTime().toString());
                dm.put("action", d.action());
                dm.put("source", d.source() == null ? null : d.source().section());
                nm.put("deadline", dm);
            } else {
                nm.put("deadline", null);
            }
            notices.add(nm);
        }
        m.put("notices", notices);
        return m;
    }

    private static Map<String, Object> tier(ContractType.Tier t) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", t.id());
        m.put("name", t.name());
        return m;
    }

    private static Map<String, Object> requirement(Requirement r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", r.id());
        m.put("text", r.text());
        m.put("role", r.role().name());
        m.put("source", r.source() == null ? null : r.source().section());
        return m;
    }

    private static Map<String, Object> factUse(FactUse u) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("fact", u.fact());
        m.put("insurer", u.insurerId() == null || u.insurerId().isEmpty() ? null : u.insurerId());
        m.put("value", u.value() == null ? null : plain(u.value()));
        m.put("operator", u.op().code());
        m.put("threshold", plain(u.threshold()));
        m.put("thresholdFact", u.thresholdFact());
        m.put("status", u.status().name());
        return m;
    }

    private static Map<String, Object> nextStep(NextStep n) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("toEligibility", n.toEligibility());
        m.put("target", n.tier() == null ? null : tier(n.tier()));
        List<Map<String, Object>> changes = new ArrayList<>();
        for (Change c : n.changes()) {
            Map<String, Object> cm = new LinkedHashMap<>();
            cm.put("fact", c.fact());
            cm.put("insurer", c.insurerId() == null || c.insurerId().isEmpty() ? null : c.insurerId());
            cm.put("current", c.current() == null ? null : plain(c.current()));
            cm.put("operator", c.op().code());
            cm.put("threshold", plain(c.threshold()));
            cm.put("target", c.target() == null ? null : plain(c.target()));
            cm.put("delta", c.delta());
            changes.add(cm);
        }
        m.put("changes", changes);
        m.put("openFacts", n.openFacts());
        return m;
    }

    /** A value as plain JSON: boolean, number, text, list of texts, ISO date. */
    static Object plain(Object v) {
        if (v instanceof FactValue f) {
            return plain(f.value());
        }
        if (v instanceof LocalDate d) {
            return d.toString();
        }
        if (v instanceof List<?> l) {
            return l.stream().map(AssessCommand::plain).toList();
        }
        return v;
    }

    // ---------------------------------------------------------------------------------------------
    // text

    /** The assessment in words, with the bundle's labels and Dutch money and dates. */
    static final class TextReport {
        private final Messages messages;
        private final FactCatalog catalog;
        private final PrintWriter out;

        TextReport(Messages messages, FactCatalog catalog, PrintWriter out) {
            this.messages = messages;
            this.catalog = catalog;
            this.out = out;
        }

        void print(Subject s, LocalDate on, List<ContractAssessment> results) {
            List<String> who = new ArrayList<>();
            if (s.provider().name() != null) {
                who.add(s.provider().name());
            }
            if (s.provider().agb() != null) {
                who.add(messages.get("cli.assess.agb", s.provider().agb()));
            }
            if (s.provider().type() != null) {
                who.add(messages.get(s.provider().type().labelKey()));
            }
            who.add(s.source() == null ? messages.get("cli.assess.from-database") : messages.get("cli.assess.from-file", s.source()));
            out.println(String.join(" \u00b7 ", who));
            out.println(messages.get("cli.assess.assessed-on", Formats.date(on, messages.locale())));
            if (results.isEmpty()) {
                out.println();
                out.println("  " + messages.get("cli.assess.none"));
            }
            for (ContractAssessment a : results) {
                out.println();
                contract(a);
            }
        }

        private void contract(ContractAssessment a) {
            out.println(messages.get("cli.assess.contract", a.policy().insurer().name(), a.contract().name(),
                    a.policy().id(), a.contract().id()));
            String outcome = messages.get(a.outcome().labelKey());
            if (a.tier() != null) {
                outcome += " \u00b7 " + (a.tierFinal() ? a.tier().name() : messages.get("cli.assess.tier-not-final", a.tier().name()));
            }
            out.println("  " + messages.get("cli.assess.outcome", outcome));
            if (!a.tiers().isEmpty()) {
                List<String> tiers = new ArrayList<>();
                for (TierResult t : a.tiers()) {
                    tiers.add(t.tier().id() + ": " + messages.get(t.status().labelKey()));
                }
                out.println("  " + messages.get("cli.assess.tiers", String.join(" \u00b7 ", tiers)));
            }
            for (DeadlineNotice n : a.notices()) {
                Deadline d = n.deadline();
                // the same sentence as the screens: date, action and section of the planning step
                out.println("  " + messages.get("cli.assess.notice", d == null ? messages.get(n.kind().labelKey())
                        : messages.get(n.kind().labelKey(), messages.get(d.semantics().labelKey()).toLowerCase(messages.locale())
                                + " " + Formats.date(d.date(), messages.locale()), d.action(),
                                d.source() == null ? "" : d.source().section())));
                if (d != null) {
                    String via = d.channel() != null && !d.channel().isBlank() ? d.channel() : d.actor();
                    out.println("    " + messages.get("cli.assess.notice.deadline", d.id(),
                            messages.get(d.semantics().labelKey()).toLowerCase(messages.locale()),
                            Formats.date(d.date(), messages.locale()), via == null ? "" : via));
                }
            }
            if (!a.missingBaseContracts().isEmpty()) {
                out.println("  " + messages.get("cli.assess.missing-base", String.join(", ", a.missingBaseContracts())));
            }
            if (!a.failingKnockOuts().isEmpty()) {
                out.println("  " + messages.get("cli.assess.failing"));
                for (RequirementResult r : a.failingKnockOuts()) {
                    out.println("    - " + requirement(r.requirement()));
                    for (FactUse u : r.facts()) {
                        if (u.status() == Status.NOT_MET) {
                            out.println("        " + messages.get("cli.assess.fact-use", u.fact(), value(u.fact(), u.value()),
                                    operator(u.op()), threshold(u.fact(), u.threshold())));
                        }
                    }
                }
            }
            if (!a.open().isEmpty()) {
                out.println("  " + messages.get("cli.assess.open"));
                for (RequirementResult r : a.open()) {
                    out.println("    - " + requirement(r.requirement()));
                    if (!r.missingFacts().isEmpty()) {
                        out.println("        " + messages.get("cli.assess.open-facts", String.join(", ", r.missingFacts())));
                    }
                }
            }
            a.nextStep().ifPresent(n -> {
                out.println("  " + (n.toEligibility() ? messages.get("cli.assess.next.eligible")
                        : messages.get("cli.assess.next.tier", n.tier().name())));
                for (Change c : n.changes()) {
                    if (c.target() != null) {
                        String from = value(c.fact(), c.current());
                        String to = value(c.fact(), c.target());
                        String need = threshold(c.fact(), c.threshold());
                        out.println("    - " + (c.delta() == null
                                ? messages.get("cli.assess.change", c.fact(), from, to, operator(c.op()), need)
                                : messages.get("cli.assess.change-delta", c.fact(), from, to, operator(c.op()), need,
                                        (c.delta().signum() > 0 ? "+" : "") + delta(c.fact(), c.delta()))));
                    } else {
                        out.println("    - " + messages.get("cli.assess.change-open", c.fact(), value(c.fact(), c.current()),
                                operator(c.op()), threshold(c.fact(), c.threshold())));
                    }
                }
                if (!n.openFacts().isEmpty()) {
                    out.println("    - " + messages.get("cli.assess.open-facts", String.join(", ", n.openFacts())));
                }
            });
        }

        private String requirement(Requirement r) {
            String section = r.source() == null ? null : r.source().section();
            return section == null || section.isBlank() ? messages.get("cli.assess.requirement-no-source", r.id(), r.text())
                    : messages.get("cli.assess.requirement", r.id(), r.text(), section);
        }

        private String operator(Operator op) {
            return messages.get("editor.operator." + op.name());
        }

        private FactType type(String fact) {
            return catalog.find(fact).map(FactDefinition::type).orElse(null);
        }

        private String value(String fact, FactValue v) {
            if (v == null) {
                return messages.get("cli.assess.unknown-value");
            }
            return threshold(fact, v.value());
        }

        /** A value or threshold in words: ja/nee, € 1.234,00, 65%, 1 oktober 2026, HKZ, ISO_9001. */
        private String threshold(String fact, Object v) {
            if (v == null) {
                return messages.get("cli.assess.unknown-value");
            }
            if (v instanceof Boolean b) {
                return messages.get(b ? "common.yes" : "common.no");
            }
            if (v instanceof BigDecimal n) {
                return number(fact, n);
            }
            if (v instanceof LocalDate d) {
                return Formats.date(d, messages.locale());
            }
            if (v instanceof List<?> l) {
                return String.join(", ", l.stream().map(String::valueOf).toList());
            }
            return String.valueOf(v);
        }

        /** A difference: money as money, other numbers without their unit ("+1"). */
        private String delta(String fact, BigDecimal n) {
            return type(fact) == FactType.MONEY ? Formats.money(n)
                    : new DecimalFormat("#,##0.##########", DecimalFormatSymbols.getInstance(Formats.DUTCH)).format(n);
        }

        private String number(String fact, BigDecimal n) {
            FactType t = type(fact);
            if (t == FactType.MONEY) {
                return Formats.money(n);
            }
            DecimalFormat df = new DecimalFormat("#,##0.##########", DecimalFormatSymbols.getInstance(Formats.DUTCH));
            String s = df.format(n);
            if (t == FactType.PERCENTAGE) {
                return s + "%";
            }
            String unit = catalog.find(fact).map(FactDefinition::unit).orElse(null);
            return unit == null || unit.isBlank() || "%".equals(unit) ? s : s + " " + unit;
        }
    }
}
