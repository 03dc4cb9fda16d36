package nl.inkoopwerkbank.service;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import nl.inkoopwerkbank.domain.assessment.ContractAssessment;
import nl.inkoopwerkbank.domain.assessment.Outcome;
import nl.inkoopwerkbank.domain.calendar.CalendarItem;
import nl.inkoopwerkbank.domain.policy.ContractType;
import nl.inkoopwerkbank.domain.policy.Policy;
import nl.inkoopwerkbank.domain.provider.Insurer;
import nl.inkoopwerkbank.domain.provider.Provider;
import nl.inkoopwerkbank.domain.quote.BudgetNeutrality;
import nl.inkoopwerkbank.domain.quote.Quote;
import nl.inkoopwerkbank.domain.quote.QuoteFigures;
import nl.inkoopwerkbank.domain.quote.QuoteRound;
import nl.inkoopwerkbank.i18n.Messages;
import nl.inkoopwerkbank.io.export.TableData;
import nl.inkoopwerkbank.io.export.TableData.Column;
import nl.inkoopwerkbank.io.export.TableData.Kind;

/**
 * The portfolio and quotes as typed tables for Excel and CSV: providers x insurers, one row per provider
 * and contract type, the tariff lines of every quote round, and a quote's key figures per round.
 */
final class PortfolioTables {

    /** One provider assessed against one contract type, with the next deadline of that insurer. */
    record Line(Provider provider, ContractAssessment assessment, CalendarItem next) {
    }

    private final Messages messages;
    private final Map<String, Insurer> insurers;
    private final CalendarTexts calendar;

    PortfolioTables(Messages messages, Map<String, Insurer> insurers, List<Policy> policies) {
        this.messages = messages;
        this.insurers = insurers;
        this.calendar = new CalendarTexts(messages, policies);
    }

    private String m(String key, Object... args) {
        return messages.get(key, args);
    }

    List<TableData> build(List<Line> lines, List<Quote> quotes) {
        return List.of(matrix(lines), perContract(lines), tariffs(quotes));
    }

    private String shortName(String insurerId) {
        Insurer i = insurers.get(insurerId);
        return i == null ? insurerId : i.shortName();
    }

    /**
     * Providers x insurers: per insurer the outcome and tier of the provider's main contract (the first
     * contract, not addendum, the insurer's newest policy offers it), its open requirements and the next
     * deadline.
     */
    TableData matrix(List<Line> lines) {
        Set<String> insurerIds = new LinkedHashSet<>();
        lines.stream().map(l -> l.assessment().policy().insurer().id()).sorted(Comparator.comparing(this::shortName,
                String.CASE_INSENSITIVE_ORDER)).forEach(insurerIds::add);
        Map<Provider, Map<String, Line>> main = new LinkedHashMap<>();
        for (Line l : lines) {
            Map<String, Line> byInsurer = main.computeIfAbsent(l.provider(), p -> new LinkedHashMap<>());
            String ins = l.assessment().policy().insurer().id();
            Line current = byInsurer.get(ins);
            if (current == null || better(l, current)) {
                byInsurer.put(ins, l);
            }
        }
        List<Column> cols = new ArrayList<>(providerColumns());
        for (String ins : insurerIds) {
            String n = shortName(ins);
            cols.add(new Column(m("export.column.insurer.outcome", n), Kind.TEXT, 22));
            cols.add(new Column(m("export.column.insurer.tier", n), Kind.TEXT, 10));
            cols.add(new Column(m("export.column.insurer.open", n), Kind.INTEGER, 10));
            cols.add(new Column(m("export.column.insurer.next", n), Kind.DATE, 16));
        }
        List<List<Object>> rows = new ArrayList<>();
        for (Map.Entry<Provider, Map<String, Line>> e : main.entrySet()) {
            List<Object> row = providerCells(e.getKey());
            for (String ins : insurerIds) {
                Line l = e.getValue().get(ins);
                if (l == null) {
                    row.add(m("export.value.not-offered"));
                    row.add(null);
                    row.add(null);
                    row.add(null);
                } else {
                    row.add(outcome(l.assessment()));
                    row.add(tier(l.assessment()));
                    row.add(l.assessment().open().size());
                    row.add(l.next() == null ? null : l.next().date());
                }
            }
            rows.add(row);
        }
        return new TableData(m("export.sheet.portfolio"), cols, rows);
    }

