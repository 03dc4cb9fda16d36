package nl.inkoopwerkbank.service;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import nl.inkoopwerkbank.domain.assessment.Change;
import nl.inkoopwerkbank.domain.assessment.ContractAssessment;
import nl.inkoopwerkbank.domain.assessment.NextStep;
import nl.inkoopwerkbank.domain.assessment.Outcome;
import nl.inkoopwerkbank.domain.assessment.RequirementResult;
import nl.inkoopwerkbank.domain.assessment.Status;
import nl.inkoopwerkbank.domain.calendar.CalendarItem;
import nl.inkoopwerkbank.domain.fact.FactCatalog;
import nl.inkoopwerkbank.domain.format.Formats;
import nl.inkoopwerkbank.domain.policy.ContractType;
import nl.inkoopwerkbank.domain.policy.Policy;
import nl.inkoopwerkbank.domain.policy.RequirementRole;
import nl.inkoopwerkbank.domain.provider.Insurer;
import nl.inkoopwerkbank.domain.provider.Provider;
import nl.inkoopwerkbank.domain.provider.ProviderContract;
import nl.inkoopwerkbank.domain.quote.BudgetNeutrality;
import nl.inkoopwerkbank.domain.quote.QuoteRound;
import nl.inkoopwerkbank.domain.quote.Schoning;
import nl.inkoopwerkbank.domain.quote.SchoningStatus;
import nl.inkoopwerkbank.domain.summary.ContractSummary;
import nl.inkoopwerkbank.domain.summary.QuoteSummary;
import nl.inkoopwerkbank.i18n.Messages;
import nl.inkoopwerkbank.io.export.ReportDocument;
import nl.inkoopwerkbank.io.export.ReportDocument.Align;
import nl.inkoopwerkbank.io.export.ReportDocument.Badges;
import nl.inkoopwerkbank.io.export.ReportDocument.Block;
import nl.inkoopwerkbank.io.export.ReportDocument.Column;
import nl.inkoopwerkbank.io.export.ReportDocument.Field;
import nl.inkoopwerkbank.io.export.ReportDocument.Fields;
import nl.inkoopwerkbank.io.export.ReportDocument.Heading;
import nl.inkoopwerkbank.io.export.ReportDocument.Paragraph;
import nl.inkoopwerkbank.io.export.ReportDocument.Row;
import nl.inkoopwerkbank.io.export.ReportDocument.Table;
import nl.inkoopwerkbank.io.export.ReportDocument.Tone;

/**
 * Words a {@link ContractSummary} as a document for the negotiation table, in the language of the
 * messages; money and numbers always the Dutch way ({@code € 1.234,56}).
 */
final class SummaryTexts {

    /** At most this many requirements are listed per contract; the rest are counted. */
    static final int MAX_REQUIREMENTS = 8;
    /** The same when the full summary would not fit on two pages. */
    static final int COMPACT_REQUIREMENTS = 3;
    static final int COMPACT_DEADLINES = 4;

    /**
     * How much a summary lists: everything; shortened (a few requirements, steps and deadlines); or, when
     * that still runs over two pages, only the number of requirements and the first step.
     */
    enum Length { FULL, COMPACT, SHORTEST }

    private final Messages messages;
    private final AssessmentTexts facts;
    private final CalendarTexts calendar;
    private final Map<String, Insurer> insurers;
    private final Length length;

    SummaryTexts(Messages messages, FactCatalog catalog, List<Policy> policies, Map<String, Insurer> insurers,
                 Length length) {
        this.messages = messages;
        this.length = length;
        this.facts = new AssessmentTexts(messages, catalog);
        this.calendar = new CalendarTexts(messages, policies);
        this.insurers = insurers;
    }

    private String m(String key, Object... args) {
        return messages.get(key, args);
    }

    private String date(java.time.LocalDate d) {
        return Formats.date(d, messages.locale());
    }

