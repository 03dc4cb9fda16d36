package nl.inkoopwerkbank.cli;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.databind.ObjectMapper;

import nl.inkoopwerkbank.Workbench;
import nl.inkoopwerkbank.domain.assessment.FactAnswer;
import nl.inkoopwerkbank.domain.assessment.FactSheet;
import nl.inkoopwerkbank.domain.assessment.ProviderProfile;
import nl.inkoopwerkbank.domain.assessment.RequirementResult;
import nl.inkoopwerkbank.domain.assessment.Status;
import nl.inkoopwerkbank.domain.format.Formats;
import nl.inkoopwerkbank.domain.policy.Deadline;
import nl.inkoopwerkbank.domain.policy.Policy;
import nl.inkoopwerkbank.domain.policy.QuoteItem;
import nl.inkoopwerkbank.domain.policy.RelativeTerm;
import nl.inkoopwerkbank.domain.policy.Requirement;
import nl.inkoopwerkbank.domain.provider.Provider;
import nl.inkoopwerkbank.domain.provider.ProviderType;
import nl.inkoopwerkbank.domain.quote.BudgetNeutrality;
import nl.inkoopwerkbank.domain.quote.Completeness;
import nl.inkoopwerkbank.domain.quote.Plausibility;
import nl.inkoopwerkbank.domain.quote.Quote;
import nl.inkoopwerkbank.domain.quote.QuoteContent;
import nl.inkoopwerkbank.domain.quote.QuoteDeadlines;
import nl.inkoopwerkbank.domain.quote.QuoteEvaluation;
import nl.inkoopwerkbank.domain.quote.QuoteEvaluator;
import nl.inkoopwerkbank.domain.quote.QuoteFigures;
import nl.inkoopwerkbank.domain.quote.QuoteRound;
import nl.inkoopwerkbank.domain.quote.TariffLine;
import nl.inkoopwerkbank.i18n.Messages;
import nl.inkoopwerkbank.io.QuoteFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code quote evaluate}: one round of a quote file checked against a policy. */
@Command(name = "quote", mixinStandardHelpOptions = true,
        description = "Offertes van IGO's: een offertebestand (docs/quote-file-format.md) toetsen aan een inkoopbeleid.",
        subcommands = {QuoteCommand.EvaluateCommand.class})
public final class QuoteCommand implements Callable<Integer> {