    /** Newest policy first, then a contract before an addendum, then the policy's own order. */
    private static boolean better(Line candidate, Line current) {
        Policy a = candidate.assessment().policy();
        Policy b = current.assessment().policy();
        if (a.year() != b.year()) {
            return a.year() > b.year();
        }
        boolean aContract = candidate.assessment().contract().kind() == ContractType.Kind.CONTRACT;
        boolean bContract = current.assessment().contract().kind() == ContractType.Kind.CONTRACT;
        return aContract && !bContract;
    }

    /** One row per provider and contract type, every policy in the library. */
    TableData perContract(List<Line> lines) {
        List<Column> cols = new ArrayList<>(providerColumns());
        cols.add(new Column(m("export.column.insurer"), Kind.TEXT, 14));
        cols.add(new Column(m("export.column.policy"), Kind.TEXT, 34));
        cols.add(new Column(m("export.column.contract"), Kind.TEXT, 30));
        cols.add(new Column(m("export.column.outcome"), Kind.TEXT, 22));
        cols.add(new Column(m("export.column.tier"), Kind.TEXT, 10));
        cols.add(new Column(m("export.column.failing"), Kind.INTEGER, 12));
        cols.add(new Column(m("export.column.open"), Kind.INTEGER, 12));
        cols.add(new Column(m("export.column.contract-end"), Kind.DATE, 16));
        cols.add(new Column(m("export.column.next"), Kind.DATE, 16));
        cols.add(new Column(m("export.column.next.what"), Kind.TEXT, 50));
        List<List<Object>> rows = new ArrayList<>();
        for (Line l : lines) {
            ContractAssessment a = l.assessment();
            List<Object> row = providerCells(l.provider());
            row.add(shortName(a.policy().insurer().id()));
            row.add(a.policy().title());
            row.add(a.contract().name());
            row.add(outcome(a));
            row.add(tier(a));
            row.add(a.failingKnockOuts().size());
            row.add(a.open().size());
            row.add(a.contract().duration() == null ? null : a.contract().duration().end());
            row.add(l.next() == null ? null : l.next().date());
            row.add(l.next() == null ? null : calendar.line(l.next()));
            rows.add(row);
        }
        return new TableData(m("export.sheet.contracts"), cols, rows);
    }

    /** Every tariff line of every round of the quotes. */
    TableData tariffs(List<Quote> quotes) {
        List<Column> cols = List.of(
                new Column(m("export.column.igo"), Kind.TEXT, 28),
                new Column(m("export.column.agb"), Kind.TEXT, 11),
                new Column(m("export.column.year"), Kind.INTEGER, 8),
                new Column(m("export.column.insurer"), Kind.TEXT, 14),
                new Column(m("export.column.round"), Kind.INTEGER, 8),
                new Column(m("export.column.round.date"), Kind.DATE, 16),
                new Column(m("export.column.round.agreed"), Kind.TEXT, 9),
                new Column(m("export.column.code"), Kind.TEXT, 13),
                new Column(m("export.column.description"), Kind.TEXT, 44),
                new Column(m("export.column.tariff"), Kind.MONEY, 14),
                new Column(m("export.column.indexation"), Kind.PERCENT, 11),
                new Column(m("export.column.indexed"), Kind.MONEY, 16),
                new Column(m("export.column.volume"), Kind.DECIMAL, 10),
                new Column(m("export.column.line-total"), Kind.MONEY, 16));
        List<List<Object>> rows = new ArrayList<>();
        for (Quote q : quotes) {
            for (QuoteRound r : q.rounds()) {
                for (QuoteFigures.Line l : QuoteFigures.of(r.content()).lines()) {
                    List<Object> row = new ArrayList<>();
                    row.add(q.igoName());
                    row.add(q.igoAgb());
                    row.add(q.contractYear());
                    row.add(shortName(q.insurerId()));
                    row.add(r.number());
                    row.add(r.date());
                    row.add(m(r.agreed() ? "common.yes" : "common.no"));
                    row.add(l.line().code());
                    row.add(l.line().description());
                    row.add(l.line().tariff());
                    row.add(l.line().indexationPct());
                    row.add(l.indexedTariff());
                    row.add(l.line().volume());
                    row.add(l.total());
                    rows.add(row);
                }
            }
        }
        return new TableData(m("export.sheet.tariffs"), cols, rows);
    }