    ReportDocument document(ContractSummary s) {
        Provider p = s.provider();
        List<Block> blocks = new ArrayList<>();
        provider(blocks, p);
        blocks.add(new Heading(m("summary.policy", s.policy().title()), 1, m("summary.policy.year", String.valueOf(s.policy().year()))));
        if (s.contracts().isEmpty()) {
            blocks.add(new Paragraph(m("summary.contracts.none", m(p.type().labelKey())), Tone.MUTED));
        }
        for (ContractAssessment a : s.contracts()) {
            contract(blocks, a);
        }
        s.quote().ifPresent(q -> quote(blocks, q));
        deadlines(blocks, s);
        notes(blocks, s);
        String subtitle = String.join(" · ", List.of(m("summary.agb", p.agbCode()), m(p.type().labelKey()),
                p.place() == null ? "" : p.place())).replaceAll(" · $", "");
        return new ReportDocument(p.name(), subtitle, s.issuer(),
                m("summary.issued", date(s.printedOn())),
                m("summary.footer", s.issuer(), s.policy().title()),
                m("summary.page"), messages.locale().toLanguageTag(), blocks);
    }

    // ---------------------------------------------------------------------------------------- provider

    private void provider(List<Block> blocks, Provider p) {
        blocks.add(new Heading(m("summary.provider"), 1));
        String address = String.join(", ", nonBlank(p.street(),
                String.join(" ", nonBlank(p.postcode(), p.place()))));
        List<Field> f = new ArrayList<>();
        f.add(new Field(m("summary.provider.agb"), p.agbCode()));
        f.add(new Field(m("summary.provider.kvk"), p.kvkNumber()));
        f.add(new Field(m("summary.provider.type"), m(p.type().labelKey())));
        f.add(new Field(m("summary.provider.region"), p.region()));
        f.add(new Field(m("summary.provider.address"), address));
        f.add(new Field(m("summary.provider.contact"), p.contactPerson()));
        f.add(new Field(m("summary.provider.email"), p.email()));
        f.add(new Field(m("summary.provider.contracts"), contracts(p)));
        blocks.add(new Fields(f, 2));
    }

    private String contracts(Provider p) {
        if (p.contracts().isEmpty()) {
            return m("summary.provider.contracts.none");
        }
        return p.contracts().stream().map(this::contract).collect(Collectors.joining("; "));
    }

    private String contract(ProviderContract c) {
        Insurer i = insurers.get(c.insurerId());
        String name = i == null ? c.insurerId() : i.shortName();
        return c.since() == null ? name : m("summary.provider.contract.since", name, date(c.since()));
    }

    private static List<String> nonBlank(String... parts) {
        List<String> out = new ArrayList<>();
        for (String s : parts) {
            if (s != null && !s.isBlank()) {
                out.add(s.strip());
            }
        }
        return out;
    }

    // ---------------------------------------------------------------------------------------- contract

    private void contract(List<Block> blocks, ContractAssessment a) {
        ContractType c = a.contract();
        blocks.add(new Heading(c.name(), 2, m("summary.contract.kind." + c.kind().name())));
        List<Field> badges = new ArrayList<>();
        badges.add(new Field(m("summary.badge.outcome"), facts.outcome(a), tone(a.outcome())));
        if (c.isTiered()) {
            badges.add(new Field(m("summary.badge.tier"), a.tier() == null ? m("summary.tier.none") : tierText(a),
                    a.tier() == null ? Tone.BAD : a.tierFinal() ? Tone.GOOD : Tone.WARNING));
        }
        badges.add(new Field(m("summary.badge.duration"), duration(c.duration())));
        int open = a.open().size();
        badges.add(new Field(m("summary.badge.open"), String.valueOf(open), open == 0 ? Tone.GOOD : Tone.WARNING));
        blocks.add(new Badges(badges));
        if (!a.missingBaseContracts().isEmpty()) {
            blocks.add(new Paragraph(m("assessment.explanation.base-contract", facts.baseContracts(a)), Tone.BAD));
        }

        List<RequirementResult> shown = new ArrayList<>(a.failingKnockOuts());
        shown.addAll(a.results().stream().filter(r -> r.status() == Status.UNKNOWN).toList());
        if (shown.isEmpty()) {
            blocks.add(new Paragraph(m(a.outcome() == Outcome.ELIGIBLE ? "summary.requirements.all-met"
                    : "summary.requirements.none-listed"), a.outcome() == Outcome.ELIGIBLE ? Tone.GOOD : Tone.NORMAL));
        } else if (length == Length.SHORTEST) {
            blocks.add(new Paragraph(m("summary.requirements.count", shown.size()), Tone.MUTED));
        } else {
            int max = length == Length.COMPACT ? COMPACT_REQUIREMENTS : MAX_REQUIREMENTS;
            List<Row> rows = new ArrayList<>();
            for (RequirementResult r : shown.subList(0, Math.min(shown.size(), max))) {
                boolean failing = r.status() == Status.NOT_MET;
                String kind = m(r.requirement().role() == RequirementRole.KNOCK_OUT ? "summary.role.knock-out"
                        : "summary.role.tier");
                String src = source(r);
                rows.add(new Row(List.of(r.requirement().text(),
                        m(failing ? "summary.status.not-met" : "summary.status.open"), explanation(r)),
                        List.of(Tone.NORMAL, failing ? Tone.BAD : Tone.WARNING, Tone.NORMAL), false,
                        List.of(src.isEmpty() ? kind : kind + " · " + src)));
            }
            boolean anyFailing = shown.stream().anyMatch(r -> r.status() == Status.NOT_MET);
            List<Column> cols = new ArrayList<>(List.of(
                    new Column(m("summary.requirements.requirement"), Align.LEFT, anyFailing ? 64 : 86),
                    new Column(m("summary.requirements.status"), Align.LEFT, anyFailing ? 11 : 14)));
            if (anyFailing) {
                cols.add(new Column(m("summary.requirements.missing"), Align.LEFT, 25));
            }
            blocks.add(new Table(cols, rows, ""));
            if (shown.size() > max) {
                blocks.add(new Paragraph(m("summary.requirements.more", shown.size() - max), Tone.MUTED));
            }
        }
        a.nextStep().ifPresent(n -> blocks.add(nextStep(a, n)));
        for (var notice : a.notices()) {
            blocks.add(new Paragraph(facts.notice(notice), notice.kind().blocks() ? Tone.BAD : Tone.WARNING));
        }
    }