    @ParentCommand
    Cli cli;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return 0;
    }

    public enum Format { json, text }

    @Command(name = "evaluate", mixinStandardHelpOptions = true,
            description = "Een ronde van een offerte toetsen aan een beleid: tarieven en totaal, budgetneutraliteit, "
                    + "volledigheid, aannemelijkheid, de eisen die de offerte raakt, de planning en de beoordelingstermijnen.")
    static final class EvaluateCommand implements Callable<Integer> {

        @ParentCommand
        QuoteCommand parent;

        @Spec
        CommandSpec spec;

        @Option(names = "--file", required = true, paramLabel = "<bestand>", description = "Het offertebestand (YAML of JSON).")
        Path file;

        @Option(names = "--policy", required = true, paramLabel = "<id>", description = "Het beleidsstuk, bijv. salland-2027-geboortezorg.")
        String policyId;

        @Option(names = "--round", paramLabel = "<n>", description = "De ronde (standaard: de akkoord-ronde, anders de laatste).")
        Integer roundNumber;

        @Option(names = "--on", paramLabel = "<datum>", description = "Peildatum, bijv. 2026-11-01 (standaard: vandaag).")
        String on;

        @Option(names = "--format", defaultValue = "text", description = "json (een regel) of text (standaard: ${DEFAULT-VALUE})")
        Format format;

        @Override
        public Integer call() {
            return parent.cli.withWorkbench(this::run);
        }

        private int run(Workbench wb, Messages messages) throws Exception {
            PrintWriter err = spec.commandLine().getErr();
            LocalDate date = wb.assessments().today();
            if (on != null) {
                Optional<LocalDate> d = Formats.parseDate(on, messages.locale());
                if (d.isEmpty()) {
                    return refuse(err, messages.get("import.csv.bad-date", on));
                }
                date = d.get();
            }
            QuoteFile.Result read;
            try {
                read = QuoteFile.read(file, FactsCommand.insurerIds(wb));
            } catch (NoSuchFileException e) {
                err.println(messages.get("cli.facts.file-missing", file));
                err.flush();
                return FactsCommand.EXIT_OTHER;
            }
            if (!read.ok()) {
                FactsCommand.printProblems(spec, messages, read.problems(), "cli.quote.invalid");
                return Cli.EXIT_INVALID;
            }
            Quote quote = read.quote();
            Optional<Policy> found = wb.assessments().policy(policyId);
            if (found.isEmpty()) {
                return refuse(err, messages.get("cli.policies.unknown", policyId));
            }
            Policy policy = found.get();
            if (!policy.insurer().id().equals(quote.insurerId())) {
                return refuse(err, messages.get("cli.quote.other-insurer", policy.id(), policy.insurer().name(),
                        quote.insurerId()));
            }
            QuoteRound round;
            if (roundNumber != null) {
                Optional<QuoteRound> r = quote.round(roundNumber);
                if (r.isEmpty()) {
                    return refuse(err, messages.get("cli.quote.unknown-round", roundNumber, read.file(),
                            String.join(", ", quote.rounds().stream().map(x -> String.valueOf(x.number())).toList())));
                }
                round = r.get();
            } else {
                round = quote.current().orElseThrow();
            }

            Optional<Provider> igo = wb.providers().findByAgb(quote.igoAgb());
            Provider known = igo.filter(p -> p.type() == ProviderType.IGO).orElse(null);
            ProviderProfile profile = known != null ? ProviderProfile.of(known)
                    : new ProviderProfile(ProviderType.IGO, java.util.Set.of());
            FactSheet facts = known != null ? wb.assessments().sheet(known.id()) : FactSheet.EMPTY;
            QuoteEvaluation e = new QuoteEvaluator(wb.assessments().engine()).evaluate(policy, quote, round, profile, facts,
                    date, messages.get("cli.quote.evidence", round.number(), read.file()));

            PrintWriter out = spec.commandLine().getOut();
            if (format == Format.json) {
                ObjectMapper json = AssessCommand.jsonLines();
                out.println(json.writeValueAsString(toJson(read.file(), e, known != null)));
            } else {
                new TextReport(messages, out).print(read.file(), e, known, igo.orElse(null));
            }
            out.flush();
            return 0;
        }

        private static int refuse(PrintWriter err, String message) {
            err.println(message);
            err.flush();
            return Cli.EXIT_INVALID;
        }
    }

    // ---------------------------------------------------------------------------------------------
    // JSON: codes, ids, numbers and ISO dates, the policy's own (Dutch) texts; no labels of the user interface

    static Map<String, Object> toJson(String file, QuoteEvaluation e, boolean igoInDatabase) {
        Quote q = e.quote();
        QuoteRound r = e.round();
        QuoteContent c = r.content();
        QuoteFigures f = e.figures();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("file", file);
        Map<String, Object> igo = new LinkedHashMap<>();
        igo.put("agb", q.igoAgb());
        igo.put("name", q.igoName());
        igo.put("inDatabase", igoInDatabase);
        m.put("igo", igo);
        m.put("contractYear", q.contractYear());
        m.put("insurer", q.insurerId());
        Map<String, Object> policy = new LinkedHashMap<>();
        policy.put("id", e.policy().id());
        policy.put("insurerName", e.policy().insurer().name());
        policy.put("year", e.policy().year());
        policy.put("title", e.policy().title());
        policy.put("contract", e.contract() == null ? null : e.contract().id());
        policy.put("yearMatches", e.policyYearMatches());
        m.put("policy", policy);
        m.put("evaluatedOn", e.on().toString());
        Map<String, Object> round = new LinkedHashMap<>();
        round.put("number", r.number());
        round.put("of", q.rounds().size());
        round.put("side", r.side() == null ? null : r.side().name());
        round.put("date", iso(r.date()));
        round.put("receivedOn", iso(r.receivedOn()));
        round.put("author", r.author());
        round.put("agreed", r.agreed());
        round.put("note", r.note());
        m.put("round", round);

        Map<String, Object> figures = new LinkedHashMap<>();
        List<Map<String, Object>> lines = new ArrayList<>();
        for (QuoteFigures.Line l : f.lines()) {
            TariffLine t = l.line();
            Map<String, Object> lm = new LinkedHashMap<>();
            lm.put("number", l.number());
            lm.put("code", t.code());
            lm.put("description", t.description());
            lm.put("tariff", t.tariff());
            lm.put("indexationPct", t.indexationPct());
            lm.put("indexedTariff", l.indexedTariff());
            lm.put("volume", t.volume());
            lm.put("total", l.total());
            lines.add(lm);
        }
        figures.put("lines", lines);
        figures.put("total", f.total());
        figures.put("totalComplete", f.totalComplete());
        figures.put("financingRequest", c.financingRequest());
        figures.put("totalVolume", c.totalVolume());
        figures.put("marketSharePct", c.marketSharePct());
        figures.put("insurerPart", f.insurerPart());
        figures.put("insurerBirths", f.insurerBirths());
        figures.put("costPerBirth", f.costPerBirth());
        m.put("figures", figures);

        BudgetNeutrality n = e.neutrality();
        Map<String, Object> nm = new LinkedHashMap<>();
        nm.put("integralPerBirth", n.integralPerBirth());
        nm.put("monoPerBirth", n.monoPerBirth());
        nm.put("basis", n.basis().name());
        nm.put("difference", n.difference());
        nm.put("differencePct", n.differencePct());
        nm.put("verdict", n.verdict().name());
        m.put("budgetNeutrality", nm);

        Map<String, Object> cm = new LinkedHashMap<>();
        cm.put("complete", e.completeness().isComplete());
        List<Map<String, Object>> items = new ArrayList<>();
        for (Completeness.Entry en : e.completeness().entries()) {
            QuoteItem i = en.item();
            Map<String, Object> im = new LinkedHashMap<>();
            im.put("id", i.id());
            im.put("item", i.item());
            im.put("text", i.text());
            im.put("source", i.source() == null ? null : i.source().section());
            im.put("state", en.state().name());
            items.add(im);
        }
        cm.put("items", items);
        m.put("completeness", cm);

        List<Map<String, Object>> warnings = new ArrayList<>();
        for (Plausibility.Warning w : e.warnings()) {
            Map<String, Object> wm = new LinkedHashMap<>();
            wm.put("code", w.code().name());
            wm.put("field", w.field());
            wm.put("line", w.line());
            wm.put("args", w.args());
            warnings.add(wm);
        }
        m.put("warnings", warnings);

        List<Map<String, Object>> rules = new ArrayList<>();
        for (RequirementResult rr : e.rules()) {
            Requirement req = rr.requirement();
            Map<String, Object> rm = new LinkedHashMap<>();
            rm.put("id", req.id());
            rm.put("text", req.text());
            rm.put("role", req.role().name());
            rm.put("source", req.source() == null ? null : req.source().section());
            rm.put("status", rr.status().name());
            rm.put("openFacts", rr.missingFacts());
            rules.add(rm);
        }
        m.put("requirements", rules);

        List<Map<String, Object>> steps = new ArrayList<>();
        for (QuoteDeadlines.Step s : e.steps()) {
            Deadline d = s.deadline();
            Map<String, Object> sm = new LinkedHashMap<>();
            sm.put("id", d.id());
            sm.put("date", iso(d.date()));
            sm.put("semantics", d.semantics().code());
            sm.put("lastDay", iso(s.lastDay()));
            sm.put("actor", d.actor());
            sm.put("action", d.action());
            sm.put("source", d.source() == null ? null : d.source().section());
            sm.put("submission", s.submission());
            sm.put("state", s.state().name());
            sm.put("doneOn", iso(s.doneOn()));
            sm.put("daysLeft", s.daysLeft());
            steps.add(sm);
        }
        m.put("steps", steps);

        List<Map<String, Object>> terms = new ArrayList<>();
        for (QuoteDeadlines.Term t : e.terms()) {
            RelativeTerm rt = t.term();
            Map<String, Object> tm = new LinkedHashMap<>();
            tm.put("id", rt.id());
            tm.put("action", rt.action());
            tm.put("offset", rt.offset() == null ? null : rt.offset().toString());
            tm.put("source", rt.source() == null ? null : rt.source().section());
            tm.put("round", t.round());
            tm.put("receivedOn", iso(t.receivedOn()));
            tm.put("due", iso(t.due()));
            tm.put("state", t.state().name());
            tm.put("answeredOn", iso(t.answeredOn()));
            tm.put("daysLeft", t.daysLeft());
            terms.add(tm);
        }
        m.put("terms", terms);

        List<Map<String, Object>> derived = new ArrayList<>();
        for (FactAnswer a : e.derivedFacts()) {
            Map<String, Object> am = new LinkedHashMap<>();
            am.put("fact", a.factKey());
            am.put("insurer", a.insurerId().isEmpty() ? null : a.insurerId());
            am.put("value", AssessCommand.plain(a.value()));
            derived.add(am);
        }
        m.put("derivedFacts", derived);
        return m;
    }

    private static String iso(LocalDate d) {
        return d == null ? null : d.toString();
    }

    // ---------------------------------------------------------------------------------------------
    // text

    /** The evaluation in words, with the bundle's labels, Dutch money and dates. */
    static final class TextReport {
        private static final String DASH = "\u2013";
        private final Messages messages;
        private final PrintWriter out;

        TextReport(Messages messages, PrintWriter out) {
            this.messages = messages;
            this.out = out;
        }

        void print(String file, QuoteEvaluation e, Provider known, Provider found) {
            Quote q = e.quote();
            QuoteRound r = e.round();
            QuoteContent c = r.content();
            String who = q.igoName().isEmpty() ? messages.get("cli.assess.agb", q.igoAgb())
                    : q.igoName() + " \u00b7 " + messages.get("cli.assess.agb", q.igoAgb());
            out.println(messages.get("cli.quote.header", who, e.policy().insurer().name(), q.contractYear(), file));
            List<String> parts = new ArrayList<>();
            parts.add(messages.get("cli.quote.round", r.number(), q.rounds().size()));
            if (r.side() != null) {
                parts.add(messages.get(r.side().labelKey()));
            }
            parts.add(r.receivedOn() == null ? date(r.date())
                    : messages.get("cli.quote.dated-received", date(r.date()), date(r.receivedOn())));
            if (!r.author().isEmpty()) {
                parts.add(r.author());
            }
            if (r.agreed()) {
                parts.add(messages.get("cli.quote.agreed"));
            }
            out.println(String.join(" \u00b7 ", parts));
            if (!r.note().isEmpty()) {
                out.println(messages.get("cli.quote.note", r.note()));
            }
            out.println(messages.get("cli.quote.policy", e.policy().id(), e.policy().title(), date(e.on())));
            if (!e.policyYearMatches()) {
                out.println(messages.get("cli.quote.policy-year", e.policy().year(), q.contractYear()));
            }
            if (known != null) {
                out.println(messages.get("cli.quote.igo-known"));
            } else if (found != null) {
                out.println(messages.get("cli.quote.igo-other-type", q.igoAgb(), messages.get(found.type().labelKey())));
            } else {
                out.println(messages.get("cli.quote.igo-unknown"));
            }
            if (e.contract() == null) {
                out.println(messages.get("cli.quote.no-contract"));
            }

            out.println();
            figures(e, c);
            out.println();
            neutrality(e.neutrality());
            out.println();
            completeness(e.completeness());
            out.println();
            warnings(e.warnings());
            out.println();
            rules(e.rules());
            out.println();
            steps(e.steps());
            out.println();
            terms(e.terms());
        }

        private void figures(QuoteEvaluation e, QuoteContent c) {
            QuoteFigures f = e.figures();
            out.println(messages.get("cli.quote.tariffs"));
            if (f.lines().isEmpty()) {
                out.println("  " + messages.get("cli.quote.tariffs.none"));
            } else {
                List<String[]> rows = new ArrayList<>();
                rows.add(new String[] {messages.get("cli.quote.col.line"), messages.get("cli.quote.col.tariff"),
                        messages.get("cli.quote.col.indexation"), messages.get("cli.quote.col.indexed"),
                        messages.get("cli.quote.col.volume"), messages.get("cli.quote.col.total")});
                for (QuoteFigures.Line l : f.lines()) {
                    TariffLine t = l.line();
                    rows.add(new String[] {t.code().isEmpty() ? t.description() : t.code(), money(t.tariff()),
                            t.indexationPct() == null ? DASH : number(t.indexationPct()) + "%", money(l.indexedTariff()),
                            t.volume() == null ? DASH : number(t.volume()), money(l.total())});
                }
                columns(rows);
            }
            if (f.total() != null) {
                out.println("  " + (f.totalComplete() ? messages.get("cli.quote.total", money(f.total()))
                        : messages.get("cli.quote.total-incomplete", money(f.total()))));
            }
            if (c.financingRequest() != null) {
                out.println("  " + messages.get("cli.quote.financing", money(c.financingRequest())));
            }
            String insurer = e.policy().insurer().name();
            // the domain computes the share and the cost per birth from the complete lines only: say so
            String partial = f.total() != null && !f.totalComplete() ? " " + messages.get("cli.quote.partial") : "";
            if (c.marketSharePct() == null) {
                out.println("  " + messages.get("cli.quote.share-missing", insurer));
            } else if (f.insurerPart() != null) {
                out.println("  " + messages.get("cli.quote.share", insurer, number(c.marketSharePct()), money(f.insurerPart()),
                        f.insurerBirths() == null ? DASH : number(f.insurerBirths())) + partial);
            } else {
                out.println("  " + messages.get("cli.quote.share-only", insurer, number(c.marketSharePct())));
            }
            if (f.costPerBirth() != null) {
                out.println("  " + messages.get("cli.quote.per-birth", money(f.costPerBirth()), number(c.totalVolume())) + partial);
            } else {
                out.println("  " + messages.get("cli.quote.per-birth-missing"));
            }
        }

        private void neutrality(BudgetNeutrality n) {
            out.println(messages.get("cli.quote.neutrality", messages.get(n.verdict().labelKey())));
            String basis = switch (n.basis()) {
                case ENTERED -> messages.get("cli.quote.basis.entered");
                case REFERENCE_TABLE -> messages.get("cli.quote.basis.table");
                case NONE -> messages.get("cli.quote.basis.none");
            };
            if (n.verdict() != BudgetNeutrality.Verdict.UNKNOWN) {
                out.println("  " + messages.get("cli.quote.neutrality.figures", money(n.integralPerBirth()),
                        money(n.monoPerBirth()), basis));
                out.println("  " + messages.get("cli.quote.neutrality.difference", signed(n.difference()),
                        n.differencePct() == null ? DASH : (n.differencePct().signum() > 0 ? "+" : "") + number(n.differencePct())));
            } else {
                if (n.integralPerBirth() == null) {
                    out.println("  " + messages.get("cli.quote.neutrality.no-integral"));
                }
                if (n.monoPerBirth() == null) {
                    out.println("  " + messages.get("cli.quote.neutrality.no-mono"));
                }
            }
        }

        private void completeness(Completeness c) {
            if (c.entries().isEmpty()) {
                out.println(messages.get("cli.quote.completeness.none"));
                return;
            }
            long present = c.entries().stream().filter(x -> x.state() == Completeness.State.PRESENT).count();
            out.println(messages.get("cli.quote.completeness", present, c.entries().size()));
            List<String[]> rows = new ArrayList<>();
            for (Completeness.Entry en : c.entries()) {
                rows.add(new String[] {messages.get(en.state().labelKey()),
                        messages.get("cli.quote.item", en.item().id(), en.item().text())});
            }
            labelled(rows);
        }

        private void warnings(List<Plausibility.Warning> warnings) {
            if (warnings.isEmpty()) {
                out.println(messages.get("cli.quote.warnings.none"));
                return;
            }
            out.println(messages.get("cli.quote.warnings"));
            for (Plausibility.Warning w : warnings) {
                out.println("  - " + messages.get(w.code().messageKey(), w.args().toArray()));
            }
        }

        private void rules(List<RequirementResult> rules) {
            if (rules.isEmpty()) {
                out.println(messages.get("cli.quote.rules.none"));
                return;
            }
            out.println(messages.get("cli.quote.rules"));
            List<String[]> rows = new ArrayList<>();
            for (RequirementResult rr : rules) {
                Requirement req = rr.requirement();
                String section = req.source() == null ? null : req.source().section();
                String text = section == null || section.isBlank()
                        ? messages.get("cli.assess.requirement-no-source", req.id(), req.text())
                        : messages.get("cli.assess.requirement", req.id(), req.text(), section);
                if (rr.status() == Status.UNKNOWN && !rr.missingFacts().isEmpty()) {
                    text += " \u00b7 " + messages.get("cli.assess.open-facts", String.join(", ", rr.missingFacts()));
                }
                rows.add(new String[] {messages.get(rr.status().labelKey()), text});
            }
            labelled(rows);
        }

        private void steps(List<QuoteDeadlines.Step> steps) {
            if (steps.isEmpty()) {
                out.println(messages.get("cli.quote.steps.none"));
                return;
            }
            out.println(messages.get("cli.quote.steps"));
            List<String[]> rows = new ArrayList<>();
            for (QuoteDeadlines.Step s : steps) {
                Deadline d = s.deadline();
                String state = messages.get(s.state().labelKey());
                if (s.doneOn() != null) {
                    state += " " + messages.get("cli.quote.received-on", date(s.doneOn()));
                } else if (s.state() == QuoteDeadlines.State.OPEN || s.state() == QuoteDeadlines.State.UPCOMING) {
                    state += " " + messages.get("cli.quote.days-left", s.daysLeft());
                }
                String when = messages.get(d.semantics().labelKey()) + " " + date(d.date());
                String source = d.source() == null ? "" : d.source().section();
                rows.add(new String[] {state, messages.get("cli.quote.step", when, d.action(), d.id(), source)});
            }
            labelled(rows);
        }

        private void terms(List<QuoteDeadlines.Term> terms) {
            if (terms.isEmpty()) {
                out.println(messages.get("cli.quote.terms.none"));
                return;
            }
            out.println(messages.get("cli.quote.terms"));
            String current = null;
            for (QuoteDeadlines.Term t : terms) {
                RelativeTerm rt = t.term();
                if (!rt.id().equals(current)) {
                    current = rt.id();
                    out.println("  " + messages.get("cli.quote.term.rule", rt.id(), rt.action(), period(rt.offset()),
                            rt.source() == null ? "" : rt.source().section()));
                }
                String state = messages.get(t.state().labelKey());
                if (t.answeredOn() != null) {
                    state += " " + messages.get("cli.quote.answered-on", date(t.answeredOn()));
                } else if (t.state() == QuoteDeadlines.State.OPEN) {
                    state += " " + messages.get("cli.quote.days-left", t.daysLeft());
                } else if (t.state() == QuoteDeadlines.State.OVERDUE) {
                    state += " " + messages.get("cli.quote.days-over", -t.daysLeft());
                }
                out.println("    " + messages.get("cli.quote.term", t.round(), date(t.receivedOn()), date(t.due()), state));
            }
        }

        private String period(Period p) {
            if (p.getYears() == 0 && p.getMonths() == 0 && p.getDays() % 7 == 0) {
                return messages.get("cli.quote.period.weeks", p.getDays() / 7);
            }
            if (p.getYears() == 0 && p.getDays() == 0) {
                return messages.get("cli.quote.period.months", p.getMonths());
            }
            if (p.getYears() == 0 && p.getMonths() == 0) {
                return messages.get("cli.quote.period.days", p.getDays());
            }
            return p.toString();
        }

        /** Rows under a header: text left, figures right-aligned, indented by two spaces. */
        private void columns(List<String[]> rows) {
            int cols = rows.get(0).length;
            int[] width = new int[cols];
            for (String[] row : rows) {
                for (int i = 0; i < cols; i++) {
                    width[i] = Math.max(width[i], row[i].length());
                }
            }
            for (String[] row : rows) {
                StringBuilder sb = new StringBuilder("  ");
                for (int i = 0; i < cols; i++) {
                    String pad = " ".repeat(width[i] - row[i].length());
                    sb.append(i == 0 ? row[i] + pad : pad + row[i]);
                    if (i < cols - 1) {
                        sb.append("  ");
                    }
                }
                out.println(sb.toString().stripTrailing());
            }
        }

        /** Label and text: the label column padded, the text as it is. */
        private void labelled(List<String[]> rows) {
            int width = 0;
            for (String[] row : rows) {
                width = Math.max(width, row[0].length());
            }
            for (String[] row : rows) {
                out.println("  " + row[0] + " ".repeat(width - row[0].length() + 2) + row[1]);
            }
        }

        private String date(LocalDate d) {
            return d == null ? DASH : Formats.date(d, messages.locale());
        }

        private static String money(BigDecimal v) {
            return v == null ? DASH : Formats.money(v);
        }

        /** A difference in euros with its sign: +€ 11,39 or -€ 23,35. */
        private static String signed(BigDecimal v) {
            return v.signum() < 0 ? "-" + Formats.money(v.negate()) : "+" + Formats.money(v);
        }

        private static String number(BigDecimal n) {
            return n == null ? DASH : new DecimalFormat("#,##0.##########", DecimalFormatSymbols.getInstance(Formats.DUTCH)).format(n);
        }
    }
}