    /** A quote's key figures per round. */
    TableData keyFigures(Quote q) {
        List<Column> cols = List.of(
                new Column(m("export.column.round"), Kind.INTEGER, 8),
                new Column(m("export.column.round.side"), Kind.TEXT, 30),
                new Column(m("export.column.round.date"), Kind.DATE, 16),
                new Column(m("export.column.round.agreed"), Kind.TEXT, 9),
                new Column(m("summary.figure.financingRequest"), Kind.MONEY, 18),
                new Column(m("summary.figure.totalVolume"), Kind.DECIMAL, 12),
                new Column(m("summary.figure.marketSharePct"), Kind.PERCENT, 12),
                new Column(m("summary.figure.total"), Kind.MONEY, 18),
                new Column(m("summary.figure.insurerPart"), Kind.MONEY, 18),
                new Column(m("summary.figure.costPerBirth"), Kind.MONEY, 16),
                new Column(m("summary.figure.monoPerBirth"), Kind.MONEY, 16),
                new Column(m("export.column.neutrality"), Kind.TEXT, 24),
                new Column(m("export.column.schoning"), Kind.TEXT, 18));
        List<List<Object>> rows = new ArrayList<>();
        for (QuoteRound r : q.rounds()) {
            QuoteFigures f = QuoteFigures.of(r.content());
            BudgetNeutrality n = BudgetNeutrality.of(r.content(), f);
            List<Object> row = new ArrayList<>();
            row.add(r.number());
            row.add(m(r.side().labelKey()));
            row.add(r.date());
            row.add(m(r.agreed() ? "common.yes" : "common.no"));
            row.add(r.content().financingRequest());
            row.add(r.content().totalVolume());
            row.add(r.content().marketSharePct());
            row.add(f.totalComplete() ? f.total() : null);
            row.add(f.insurerPart());
            row.add(n.integralPerBirth());
            row.add(n.monoPerBirth());
            row.add(m(n.verdict().labelKey()));
            row.add(r.content().schoning().status() == null ? m("quote.schoning.NONE")
                    : m(r.content().schoning().status().labelKey()));
            rows.add(row);
        }
        return new TableData(m("export.sheet.figures"), cols, rows);
    }

    private List<Column> providerColumns() {
        return List.of(new Column(m("export.column.agb"), Kind.TEXT, 11),
                new Column(m("export.column.name"), Kind.TEXT, 36),
                new Column(m("export.column.type"), Kind.TEXT, 26),
                new Column(m("export.column.place"), Kind.TEXT, 16),
                new Column(m("export.column.region"), Kind.TEXT, 16));
    }

    private List<Object> providerCells(Provider p) {
        List<Object> row = new ArrayList<>();
        row.add(p.agbCode());
        row.add(p.name());
        row.add(m(p.type().labelKey()));
        row.add(p.place());
        row.add(p.region());
        return row;
    }

    private String outcome(ContractAssessment a) {
        return m(a.outcome().labelKey());
    }

    private String tier(ContractAssessment a) {
        if (a.tier() == null) {
            return a.contract().isTiered() && a.outcome() != Outcome.NOT_ELIGIBLE ? m("export.value.tier-open") : null;
        }
        return a.tierFinal() ? a.tier().id() : m("export.value.tier-provisional", a.tier().id());
    }
}