    private String tierText(ContractAssessment a) {
        return a.tierFinal() ? a.tier().id() : m("assessment.tier.provisional", a.tier().id());
    }

    /** For a requirement not met: what the provider has against what is needed; for an open one: how many questions. */
    private String explanation(RequirementResult r) {
        if (r.status() == Status.UNKNOWN) {
            return "";
        }
        return r.facts().stream().map(u -> {
            String need = u.op() == nl.inkoopwerkbank.domain.policy.Operator.EQ ? facts.threshold(u.fact(), u.threshold())
                    : facts.sign(u.op()) + " " + facts.threshold(u.fact(), u.threshold());
            return m("assessment.change", facts.valueWithUnit(u.fact(), u.value()), need);
        }).collect(Collectors.joining("; "));
    }

    private String source(RequirementResult r) {
        return r.requirement().source() == null || r.requirement().source().section() == null ? ""
                : r.requirement().source().section();
    }

    private Block nextStep(ContractAssessment a, NextStep n) {
        String target = n.toEligibility() ? m("summary.next.eligible") : m("summary.next.tier", n.tier().id());
        List<String> parts = new ArrayList<>();
        for (Change c : n.changes()) {
            parts.add(facts.question(c.fact()) + " (" + facts.change(c) + ")");
        }
        for (String f : n.openFacts()) {
            parts.add(m("summary.next.answer", facts.question(f)));
        }
        int maxParts = length == Length.FULL ? Integer.MAX_VALUE : length == Length.COMPACT ? COMPACT_REQUIREMENTS : 1;
        if (parts.size() > maxParts) {
            int more = parts.size() - maxParts;
            parts = new ArrayList<>(parts.subList(0, maxParts));
            parts.add(m("summary.next.more", more));
        }
        String lead = m("summary.next", target);
        String text = parts.isEmpty() ? m("summary.next.nothing") : String.join("; ", parts) + ".";
        return new ReportDocument.Callout(lead, text, n.toEligibility() ? Tone.BAD : Tone.NORMAL);
    }

    private String duration(ContractType.Duration d) {
        if (d == null) {
            return m("summary.duration.unknown");
        }
        if (d.start() != null && d.end() != null) {
            return m("summary.duration.range", date(d.start()), date(d.end()));
        }
        if (d.description() != null && !d.description().isBlank()) {
            return d.description();
        }
        if (d.start() != null) {
            return m("summary.duration.from", date(d.start()));
        }
        return m("summary.duration.unknown");
    }

    private static Tone tone(Outcome o) {
        return switch (o) {
            case ELIGIBLE -> Tone.GOOD;
            case NOT_ELIGIBLE -> Tone.BAD;
            case INCOMPLETE -> Tone.WARNING;
        };
    }

    // ---------------------------------------------------------------------------------------- quote

    private void quote(List<Block> blocks, QuoteSummary q) {
        QuoteRound latest = q.latest();
        Insurer ins = insurers.get(q.quote().insurerId());
        blocks.add(new Heading(m("summary.quote", String.valueOf(q.quote().contractYear()),
                ins == null ? q.quote().insurerId() : ins.shortName()), 1,
                m(latest.agreed() ? "summary.quote.round.agreed" : "summary.quote.round", latest.number(),
                        m(latest.side().labelKey()), date(latest.date()))));

        List<Column> cols = new ArrayList<>();
        cols.add(new Column("", Align.LEFT, 0));
        boolean hasLastYear = q.lastYear().isPresent();
        boolean hasPrevious = q.previous().isPresent();
        if (hasLastYear) {
            cols.add(new Column(m("summary.quote.last-year", String.valueOf(q.quote().contractYear() - 1)), Align.RIGHT, 17));
        }
        if (hasPrevious) {
            cols.add(new Column(m("summary.quote.round.short", q.previous().get().number()), Align.RIGHT, 17));
        }
        cols.add(new Column(m("summary.quote.round.short", latest.number()), Align.RIGHT, 17));
        if (hasPrevious) {
            cols.add(new Column(m("summary.quote.change"), Align.RIGHT, 15));
        }
        List<Row> rows = new ArrayList<>();
        for (QuoteSummary.KeyFigure f : q.figures()) {
            List<String> cells = new ArrayList<>();
            cells.add(m("summary.figure." + f.key()));
            if (hasLastYear) {
                cells.add(value(f.unit(), f.lastYear()));
            }
            if (hasPrevious) {
                cells.add(value(f.unit(), f.previous()));
            }
            cells.add(value(f.unit(), f.latest()));
            if (hasPrevious) {
                cells.add(change(f.unit(), f.change()));
            }
            rows.add(new Row(cells));
        }
        blocks.add(new Table(cols, rows, ""));

        BudgetNeutrality n = q.neutrality();
        if (n.verdict() == BudgetNeutrality.Verdict.UNKNOWN) {
            blocks.add(new Paragraph(m("summary.neutrality.unknown"), Tone.WARNING));
        } else {
            blocks.add(new Paragraph(m("summary.neutrality", Formats.money(n.integralPerBirth()),
                    Formats.money(n.monoPerBirth()), Formats.money(n.difference()),
                    n.differencePct() == null ? "—" : Formats.percent(n.differencePct(), 2), m(n.verdict().labelKey())),
                    n.verdict() == BudgetNeutrality.Verdict.NEUTRAL ? Tone.GOOD : Tone.BAD));
        }
        blocks.add(schoning(q.schoning()));

        if (!q.tariffs().isEmpty()) {
            blocks.add(new Heading(m("summary.tariffs"), 2, m("summary.tariffs.aside")));
            List<Column> tc = new ArrayList<>();
            tc.add(new Column(m("summary.tariffs.line"), Align.LEFT, 0));
            if (hasLastYear) {
                tc.add(new Column(m("summary.quote.last-year", String.valueOf(q.quote().contractYear() - 1)), Align.RIGHT, 13));
            }
            if (hasPrevious) {
                tc.add(new Column(m("summary.quote.round.short", q.previous().get().number()), Align.RIGHT, 13));
            }
            tc.add(new Column(m("summary.quote.round.short", latest.number()), Align.RIGHT, 13));
            tc.add(new Column(m("summary.tariffs.indexation"), Align.RIGHT, 9));
            tc.add(new Column(m("summary.tariffs.volume"), Align.RIGHT, 9));
            List<Row> tr = new ArrayList<>();
            for (QuoteSummary.TariffRow t : q.tariffs()) {
                List<String> cells = new ArrayList<>();
                cells.add(t.code() == null || t.code().isBlank() ? t.description() : t.code() + " " + t.description());
                if (hasLastYear) {
                    cells.add(Formats.money(t.lastYear()));
                }
                if (hasPrevious) {
                    cells.add(Formats.money(t.previous()));
                }
                cells.add(Formats.money(t.latest()));
                cells.add(Formats.percent(t.latestIndexationPct(), 2));
                cells.add(Formats.number(t.latestVolume(), 1));
                tr.add(new Row(cells));
            }
            blocks.add(new Table(tc, tr, ""));
        }
    }

    private Block schoning(Schoning s) {
        if (!s.isDescribed()) {
            return new Paragraph(m("summary.schoning.none"), Tone.BAD);
        }
        SchoningStatus st = s.status() == null ? SchoningStatus.NONE : s.status();
        String text = m("summary.schoning", s.hospital().isEmpty() ? m("summary.schoning.hospital.unknown") : s.hospital(),
                m(st.labelKey()));
        if (s.amount() != null) {
            text += " · " + m("summary.schoning.amount", Formats.money(s.amount()));
        }
        if (!s.method().isEmpty()) {
            text += " · " + s.method();
        }
        return new Paragraph(text, st == SchoningStatus.AGREED ? Tone.GOOD : st == SchoningStatus.IN_NEGOTIATION
                ? Tone.WARNING : Tone.BAD);
    }

    private String value(QuoteSummary.Unit unit, BigDecimal v) {
        if (v == null) {
            return "—";
        }
        return switch (unit) {
            case MONEY -> Formats.money(v);
            case NUMBER -> Formats.number(v, 1);
            case PERCENT -> Formats.percent(v, 2);
        };
    }

    private String change(QuoteSummary.Unit unit, BigDecimal v) {
        if (v == null) {
            return "—";
        }
        if (v.signum() == 0) {
            return m("summary.quote.same");
        }
        String s = value(unit, v.abs());
        if (unit == QuoteSummary.Unit.MONEY) {
            s = s.replace("€ ", "");
            return (v.signum() > 0 ? "+ € " : "− € ") + s;
        }
        return (v.signum() > 0 ? "+" : "−") + s + (unit == QuoteSummary.Unit.PERCENT ? "" : "");
    }

    // ---------------------------------------------------------------------------------------- deadlines, notes

    private void deadlines(List<Block> blocks, ContractSummary s) {
        blocks.add(new Heading(m("summary.deadlines"), 1));
        List<Row> rows = new ArrayList<>();
        List<CalendarItem> shown = length != Length.FULL ? s.deadlines().subList(0, Math.min(COMPACT_DEADLINES, s.deadlines().size()))
                : s.deadlines();
        int more = s.moreDeadlines() + s.deadlines().size() - shown.size();
        for (CalendarItem i : shown) {
            Tone t = switch (i.status()) {
                case OVERDUE -> Tone.BAD;
                case DUE_SOON -> Tone.WARNING;
                default -> Tone.NORMAL;
            };
            rows.add(new Row(List.of(calendar.when(i), calendar.line(i), calendar.status(i)),
                    List.of(Tone.NORMAL, Tone.NORMAL, t), false));
        }
        blocks.add(new Table(List.of(new Column(m("summary.deadlines.when"), Align.LEFT, 30),
                new Column(m("summary.deadlines.what"), Align.LEFT, 0),
                new Column(m("summary.deadlines.status"), Align.LEFT, 12)), rows, m("summary.deadlines.none")));
        if (more > 0) {
            blocks.add(new Paragraph(m("summary.deadlines.more", more), Tone.MUTED));
        }
    }

    private void notes(List<Block> blocks, ContractSummary s) {
        List<String> notes = new ArrayList<>();
        if (s.provider().notes() != null && !s.provider().notes().isBlank()) {
            notes.add(s.provider().notes().strip());
        }
        s.quote().ifPresent(q -> q.quote().rounds().stream()
                .filter(r -> r.note() != null && !r.note().isBlank())
                .forEach(r -> notes.add(m("summary.notes.round", r.number(), date(r.date()), r.note().strip()))));
        if (policyNote(s) != null) {
            notes.add(policyNote(s));
        }
        blocks.add(new Heading(m("summary.notes"), 1));
        if (notes.isEmpty()) {
            blocks.add(new Paragraph(m("summary.notes.none"), Tone.MUTED));
        }
        for (String n : notes) {
            blocks.add(new Paragraph(n, Tone.NORMAL));
        }
    }

    private String policyNote(ContractSummary s) {
        if (s.quote().isPresent() && s.quote().get().quote().contractYear() != s.policy().year()) {
            return m("summary.notes.year-mismatch", String.valueOf(s.quote().get().quote().contractYear()),
                    String.valueOf(s.policy().year()));
        }
        return null;
    }
}
